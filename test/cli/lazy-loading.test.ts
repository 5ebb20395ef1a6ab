/**
 * The CLI's dependencies load only when the CLI runs, and then only in the commands that use
 * them: importing the library never loads commander, yaml, csv-parse or jsonc-parser, and
 * `--help` loads neither the library nor a parser. Read from a module hook that lists every file a
 * child process loads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, cliEnvironment, fixtures, root } from './support/run-cli.js';

const cliDependencies = ['commander', 'yaml', 'csv-parse', 'jsonc-parser'];

// Runs in the loader thread: appends each URL loaded to a file, so that nothing keeps the
// child process alive and nothing is lost when it exits.
const hooks = `
import { appendFileSync } from 'node:fs';
let file;
export function initialize(data) { file = data.file; }
export async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context); }
`;

/** The packages (and the package's own dist files) a child process loads while running `code`. */
function loadedBy(code: string): { packages: string[]; dist: string[] } {
  const list = join(mkdtempSync(join(tmpdir(), 'partner-alignment-loads-')), 'loaded.txt');
  writeFileSync(list, '');
  const script = `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), { parentURL: import.meta.url, data: { file: ${JSON.stringify(list)} } });
${code}
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fixtures,
    encoding: 'utf8',
    env: cliEnvironment(),
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`the child failed (${run.status}): ${run.stderr}`);
  const files = readFileSync(list, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const packages = new Set<string>();
  for (const file of files) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (match) packages.add(match[1] as string);
  }
  const dist = files
    .filter((file) => file.startsWith(pathToFileURL(join(root, 'dist')).href))
    .map((file) => file.slice(file.lastIndexOf('/') + 1));
  return { packages: [...packages].sort(), dist };
}

/** Runs the bin inside the hooked process, with arguments. */
const cli = (...args: string[]) =>
  loadedBy(
    `process.argv.splice(1, Infinity, "cli.js", ...${JSON.stringify(args)}); await import(${JSON.stringify(pathToFileURL(bin).href)});`,
  );

describe('loading', () => {
  it('importing the library loads none of the CLI dependencies', () => {
    const { packages } = loadedBy(
      `await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)});`,
    );
    expect(packages).toContain('zod');
    for (const dependency of cliDependencies) expect(packages).not.toContain(dependency);
  });

  it('--help loads commander only: neither the library nor a parser', () => {
    const { packages, dist } = cli('--help');
    expect(packages).toEqual(['commander']);
    expect(dist).toEqual(['cli.js']);
  });

  it('a JSON document loads the library, but neither the YAML nor the CSV parser', () => {
    const { packages, dist } = cli('validate', 'northwind.json');
    expect(dist).toContain('index.js');
    expect(packages).not.toContain('yaml');
    expect(packages).not.toContain('csv-parse');
    expect(packages).not.toContain('jsonc-parser');
  });

  it('a YAML document loads the YAML parser, and --actuals the CSV parser', () => {
    expect(cli('validate', 'northwind.yaml').packages).toContain('yaml');
    const progress = cli(
      'progress',
      'northwind.json',
      '--actuals',
      'actuals.csv',
      '--as-of',
      '2026-11-15',
    );
    expect(progress.packages).toContain('csv-parse');
    expect(progress.packages).not.toContain('yaml');
  });
});

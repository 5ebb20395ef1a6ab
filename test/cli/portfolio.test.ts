import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './support/golden.js';
import { bin, cliEnvironment, fixtures, runCli } from './support/run-cli.js';

const asOf = ['--as-of', '2026-11-15'];
const compact = (file: string) =>
  JSON.stringify(JSON.parse(readFileSync(join(fixtures, file), 'utf8')));
/** Two valid documents as NDJSON: Northwind (on plan) and Lumen (behind). */
const twoPartnerships = `${compact('northwind.json')}\n${compact('lumen.json')}\n`;

describe('partner-alignment portfolio', () => {
  it('sums up the documents of a directory, lists those it cannot analyse with why, and exits 1 for them', async () => {
    const run = await expectGolden('portfolio-directory', ['portfolio', 'portfolio', ...asOf]);
    expect(run.code).toBe(1);
    // notes.txt is not a document: it is not read. A malformed YAML file and an invalid one are listed.
    expect(run.stdout).toMatch(/^ {2}malformed\.yaml {2}.*5:9: not valid YAML/m);
    expect(run.stdout).toMatch(
      /^ {2}invalid\.yaml {4}Document › Currency: Unknown currency "usd"/m,
    );
    expect(run.stderr).toBe(
      'partner-alignment portfolio: 2 of 4 documents not analysed (listed under errors)\n',
    );
  });

  it('reads NDJSON from stdin, prints no progress bar when stderr is not a terminal, and exits 0', async () => {
    const run = await expectGolden(
      'portfolio-stdin-md',
      ['portfolio', '-', ...asOf, '--segment', 'region', 'tier', '--format', 'md'],
      { input: twoPartnerships },
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
  });

  it('writes JSON with the summary and the errors of an NDJSON file, each line named by its number', async () => {
    const run = await expectGolden('portfolio-ndjson-json', [
      'portfolio',
      'portfolio.ndjson',
      ...asOf,
      '--format',
      'json',
    ]);
    const result = JSON.parse(run.stdout);
    expect(result.summary).toMatchObject({ partnerships: 2, errors: 2, atRisk: 1 });
    expect(result.errors.map((error: { id: string }) => error.id)).toEqual([
      'portfolio.ndjson:4',
      'portfolio.ndjson:5',
    ]);
    expect(result.rows).toBeUndefined();
  });

  it('gives the same result on 2 worker threads as on the main thread', () => {
    const args = ['portfolio', 'portfolio.ndjson', ...asOf, '--rows', '--format', 'json'];
    const one = runCli(args);
    const two = runCli([...args, '--workers', '2']);
    expect(JSON.parse(one.stdout).rows).toHaveLength(2);
    expect([two.code, two.stdout, two.stderr]).toEqual([one.code, one.stdout, one.stderr]);
  });

  it('writes each table as CSV, the rows with --rows', async () => {
    for (const table of ['at-risk', 'causes', 'counts', 'segments', 'errors']) {
      await expectGolden(
        `portfolio-csv-${table}`,
        ['portfolio', '-', ...asOf, '--format', 'csv', '--table', table],
        { input: twoPartnerships },
      );
    }
    const rows = await expectGolden(
      'portfolio-csv-rows',
      ['portfolio', '-', ...asOf, '--rows', '--format', 'csv', '--table', 'rows'],
      { input: twoPartnerships },
    );
    expect(rows.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    'draws a progress bar on stderr when it is a terminal, and finishes it',
    () => {
      // script(1) gives the command a terminal; its output is what the terminal showed.
      const command = [process.execPath, bin, 'portfolio', 'portfolio.ndjson', ...asOf]
        .concat(['--format', 'json', '--out', '/dev/null'])
        .join(' ');
      const run = spawnSync('/usr/bin/script', ['-qec', `stty cols 120; ${command}`, '/dev/null'], {
        cwd: fixtures,
        env: cliEnvironment(),
        encoding: 'utf8',
      });
      // The last drawing: carriage return, the full bar, the counts, then erase to the line's end.
      const erase = '\u001b[K';
      expect(run.stdout).toContain(erase);
      expect(run.stdout.replaceAll(erase, '')).toMatch(
        /\r\[#{20}\] 100% 2 analysed, 2 errors, \d+\/s, \d+\.\d s: portfolio\.ndjson\r?\n/,
      );
      const quiet = spawnSync(
        '/usr/bin/script',
        ['-qec', `${command} --no-progress`, '/dev/null'],
        {
          cwd: fixtures,
          env: cliEnvironment(),
          encoding: 'utf8',
        },
      );
      expect(quiet.stdout).not.toContain('% 2 analysed');
    },
  );

  it('refuses a worker count it cannot use with exit code 2, and a missing source with 1', () => {
    const workers = runCli(['portfolio', 'portfolio.ndjson', ...asOf, '--workers', '0']);
    expect([workers.code, workers.stderr]).toEqual([
      2,
      '--workers 0: expected a whole number from 1 to 256\n',
    ]);
    const missing = runCli(['portfolio', 'missing.ndjson', ...asOf]);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      'cannot read missing.ndjson: no such file or directory\n',
    ]);
  });
});

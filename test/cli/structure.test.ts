/**
 * The CLI is built on the library's public API only: from outside `src/cli/` it imports nothing
 * but the entries (`src/index.ts`, `src/values.ts`, the Node-only `src/node.ts`, `src/report.ts`), at run time or
 * for types; and it is the one
 * place with file and terminal I/O (no module outside it imports node:fs or touches process.stdout).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './support/run-cli.js';

const src = join(root, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const specifiers = (text: string) =>
  [...text.matchAll(/(?:from\s+|import\s*\(\s*|typeof import\(\s*)['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );

describe('the command line', () => {
  const cli = sourceFiles(join(src, 'cli'));

  it('imports only the public entries of the library', () => {
    const outside: string[] = [];
    for (const file of cli) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(src, resolve(dirname(file), specifier));
        if (
          !target.startsWith('cli/') &&
          !['index.js', 'values.js', 'node.js', 'report.js'].includes(target)
        ) {
          outside.push(`${relative(src, file)} → ${target}`);
        }
      }
    }
    expect(cli.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('is the only place that does file or terminal I/O', () => {
    const io = sourceFiles(src)
      .filter((file) => !file.startsWith(join(src, 'cli')))
      .filter((file) =>
        /from 'node:(fs|fs\/promises|child_process|readline)'|process\.(stdout|stderr|stdin)/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(src, file));
    expect(io).toEqual([]);
  });
});

// The core entry runs in browsers: nothing it loads may import Node's modules. The Node-only
// entry (`src/node.ts`) is reached from no module of the core.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', '..', 'src');
const importsOf = (file: string): string[] =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]/gms,
    ),
  ].map((m) => m[1] as string);

/** Every module the entry loads, following relative imports. */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.'))
        queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return seen;
}

describe('the main entry', () => {
  const modules = reached(join(src, 'index.ts'));

  it('reaches the analysis layer', () => {
    expect([...modules].some((file) => file.includes(`${join('src', 'analysis')}`))).toBe(true);
  });

  it('imports no module of Node, and not the Node-only entry', () => {
    const offending = [...modules].flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('node:') || s === 'piscina')
        .map((s) => `${file}: ${s}`),
    );
    expect(offending).toEqual([]);
    expect([...modules].filter((file) => file.startsWith(join(src, 'node')))).toEqual([]);
    expect(readdirSync(join(src, 'analysis')).length).toBeGreaterThan(10);
  });
});

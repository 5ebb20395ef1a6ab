/**
 * The structure of src/ as CONTRIBUTING describes it, read from the import graph: layers import
 * only downwards, engines never import each other, no runtime import cycle, no file too long to
 * read in one sitting. (Cross-folder `internal/` imports and `Date` are refused by Biome's rules.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(root);
const name = (path: string): string => relative(root, path).replaceAll('\\', '/');

/** Relative imports that load a module at run time (`import type` and `export type` excluded). */
function runtimeImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found: string[] = [];
  const pattern = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gms;
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) continue;
    const target = resolve(dirname(path), (match[2] as string).replace(/\.js$/, '.ts'));
    found.push(target);
  }
  return found;
}

const graph = new Map(files.map((file) => [file, runtimeImports(file)]));

/** The layer of a module: its top folder, or the root module's own name. */
function layerOf(path: string): string {
  const [first] = name(path).split('/');
  return (first as string).replace(/\.ts$/, '');
}

/** What each layer may import at run time, besides itself (DESIGN.md, CONTRIBUTING.md). */
const values = ['errors', 'issue-label', 'validation-issue', 'format-issues', 'argument-checks'];
const allowed: Readonly<Record<string, ReadonlyArray<string>>> = {
  money: values,
  calendar: values,
  model: [...values, 'money', 'calendar', 'group-issues'],
  cascade: [...values, 'money', 'calendar', 'model'],
  progress: [...values, 'money', 'calendar', 'model'],
  alignment: [...values, 'money', 'calendar', 'model'],
  economics: [...values, 'money', 'calendar', 'model'],
  analysis: [
    ...values,
    'money',
    'calendar',
    'model',
    'cascade',
    'progress',
    'alignment',
    'economics',
  ],
  report: [
    ...values,
    'money',
    'calendar',
    'model',
    'cascade',
    'progress',
    'alignment',
    'economics',
    'analysis',
  ],
  node: [...values, 'money', 'calendar', 'model', 'analysis'],
};

describe('the structure of src/', () => {
  it('finds the modules to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('imports only downwards, and no engine imports another', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const layer = layerOf(file);
      const permitted = allowed[layer];
      if (permitted === undefined) continue;
      for (const target of imports) {
        const other = layerOf(target);
        if (other !== layer && !permitted.includes(other)) {
          wrong.push(`${name(file)} → ${name(target)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no runtime import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps every module short enough to read in one sitting (the export lists aside)', () => {
    const entries = new Set(['index.ts', 'values.ts', 'node.ts']);
    const long = files
      .filter((file) => !entries.has(name(file)))
      .map((file) => [name(file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });
});

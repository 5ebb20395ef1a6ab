// The build's pure marks (scripts/pure-annotations.ts): what they wrap, what they leave alone, and
// that every module of src/ only declares things, which is what makes the marks true.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatePure } from '../../scripts/pure-annotations.js';

const wrap = (code: string) => annotatePure('m.ts', code);

describe('annotatePure', () => {
  it('wraps an initializer that calls, in a pure-marked arrow called at once', () => {
    expect(wrap("export const Id = z.string().min(1).meta({ id: 'Id' });").annotated).toBe(
      "export const Id = /* @__PURE__ */ (() => (z.string().min(1).meta({ id: 'Id' })))();",
    );
  });

  it('wraps initializers that read a property or spread, which bundlers also keep unmarked', () => {
    expect(wrap('const modes = { up: D.ROUND_UP };').annotated).toContain(
      '(() => ({ up: D.ROUND_UP }))()',
    );
    expect(wrap('const b = { ...a };').annotated).toContain('(() => ({ ...a }))()');
  });

  it('leaves literals, functions and calls inside functions alone', () => {
    const code = [
      'const limit = 2 ** 52;',
      "const names = ['a', 'b'] as const;",
      'export const f = (x: number) => g(x);',
      'export function h() { return g(1); }',
    ].join('\n');
    expect(wrap(code)).toEqual({ annotated: code, effects: [] });
  });

  it('reports a top-level statement with effects, with its line', () => {
    expect(
      wrap('import { x } from "y";\nconst a = 1;\nDecimal.set({ precision: 5 });').effects,
    ).toEqual(['m.ts:3']);
  });

  it('finds no top-level statement with effects in any module of src/', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.startsWith('cli'),
    );
    const effects = files.flatMap((file) =>
      wrap(readFileSync(join(src, file), 'utf8')).effects.map((e) => `${file} ${e}`),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(effects).toEqual([]);
  });
});

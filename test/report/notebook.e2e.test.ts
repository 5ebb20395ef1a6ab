/**
 * The example notebook, executed by Debian's Jupyter (`nbconvert --execute`) on the tslab kernel
 * against the built package: every code cell runs without an error or a word on stderr, the rows
 * show as tables and the charts as SVG with their marks, and the outputs are those committed with
 * the notebook (`npm run notebooks` executes it in place after a change).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script of the repository, in JavaScript, without declarations.
import { executeNotebook, hasJupyter } from '../../scripts/notebook-kernel.mjs';

interface Output {
  readonly output_type: string;
  readonly name?: string;
  readonly text?: string | string[];
  readonly data?: Readonly<Record<string, string | string[]>>;
}
interface Cell {
  readonly cell_type: string;
  readonly source: string | string[];
  readonly outputs?: ReadonlyArray<Output>;
}

const root = join(import.meta.dirname, '..', '..');
const notebook = join(root, 'examples', 'notebooks', 'partner-review.ipynb');
const available = (hasJupyter as () => boolean)() && existsSync(join(root, 'dist', 'report.cjs'));
const text = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join('') : (value ?? '');
const codeCells = (path: string): Cell[] =>
  (JSON.parse(readFileSync(path, 'utf8')).cells as Cell[]).filter((c) => c.cell_type === 'code');

describe.skipIf(!available && process.env['CI'] === undefined)('the example notebook', () => {
  const executed = join(root, 'reports', 'notebooks', 'partner-review.ipynb');

  it('finds Jupyter and the build (CI installs Jupyter; npm test builds first)', () => {
    expect(available).toBe(true);
    mkdirSync(join(root, 'reports', 'notebooks'), { recursive: true });
    (executeNotebook as (input: string, output: string) => void)(notebook, executed);
  });

  it('runs every code cell without an error or a word on stderr', () => {
    const cells = codeCells(executed);
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) {
      expect(cell.outputs?.length, text(cell.source)).toBeGreaterThan(0);
      const problems = (cell.outputs ?? []).filter(
        (o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'),
      );
      expect(
        problems.map((o) => text(o.text)),
        text(cell.source),
      ).toEqual([]);
    }
  });

  it('shows rows as tables and charts as SVG with their marks', () => {
    const outputs = codeCells(executed).flatMap((cell) => cell.outputs ?? []);
    const tables = outputs.filter((o) => text(o.data?.['text/html']).startsWith('<table>'));
    const charts = outputs.map((o) => text(o.data?.['image/svg+xml'])).filter((svg) => svg !== '');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const svg of charts) expect(svg).toMatch(/class="mark-(line|rect|symbol)[^"]*role-mark/);
  });

  it('has the outputs committed with it', () => {
    const outputs = (path: string) => codeCells(path).map((cell) => cell.outputs);
    expect(outputs(executed), 'run `npm run notebooks` and commit the notebook').toEqual(
      outputs(notebook),
    );
  });
});

import { checkOptions } from '../argument-checks.js';
import { escapeMarkdown } from './internal/escape.js';
import { cellWriter, readTable } from './internal/table.js';

/**
 * Options of {@link toMarkdownTable}.
 *
 * @example
 * ```ts
 * import type { ToMarkdownTableOptions } from 'partner-alignment/report';
 * const options: ToMarkdownTableOptions = { columns: ['period', 'target'] };
 * options.columns?.length //=> 2
 * ```
 * @category Report
 */
export interface ToMarkdownTableOptions {
  /** The columns to write, in order. Default: every key of the rows, in the order first seen. */
  readonly columns?: ReadonlyArray<string>;
  /**
   * Decimal places to round numbers to for display (half to even, trailing zeros dropped), from 0
   * to 20. Default: numbers as JavaScript writes them.
   */
  readonly places?: number;
}

const SUMMARY = 'Cannot write the rows as a Markdown table';

/**
 * Writes rows as a GitHub-flavoured Markdown table: numeric columns aligned right, `null` as an
 * empty cell, and every text escaped so that it shows as written (a `|`, `*` or `<img>` in a
 * name breaks nothing).
 *
 * @param rows - rows of this module (or any flat objects of text, numbers, booleans and nulls)
 * @param options - the columns to write, and `places` to round numbers to
 * @returns the table, one line per row, ending with a line break
 * @throws {@link index!ValidationError} for rows that are not flat objects, or an unknown option
 * @example
 * ```ts
 * import { toMarkdownTable } from 'partner-alignment/report';
 * toMarkdownTable([{ period: 'FY2027-Q1', target: 6 }, { period: 'FY2027-Q2', target: 8 }])
 * //=> '| period | target |\n| --- | ---: |\n| FY2027-Q1 | 6 |\n| FY2027-Q2 | 8 |\n'
 * ```
 * @category Report
 */
export function toMarkdownTable(
  rows: ReadonlyArray<object>,
  options?: ToMarkdownTableOptions,
): string {
  const given = checkOptions(options, ['columns', 'places'], SUMMARY);
  const show = cellWriter(given['places'], SUMMARY);
  const table = readTable(rows, given['columns'], SUMMARY);
  const line = (cells: ReadonlyArray<string>) => `| ${cells.join(' | ')} |`;
  return [
    line(table.columns.map(escapeMarkdown)),
    line(table.numeric.map((numeric) => (numeric ? '---:' : '---'))),
    ...table.rows.map((row) => line(row.map((cell) => escapeMarkdown(show(cell))))),
    '',
  ].join('\n');
}

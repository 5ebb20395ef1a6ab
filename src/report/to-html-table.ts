import { checkOptions } from '../argument-checks.js';
import { escapeHtml } from './internal/escape.js';
import { cellWriter, readTable } from './internal/table.js';

/**
 * Options of {@link toHtmlTable}.
 *
 * @example
 * ```ts
 * import type { ToHtmlTableOptions } from 'partner-alignment/report';
 * const options: ToHtmlTableOptions = { columns: ['period', 'target'] };
 * options.columns?.[0] //=> 'period'
 * ```
 * @category Report
 */
export interface ToHtmlTableOptions {
  /** The columns to write, in order. Default: every key of the rows, in the order first seen. */
  readonly columns?: ReadonlyArray<string>;
  /**
   * Decimal places to round numbers to for display (half to even, trailing zeros dropped), from 0
   * to 20. Default: numbers as JavaScript writes them.
   */
  readonly places?: number;
}

const SUMMARY = 'Cannot write the rows as an HTML table';

/**
 * Writes rows as an HTML `<table>` with its header, numeric columns aligned right (an inline
 * style, so it reads the same in a notebook, a mail or a page) and every text escaped: for tslab's
 * `display.html`, or a page of your own.
 *
 * @param rows - rows of this module (or any flat objects of text, numbers, booleans and nulls)
 * @param options - the columns to write, and `places` to round numbers to
 * @returns the table's HTML
 * @throws {@link index!ValidationError} for rows that are not flat objects, or an unknown option
 * @example
 * ```ts
 * import { toHtmlTable } from 'partner-alignment/report';
 * toHtmlTable([{ partner: '<b>Northwind</b>', score: 82.9 }])
 * //=> '<table><thead><tr><th>partner</th><th style="text-align:right">score</th></tr></thead><tbody><tr><td>&lt;b&gt;Northwind&lt;/b&gt;</td><td style="text-align:right">82.9</td></tr></tbody></table>'
 * ```
 * @category Report
 */
export function toHtmlTable(rows: ReadonlyArray<object>, options?: ToHtmlTableOptions): string {
  const given = checkOptions(options, ['columns', 'places'], SUMMARY);
  const show = cellWriter(given['places'], SUMMARY);
  const table = readTable(rows, given['columns'], SUMMARY);
  const align = (c: number) => (table.numeric[c] ? ' style="text-align:right"' : '');
  const head = table.columns.map((name, c) => `<th${align(c)}>${escapeHtml(name)}</th>`).join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, c) => `<td${align(c)}>${escapeHtml(show(cell))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

import { checkOneOf, checkOptions } from '../argument-checks.js';
import { type Cell, readTable } from './internal/table.js';

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { ToCsvOptions } from 'partner-alignment/report';
 * const options: ToCsvOptions = { separator: ';', formulas: 'neutralize' };
 * options.separator //=> ';'
 * ```
 * @category Report
 */
export interface ToCsvOptions {
  /** The columns to write, in order. Default: every key of the rows, in the order first seen. */
  readonly columns?: ReadonlyArray<string>;
  /** `','` (the default), `';'` (spreadsheets in locales with a decimal comma) or `'\t'`. */
  readonly separator?: ',' | ';' | '\t';
  /**
   * `'neutralize'` (the default): text that a spreadsheet would run as a formula (starting with
   * `=`, `+`, `-`, `@`, a tab or a carriage return, after any spaces) gets a leading `'`, as OWASP
   * advises, unless it is a plain number such as `-12.5`; `'keep'`: text is written as it is.
   */
  readonly formulas?: 'neutralize' | 'keep';
}

const SUMMARY = 'Cannot write the rows as CSV';
const plainNumber = /^[-+]?\d+(\.\d+)?$/;

function csvCell(cell: Cell, separator: string, neutralize: boolean): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const text =
    neutralize && /^\s*[=+\-@\t\r]/.test(cell) && !plainNumber.test(cell) ? `'${cell}` : cell;
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * Writes rows as CSV (RFC 4180: a header line, quoted fields where needed, lines ending in CRLF),
 * with formulas neutralized so that a partner named `=HYPERLINK(...)` opens in a spreadsheet as
 * text. Numbers are written as JavaScript writes them; write the `…Exact` columns for every digit.
 *
 * @param rows - rows of this module (or any flat objects of text, numbers, booleans and nulls)
 * @param options - columns, separator, and what to do with formulas
 * @returns the CSV text
 * @throws {@link index!ValidationError} for rows that are not flat objects, or an unknown or invalid option
 * @example
 * ```ts
 * import { toCsv } from 'partner-alignment/report';
 * toCsv([{ partner: '=1+2', gap: -5, gapExact: '-5', note: 'a, b' }])
 * //=> 'partner,gap,gapExact,note\r\n\'=1+2,-5,-5,"a, b"\r\n'
 * ```
 * @category Report
 */
export function toCsv(rows: ReadonlyArray<object>, options?: ToCsvOptions): string {
  const given = checkOptions(options, ['columns', 'separator', 'formulas'], SUMMARY);
  const separator =
    given['separator'] === undefined
      ? ','
      : checkOneOf(given['separator'], [',', ';', '\t'] as const, SUMMARY, [
          'options',
          'separator',
        ]);
  const neutralize =
    given['formulas'] === undefined ||
    checkOneOf(given['formulas'], ['neutralize', 'keep'] as const, SUMMARY, [
      'options',
      'formulas',
    ]) === 'neutralize';
  const table = readTable(rows, given['columns'], SUMMARY);
  const lines = [table.columns, ...table.rows].map((cells) =>
    cells.map((cell) => csvCell(cell, separator, neutralize)).join(separator),
  );
  return `${lines.join('\r\n')}\r\n`;
}

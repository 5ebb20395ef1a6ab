import type { Cell, Table } from './command-output.js';

/** A plain decimal number: safe in a spreadsheet even with its minus sign. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** What a spreadsheet may read as the start of a formula (or that hides one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, safe to open in a spreadsheet: a text that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading `'`, so that it is shown as text and never run as a formula
 * (a plain number such as `-11700` stays a number); quoted when it holds a comma, a quote or a
 * line break (RFC 4180).
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV: a header of column keys, then one line per row; exact decimals, ISO dates. */
export function renderCsv(table: Table): string {
  const lines = [table.columns.map((column) => csvCell(column.key)).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((column) => csvCell(row[column.key] ?? null)).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Rows as a table, for the writers of CSV, Markdown and HTML tables: the columns (every key of
 * the rows in the order first seen, or those asked for) and each cell as a plain value. Rows are
 * flat: a cell is text, a number, a boolean or `null`; anything else is refused.
 *
 * @module
 */
import {
  argumentError,
  checkWholeNumber,
  describeReceived,
  isRecord,
  wrongType,
} from '../../argument-checks.js';
import { formatTrimmed } from '../../money/decimal-arithmetic.js';
import { toDecimal } from '../../money/to-decimal.js';

/** A table cell: what a row of the report holds. */
export type Cell = string | number | boolean | null;

/** The columns and cells of some rows. */
export interface Table {
  readonly columns: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  /** Whether each column holds only numbers (and nulls): such columns align right. */
  readonly numeric: ReadonlyArray<boolean>;
}

/** The most rows a table writer takes in one call. */
export const MAX_ROWS = 1_000_000;

function readCell(value: unknown, summary: string, path: Array<string | number>): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  throw argumentError(
    summary,
    'invalid-type',
    path,
    'A cell must be text, a finite number, a boolean or null',
    describeReceived(value),
    'text, a finite number, a boolean or null (rows of partner-alignment/report)',
  );
}

/** Reads `rows` (and an optional `columns` list) into a table. */
export function readTable(rows: unknown, columns: unknown, summary: string): Table {
  if (!Array.isArray(rows)) throw wrongType(summary, ['rows'], rows, 'an array of rows');
  if (rows.length > MAX_ROWS) {
    throw argumentError(
      summary,
      'too-big',
      ['rows'],
      `More than ${MAX_ROWS} rows`,
      `${rows.length} rows`,
      `at most ${MAX_ROWS} rows`,
    );
  }
  let names: string[];
  if (columns === undefined) {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (!isRecord(row)) throw wrongType(summary, ['rows', i], row, 'a row (a plain object)');
      for (const key of Object.keys(row)) seen.add(key);
    });
    names = [...seen];
  } else {
    if (!Array.isArray(columns) || columns.some((c) => typeof c !== 'string')) {
      throw wrongType(summary, ['options', 'columns'], columns, 'an array of column names');
    }
    names = [...(columns as string[])];
  }
  const cells = rows.map((row, i) => {
    if (!isRecord(row)) throw wrongType(summary, ['rows', i], row, 'a row (a plain object)');
    return names.map((name) =>
      readCell(Object.hasOwn(row, name) ? row[name] : null, summary, ['rows', i, name]),
    );
  });
  const numeric = names.map(
    (_, c) =>
      cells.some((row) => typeof row[c] === 'number') &&
      cells.every((row) => row[c] === null || typeof row[c] === 'number'),
  );
  return { columns: names, rows: cells, numeric };
}

/** How a table writer shows a cell: `null` as nothing, numbers rounded to `places` if given. */
export function cellWriter(places: unknown, summary: string): (cell: Cell) => string {
  const digits =
    places === undefined
      ? undefined
      : checkWholeNumber(places, 0, 20, summary, ['options', 'places']);
  return (cell) => {
    if (cell === null) return '';
    if (typeof cell !== 'number' || digits === undefined) return String(cell);
    // A double's shortest decimal form (`String`) is the exact value it stands for.
    return formatTrimmed(toDecimal(String(cell)), digits);
  };
}

/**
 * What a command prints, before it is put in a format: the JSON of its result, and the same
 * result as tables (with notes) for people, spreadsheets and Markdown.
 *
 * @module
 */

/**
 * How a column's cells are shown in tables and Markdown: text as is; decimals grouped by the
 * locale, with the digits they have (at most the column's `places`); dates in the locale. CSV and
 * JSON keep every digit and ISO dates.
 */
export type CellKind = 'text' | 'decimal' | 'integer' | 'date' | 'boolean';

/** A cell: decimals are exact decimal strings, dates ISO dates; `null` is an empty cell. */
export type Cell = string | number | boolean | null;

/** One column: its key (the CSV header), its title (for people) and how its cells are shown. */
export interface Column {
  readonly key: string;
  readonly title: string;
  readonly kind: CellKind;
  /** The most decimals a decimal shows in tables and Markdown (rounded half away from zero). */
  readonly places?: number;
}

/** A table of the output: named for `--table`, titled for people. */
export interface Table {
  readonly name: string;
  readonly title: string;
  readonly columns: ReadonlyArray<Column>;
  readonly rows: ReadonlyArray<Readonly<Record<string, Cell>>>;
}

/** Everything a command prints. */
export interface CommandOutput {
  /** A line that says what this is (tables and Markdown). */
  readonly heading: string;
  /** The whole result, for `--format json`. */
  readonly json: unknown;
  /** The tables, the first of which is what `--format csv` writes unless `--table` names another. */
  readonly tables: ReadonlyArray<Table>;
  /** Sentences printed after the tables (tables and Markdown). */
  readonly notes?: ReadonlyArray<string>;
  /** What `--format table` prints instead of the tables, when lines read better (validate). */
  readonly text?: string;
}

/** A column, in one line. */
export function column(
  key: string,
  title: string,
  kind: CellKind = 'text',
  places?: number,
): Column {
  return places === undefined ? { key, title, kind } : { key, title, kind, places };
}

/** A column of ratios (pace, attainment, shares): decimals shown to at most 4 places. */
export function ratioColumn(key: string, title: string): Column {
  return column(key, title, 'decimal', 4);
}

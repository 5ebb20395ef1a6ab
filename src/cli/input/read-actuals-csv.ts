import type { CsvError } from 'csv-parse/sync';
import type { Actual, Granularity, Partnership } from '../../index.js';
import { inputError } from '../cli-error.js';
import type { Library } from '../library.js';
import { readSource } from './read-source.js';

/** One problem of a CSV file, at its line. */
interface CsvProblem {
  readonly line: number;
  readonly text: string;
}

/** The columns of an actuals CSV, by their names in the header. */
const COLUMNS = ['objective', 'period', 'date', 'value'] as const;

/** The line a csv-parse error is at (1 when it does not say). */
function lineOf(error: unknown): number {
  const lines = (error as { lines?: unknown }).lines;
  return typeof lines === 'number' ? lines : 1;
}

function checkHeader(name: string, header: ReadonlyArray<string>): void {
  const missing = ['objective', 'value'].filter((column) => !header.includes(column));
  if (!header.includes('period') && !header.includes('date')) missing.push('period or date');
  if (missing.length === 0) return;
  throw inputError(
    `${name}:1: the header has no column ${missing.map((column) => `"${column}"`).join(', ')}; expected the columns objective, period or date, and value (found: ${header.map((column) => JSON.stringify(column)).join(', ') || 'none'})`,
  );
}

/**
 * Reads actuals from a CSV export (a header line with the columns `objective`, `period` or
 * `date`, and `value`; other columns are ignored) with csv-parse, and turns its rows into actuals
 * with the library's `toActuals`. Every bad row is reported with its line: rows the CSV reader
 * cannot split (a quote not closed, too many cells) and rows the library refuses (an unknown
 * objective, a period off the calendar, a value that is not a decimal); none is dropped.
 */
export async function readActualsCsv(
  path: string,
  partnership: Partnership,
  library: Library,
  granularity: Granularity | undefined,
): Promise<{ readonly actuals: Actual[]; readonly rows: number; readonly name: string }> {
  const source = await readSource(path);
  const { parse } = await import('csv-parse/sync');
  const problems: CsvProblem[] = [];
  let header: string[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(source.text, {
      columns: (names: string[]) => {
        header = names.map((column) => column.trim());
        return header;
      },
      bom: true,
      trim: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (error !== undefined) problems.push({ line: lineOf(error), text: error.message });
        return undefined;
      },
    }) as unknown as typeof records;
  } catch (error) {
    throw inputError(`${source.name}:${lineOf(error)}: not valid CSV: ${(error as Error).message}`);
  }
  if (records.length === 0 && problems.length === 0 && header.length === 0) {
    throw inputError(`${source.name}: empty; expected a header line and one row per actual`);
  }
  checkHeader(source.name, header);
  const rows = records.map(({ record }) => {
    const row: Record<string, string> = {};
    for (const column of COLUMNS) if (record[column] !== undefined) row[column] = record[column];
    return row;
  });
  let actuals: Actual[] = [];
  try {
    actuals = library.toActuals(
      rows,
      partnership,
      granularity === undefined ? {} : { granularity },
    );
  } catch (error) {
    if (!library.isValidationError(error)) throw error;
    for (const issue of error.issues) {
      const index = issue.path[1];
      const line = typeof index === 'number' ? (records[index]?.info.lines ?? 0) : 0;
      const column = issue.path[2] === undefined ? '' : ` (${String(issue.path[2])})`;
      problems.push({
        line,
        text: `${issue.message}${column}; received ${issue.received}; expected ${issue.expected}`,
      });
    }
    if (error.omittedIssues > 0) {
      problems.push({ line: Number.MAX_SAFE_INTEGER, text: `... and ${error.omittedIssues} more` });
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    const bad = new Set(
      problems.filter((p) => p.line !== Number.MAX_SAFE_INTEGER).map((p) => p.line),
    ).size;
    const count = bad === 1 ? '1 bad row' : `${bad} bad rows`;
    const lines = problems.map((problem) =>
      problem.line === Number.MAX_SAFE_INTEGER
        ? problem.text
        : `${source.name}:${problem.line}: ${problem.text}`,
    );
    throw inputError([`${source.name}: ${count}; no actual was read from it`, ...lines].join('\n'));
  }
  return { actuals, rows: records.length, name: source.name };
}

import { argumentError, checkOneOf, checkOptions, wrongType } from '../argument-checks.js';
import { comparePeriods } from '../calendar/compare-periods.js';
import { compareDates } from '../calendar/day-arithmetic.js';
import { formatPeriodKey } from '../calendar/format-period-key.js';
import { Granularity } from '../calendar/period.js';
import { ValidationError } from '../errors.js';
import { sumDecimals } from '../money/decimal-arithmetic.js';
import type { IssuePath, ValidationIssueInput } from '../validation-issue.js';
import { acceptPartnership } from './accept.js';
import type { Actual } from './actual.js';
import type { ObjectiveId } from './ids.js';
import { type ReadRow, type RowColumns, readActualRow } from './internal/read-actual-row.js';
import { aggregationRules } from './metric.js';
import type { Partnership, PartnershipJson } from './partnership.js';

/**
 * Options of {@link toActuals}. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import type { ToActualsOptions } from 'partner-alignment';
 * const options: ToActualsOptions = { granularity: 'quarter', columns: { date: 'Close Date', value: 'Amount' } };
 * options.columns?.value //=> 'Amount'
 * ```
 * @category Model
 */
export interface ToActualsOptions {
  /**
   * The period length a dated row falls in: `year`, `half`, `quarter`, `month` or `week`
   * (52/53-week calendars only). Default: the granularity of the objective's cascade spec; a dated
   * row of an objective without one is an issue.
   */
  readonly granularity?: Granularity;
  /**
   * The name of each field in the rows, when they are not `objective`, `period`, `date` and
   * `value` (the header of a CRM export, say). Default: those names. Other fields of a row are
   * ignored.
   */
  readonly columns?: {
    readonly objective?: string;
    readonly period?: string;
    readonly date?: string;
    readonly value?: string;
  };
}

/** At most this many rows (a CRM export of single deals, say); the actuals made are far fewer. */
const MAX_ROWS = 1_000_000;
const SUMMARY = 'Invalid rows of actuals';
const COLUMN_KEYS = ['objective', 'period', 'date', 'value'] as const;

function readColumns(given: unknown): RowColumns {
  const columns = checkOptions(given, COLUMN_KEYS, SUMMARY, ['options', 'columns']);
  const named = (key: (typeof COLUMN_KEYS)[number]): string => {
    const name = columns[key] ?? key;
    if (typeof name !== 'string' || name === '') {
      throw wrongType(SUMMARY, ['options', 'columns', key], name, 'a column name');
    }
    return name;
  };
  return {
    objective: named('objective'),
    period: named('period'),
    date: named('date'),
    value: named('value'),
  };
}

function duplicate(
  row: ReadRow,
  first: ReadRow,
  path: IssuePath,
  why: string,
): ValidationIssueInput {
  const period = formatPeriodKey(row.period);
  return {
    code: 'duplicate-entry',
    path,
    message: `Row ${first.index + 1} already gives objective "${row.objective.id}" a value for ${period}; ${why}`,
    received: JSON.stringify(row.value.toString()),
    expected: 'one value per objective and period',
    params: { objective: row.objective.id, period, first: first.index + 1 },
  };
}

/**
 * The one value of a group of rows for the same objective and period, by the metric's
 * aggregation rule: flows add up; a stock takes its latest dated value; anything else is one row.
 */
function combine(
  group: ReadonlyArray<ReadRow>,
  columns: RowColumns,
  issues: ValidationIssueInput[],
): ReadRow {
  const first = group[0] as ReadRow;
  if (group.length === 1) return first;
  const rule = aggregationRules[first.objective.metric.aggregation];
  if (rule.combine === 'sum') {
    return { ...first, value: sumDecimals(group.map((row) => row.value)) };
  }
  if (rule.combine === 'last' && group.every((row) => row.date !== undefined)) {
    const latest = [...group].sort((a, b) => compareDates(a.date ?? '', b.date ?? ''));
    const last = latest[latest.length - 1] as ReadRow;
    const tie = latest.find((row) => row !== last && row.date === last.date);
    if (tie === undefined) return last;
    issues.push(
      duplicate(
        last,
        tie,
        ['rows', last.index, columns.date],
        `a stock takes the latest value of a period, and both are dated ${last.date}`,
      ),
    );
    return last;
  }
  for (const row of group.slice(1)) {
    const why =
      rule.combine === 'last'
        ? 'a stock takes one level per period, or the latest of dated values'
        : 'an average takes one value per period';
    const column = row.date === undefined ? columns.period : columns.date;
    issues.push(duplicate(row, first, ['rows', row.index, column], why));
  }
  return first;
}

/**
 * Turns rows of objects, as a CSV reader or a CRM export gives them, into the actuals of a
 * partnership: each row names an objective, a period key (`FY2027-Q1`) or a date, and a value.
 * A date falls in the period of the `granularity` option (default: the objective's cascade
 * granularity) on the partnership's calendar. Rows for the same objective and period combine by
 * the metric's aggregation (see {@link aggregationRules}): a flow's values add up (one row per
 * deal), a stock takes the value of the latest date (its level at the period's end), and any
 * other case is an issue. Every row is checked as a document's actual is (a known objective, a
 * period of the calendar overlapping the objective's horizon, a decimal value with at most the
 * metric's decimals), and every bad row is reported with its index: none is dropped.
 *
 * @param rows - the rows, at most 1,000,000: plain objects whose cells are strings (a value may
 *   also be a safe integer); empty cells count as absent, other fields are ignored
 * @param partnership - the partnership the actuals belong to, parsed or as its JSON document
 * @param options - the granularity of dated rows and the column names; see {@link ToActualsOptions}
 * @returns the actuals, one per objective and period, in the charter's order of objectives and
 *   then in period order, with their periods on the partnership's calendar: a new array, ready
 *   to replace a partnership's `actuals` (`{ ...partnership, actuals }`)
 * @throws {@link ValidationError} listing every bad row at `['rows', index, column]`, or a bad
 *   argument at its path
 * @example
 * ```ts
 * import { samples, toActuals } from 'partner-alignment';
 * const actuals = toActuals(
 *   [
 *     { objective: 'new-deals', date: '2026-10-02', value: '2' },
 *     { objective: 'new-deals', date: '2026-11-20', value: '3' },
 *     { objective: 'services-revenue', period: 'FY2027-Q2', value: '612000.00' },
 *   ],
 *   samples.northwindAdvisory,
 * );
 * actuals.map((actual) => [actual.objective, actual.period.index, actual.value.toString()])
 * //=> [['services-revenue', 2, '612000'], ['new-deals', 2, '5']]
 * toActuals([{ objective: 'new-deal', period: 'FY2027-Q2', value: '5' }], samples.northwindAdvisory) //!> ValidationError
 * ```
 * @category Model
 */
export function toActuals(
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  partnership: Partnership | PartnershipJson,
  options?: ToActualsOptions,
): Actual[] {
  const given = checkOptions(options, ['granularity', 'columns'], SUMMARY);
  if (!Array.isArray(rows)) throw wrongType(SUMMARY, ['rows'], rows, 'an array of row objects');
  if (rows.length > MAX_ROWS) {
    throw argumentError(
      SUMMARY,
      'too-big',
      ['rows'],
      `More than ${MAX_ROWS} rows`,
      `${rows.length} rows`,
      `at most ${MAX_ROWS} rows`,
      { maximum: MAX_ROWS },
    );
  }
  const granularity =
    given['granularity'] === undefined
      ? undefined
      : checkOneOf(given['granularity'], Granularity.options, SUMMARY, ['options', 'granularity']);
  const columns = readColumns(given['columns']);
  const parsed = acceptPartnership(partnership, SUMMARY);
  const objectives = new Map(parsed.charter.objectives.map((o) => [o.id as string, o]));
  const context = { calendar: parsed.calendar, objectives, columns, granularity };
  const issues: ValidationIssueInput[] = [];
  const groups = new Map<string, ReadRow[]>();
  rows.forEach((row, index) => {
    const read = readActualRow(context, row, index, issues);
    if (read === undefined) return;
    const key = `${read.objective.id} ${formatPeriodKey(read.period)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [read]);
    else group.push(read);
  });
  const combined = [...groups.values()].map((group) => combine(group, columns, issues));
  if (issues.length > 0) {
    issues.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
    throw new ValidationError(SUMMARY, issues);
  }
  const order = new Map(parsed.charter.objectives.map((o, i) => [o.id as string, i]));
  return combined
    .sort(
      (a, b) =>
        (order.get(a.objective.id) as number) - (order.get(b.objective.id) as number) ||
        comparePeriods(a.period, b.period),
    )
    .map((row) => ({
      objective: row.objective.id as ObjectiveId,
      period: row.period,
      value: row.value,
    }));
}

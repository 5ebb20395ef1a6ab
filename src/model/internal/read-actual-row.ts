import { describeReceived, isRecord } from '../../argument-checks.js';
import { compareDates } from '../../calendar/day-arithmetic.js';
import { isIsoDate } from '../../calendar/day-number.js';
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { formatPeriodKey } from '../../calendar/format-period-key.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import type { Granularity, Period } from '../../calendar/period.js';
import { periodEnd, periodStart } from '../../calendar/period-bounds.js';
import { periodOf } from '../../calendar/period-of.js';
import { isValidationError } from '../../errors.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import type { IssuePath, ValidationIssueInput } from '../../validation-issue.js';
import { documentLimits } from '../document-limits.js';
import { metricPrecision } from '../metric.js';
import type { StrategicObjective } from '../objective.js';

/** The names of the four fields of a row, after the `columns` option. */
export interface RowColumns {
  readonly objective: string;
  readonly period: string;
  readonly date: string;
  readonly value: string;
}

/** What one row needs of the partnership: its calendar and objectives by id. */
export interface RowContext {
  readonly calendar: FiscalCalendar;
  readonly objectives: ReadonlyMap<string, StrategicObjective>;
  readonly columns: RowColumns;
  /** The period length of dated rows; `undefined`: each objective's cascade granularity. */
  readonly granularity: Granularity | undefined;
}

/** One row read: its objective, its period, its value, and its date when it had one. */
export interface ReadRow {
  readonly index: number;
  readonly objective: StrategicObjective;
  readonly period: Period;
  readonly date: IsoDate | undefined;
  readonly value: Decimal;
}

/** A cell counts as empty when it is absent, null or the empty string (as CSV readers give it). */
function isEmpty(cell: unknown): boolean {
  return cell === undefined || cell === null || cell === '';
}

/** The issues of a `ValidationError` thrown by a checked function, moved to `path`. */
function moved(error: unknown, path: IssuePath): ValidationIssueInput[] {
  if (!isValidationError(error)) throw error;
  return error.issues.map(({ label: _label, path: _path, ...issue }) => ({ ...issue, path }));
}

function readObjective(
  context: RowContext,
  cell: unknown,
  path: IssuePath,
  issues: ValidationIssueInput[],
): StrategicObjective | undefined {
  const known = [...context.objectives.keys()];
  const expected =
    known.length === 0
      ? 'an objective of the partnership (it has none)'
      : `the id of an objective of the partnership, such as ${JSON.stringify(known[0])}`;
  if (isEmpty(cell)) {
    issues.push({ code: 'required', path, message: 'No objective', received: 'nothing', expected });
    return undefined;
  }
  const objective = typeof cell === 'string' ? context.objectives.get(cell) : undefined;
  if (objective === undefined) {
    issues.push({
      code: typeof cell === 'string' ? 'unknown-reference' : 'invalid-type',
      path,
      message:
        typeof cell === 'string'
          ? 'No objective of the partnership has this id'
          : 'Expected an objective id',
      received: describeReceived(cell),
      expected,
      ...(typeof cell === 'string'
        ? { params: { kind: 'objective', id: cell.slice(0, 100) } }
        : {}),
    });
  }
  return objective;
}

function outsideHorizon(
  what: string,
  objective: StrategicObjective,
  path: IssuePath,
  received: string,
): ValidationIssueInput {
  const { start, end } = objective.horizon;
  return {
    code: 'outside-horizon',
    path,
    message: `${what} lies outside the horizon of objective "${objective.id}" (${start} to ${end})`,
    received,
    expected: `${what.startsWith('The date') ? 'a date from' : 'a period overlapping'} ${start} to ${end}`,
    params: { start, end },
  };
}

function readPeriod(
  context: RowContext,
  objective: StrategicObjective | undefined,
  cell: unknown,
  path: IssuePath,
  issues: ValidationIssueInput[],
): Period | undefined {
  if (typeof cell !== 'string') {
    issues.push({
      code: 'invalid-type',
      path,
      message: 'Expected a period key',
      received: describeReceived(cell),
      expected: 'a period key of the partnership calendar, such as "FY2027-Q1"',
    });
    return undefined;
  }
  let period: Period;
  try {
    period = parsePeriodKey(context.calendar, cell);
  } catch (error) {
    issues.push(...moved(error, path));
    return undefined;
  }
  if (objective === undefined) return period;
  const { start, end } = objective.horizon;
  const before = compareDates(periodEnd(context.calendar, period), start) < 0;
  const after = compareDates(periodStart(context.calendar, period), end) > 0;
  if (before || after) {
    issues.push(outsideHorizon(formatPeriodKey(period), objective, path, JSON.stringify(cell)));
  }
  return period;
}

function readDate(
  context: RowContext,
  objective: StrategicObjective | undefined,
  cell: unknown,
  path: IssuePath,
  issues: ValidationIssueInput[],
): { readonly date: IsoDate; readonly period: Period } | undefined {
  const { firstYear, lastYear } = documentLimits;
  const year = typeof cell === 'string' ? Number(cell.slice(0, 4)) : Number.NaN;
  if (!isIsoDate(cell) || year < firstYear || year > lastYear) {
    issues.push({
      code: 'invalid-date',
      path,
      message: 'Not a date written YYYY-MM-DD',
      received: describeReceived(cell),
      expected: `an ISO date such as "2027-03-31", from ${firstYear} to ${lastYear}`,
    });
    return undefined;
  }
  if (objective === undefined) return undefined;
  const granularity = context.granularity ?? objective.cascade?.granularity;
  if (granularity === undefined) {
    issues.push({
      code: 'required',
      path,
      message: `Objective "${objective.id}" has no cascade granularity to put a date into a period`,
      received: describeReceived(cell),
      expected: 'a period key instead of a date, or the granularity option',
    });
    return undefined;
  }
  const { start, end } = objective.horizon;
  if (compareDates(cell, start) < 0 || compareDates(cell, end) > 0) {
    issues.push(outsideHorizon(`The date ${cell}`, objective, path, JSON.stringify(cell)));
    return undefined;
  }
  try {
    return { date: cell, period: periodOf(context.calendar, cell, granularity) };
  } catch (error) {
    issues.push(...moved(error, path));
    return undefined;
  }
}

function readValue(
  objective: StrategicObjective | undefined,
  cell: unknown,
  path: IssuePath,
  issues: ValidationIssueInput[],
): Decimal | undefined {
  if (isEmpty(cell)) {
    issues.push({
      code: 'required',
      path,
      message: 'No value',
      received: 'nothing',
      expected: 'a decimal string such as "548300.00"',
    });
    return undefined;
  }
  let value: Decimal;
  try {
    value = toDecimal(cell as string);
  } catch (error) {
    issues.push(...moved(error, path));
    return undefined;
  }
  if (objective === undefined) return value;
  const places = metricPrecision(objective.metric);
  if (value.decimalPlaces() > places) {
    issues.push({
      code: 'too-precise',
      path,
      message: `More decimals than the ${places} of objective "${objective.id}"`,
      received: describeReceived(cell),
      expected: `a value with at most ${places} decimal place${places === 1 ? '' : 's'}`,
      params: { places },
    });
    return undefined;
  }
  return value;
}

/**
 * Reads one row: its objective, its period (from a period key, or from a date and the
 * granularity), and its value, adding an issue for each field that is wrong.
 */
export function readActualRow(
  context: RowContext,
  row: unknown,
  index: number,
  issues: ValidationIssueInput[],
): ReadRow | undefined {
  const path: IssuePath = ['rows', index];
  if (!isRecord(row)) {
    issues.push({
      code: 'invalid-type',
      path,
      message: 'Expected a row object',
      received: describeReceived(row),
      expected: 'an object with an objective, a period or a date, and a value',
    });
    return undefined;
  }
  const { columns } = context;
  const before = issues.length;
  const objective = readObjective(
    context,
    row[columns.objective],
    [...path, columns.objective],
    issues,
  );
  const periodCell = row[columns.period];
  const dateCell = row[columns.date];
  let period: Period | undefined;
  let date: IsoDate | undefined;
  if (isEmpty(periodCell) === isEmpty(dateCell)) {
    issues.push({
      code: isEmpty(periodCell) ? 'required' : 'invalid-value',
      path: [...path, columns.period],
      message: isEmpty(periodCell)
        ? 'Neither a period nor a date'
        : 'Both a period and a date: the row must give one',
      received: isEmpty(periodCell)
        ? 'nothing'
        : `${describeReceived(periodCell)} and ${describeReceived(dateCell)}`,
      expected: `a period key in "${columns.period}" or a date in "${columns.date}", not both`,
    });
  } else if (!isEmpty(periodCell)) {
    period = readPeriod(context, objective, periodCell, [...path, columns.period], issues);
  } else {
    const dated = readDate(context, objective, dateCell, [...path, columns.date], issues);
    period = dated?.period;
    date = dated?.date;
  }
  const value = readValue(objective, row[columns.value], [...path, columns.value], issues);
  if (issues.length > before || objective === undefined || period === undefined) return undefined;
  if (value === undefined) return undefined;
  return { index, objective, period, date, value };
}

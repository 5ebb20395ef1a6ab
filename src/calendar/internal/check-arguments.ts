/**
 * The input boundary of the calendar functions, without zod: calendars, periods (or their keys
 * where a calendar is given), granularities and whole numbers are checked with a few property
 * reads, so that a hostile number (`startMonth: 1e8`) is refused at once instead of driving a loop.
 *
 * @module
 */
import {
  argumentError,
  checkOneOf,
  checkWholeNumber,
  describeReceived,
  isRecord,
  kindOf,
  wrongType,
} from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { FiscalYearOutOfRangeError } from '../errors.js';
import type { FiscalCalendar } from '../fiscal-calendar.js';
import type { Granularity, Period } from '../period.js';
import { firstFiscalYear, granularityRank, lastFiscalYear } from './fiscal-year.js';
import { readPeriodKey } from './read-period-key.js';

export const granularities: ReadonlyArray<Granularity> = Object.keys(
  granularityRank,
) as Granularity[];

const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
const monthBasedKeys = ['kind', 'id', 'startMonth', 'yearNaming'];
const weekBasedKeys = ['kind', 'id', 'yearEnd', 'pattern', 'leapWeek', 'yearNaming'];
const CALENDAR_EXPECTED =
  'a fiscal calendar such as { kind: "month-based", id: "fy-jul", startMonth: 7 }';
const PERIOD_EXPECTED =
  'a period such as { calendar: "calendar", granularity: "quarter", year: 2027, index: 3 }';

function onlyKeys(
  value: Readonly<Record<string, unknown>>,
  keys: ReadonlyArray<string>,
  summary: string,
  path: IssuePath,
): void {
  for (const key in value) {
    if (Object.hasOwn(value, key) && !keys.includes(key)) {
      throw argumentError(
        summary,
        'unknown-field',
        [...path, key],
        `Unknown field ${JSON.stringify(key.slice(0, 40))}`,
        describeReceived(value[key]),
        `only ${keys.join(', ')}`,
      );
    }
  }
}

function optionalOneOf<T extends string>(
  value: unknown,
  allowed: ReadonlyArray<T>,
  summary: string,
  path: IssuePath,
): void {
  if (value !== undefined) checkOneOf(value, allowed, summary, path);
}

/**
 * Checks a fiscal calendar as its schema would, at the cost of a few property reads: every
 * number is a whole month from 1 to 12, every mode one of its names, and no field is unknown.
 *
 * @throws {ValidationError} naming the field under `path`
 */
export function checkCalendar(
  value: unknown,
  summary: string,
  path: IssuePath = ['calendar'],
): FiscalCalendar {
  if (!isRecord(value)) throw wrongType(summary, path, value, CALENDAR_EXPECTED);
  const kind = checkOneOf(value['kind'], ['month-based', 'week-based'], summary, [...path, 'kind']);
  const id = value['id'];
  if (typeof id !== 'string' || id.length === 0) {
    throw argumentError(
      summary,
      id === undefined ? 'required' : typeof id === 'string' ? 'too-small' : 'invalid-type',
      [...path, 'id'],
      typeof id === 'string'
        ? 'The calendar id is empty'
        : `Expected a calendar id, received ${kindOf(id)}`,
      describeReceived(id),
      'a non-empty string such as "fy-jul"',
    );
  }
  optionalOneOf(value['yearNaming'], ['end-year', 'start-year'], summary, [...path, 'yearNaming']);
  if (kind === 'month-based') {
    onlyKeys(value, monthBasedKeys, summary, path);
    checkWholeNumber(value['startMonth'], 1, 12, summary, [...path, 'startMonth']);
    return value as unknown as FiscalCalendar;
  }
  onlyKeys(value, weekBasedKeys, summary, path);
  const yearEnd = value['yearEnd'];
  const at = [...path, 'yearEnd'];
  if (!isRecord(yearEnd)) {
    throw wrongType(
      summary,
      at,
      yearEnd,
      'the year end, such as { month: 1, weekday: "saturday", rule: "nearest" }',
    );
  }
  onlyKeys(yearEnd, ['month', 'weekday', 'rule'], summary, at);
  checkWholeNumber(yearEnd['month'], 1, 12, summary, [...at, 'month']);
  checkOneOf(yearEnd['weekday'], weekdays, summary, [...at, 'weekday']);
  checkOneOf(yearEnd['rule'], ['last', 'nearest'], summary, [...at, 'rule']);
  checkOneOf(value['pattern'], ['4-4-5', '4-5-4', '5-4-4'], summary, [...path, 'pattern']);
  optionalOneOf(value['leapWeek'], ['last-period', 'first-quarter'], summary, [
    ...path,
    'leapWeek',
  ]);
  return value as unknown as FiscalCalendar;
}

/** Checks a granularity argument. */
export function checkGranularity(
  value: unknown,
  summary: string,
  path: IssuePath = ['granularity'],
): Granularity {
  return checkOneOf(value, granularities, summary, path);
}

/**
 * Checks a period argument: a period value, or (when the calendar is given) its key such as
 * `FY2027-Q3`. Types are checked here; a fiscal year outside 1900 to 2200 throws
 * `FiscalYearOutOfRangeError`, and whether the index exists is for the calendar to say.
 *
 * @throws {ValidationError} naming the field under `path`
 */
export function checkPeriod(
  value: unknown,
  calendar: FiscalCalendar | undefined,
  summary: string,
  path: IssuePath = ['period'],
): Period {
  if (typeof value === 'string' && calendar !== undefined) {
    return readPeriodKey(calendar, value, summary, path);
  }
  if (!isRecord(value)) {
    throw wrongType(
      summary,
      path,
      value,
      calendar === undefined
        ? PERIOD_EXPECTED
        : `${PERIOD_EXPECTED}, or its key such as "FY2027-Q3"`,
    );
  }
  const { calendar: id, year, index } = value;
  // An empty id is let through: the model reads keys as periods of no calendar yet, and a
  // function given a calendar refuses a period of another one anyway.
  if (typeof id !== 'string') {
    throw wrongType(summary, [...path, 'calendar'], id, 'the id of the period calendar');
  }
  checkGranularity(value['granularity'], summary, [...path, 'granularity']);
  if (typeof year !== 'number')
    throw wrongType(summary, [...path, 'year'], year, 'a fiscal year such as 2027');
  if (!Number.isInteger(year) || year < firstFiscalYear || year > lastFiscalYear) {
    throw new FiscalYearOutOfRangeError(year);
  }
  if (typeof index !== 'number')
    throw wrongType(summary, [...path, 'index'], index, 'a period index such as 3');
  return value as unknown as Period;
}

/**
 * Arithmetic on ISO dates through day numbers, checked: add days, count the days between two
 * dates, compare dates. Nothing here uses `Date`, so no time zone or daylight saving can shift a
 * day.
 *
 * @module
 */
import { argumentError, describeReceived, wrongType } from '../argument-checks.js';
import { checkDayNumber } from './day-number.js';
import { toDayNumber as readDate } from './internal/day-number.js';
import type { IsoDate } from './iso-date.js';
import { isoDateUnchecked } from './unchecked-days.js';

/**
 * The date a number of days after a date (before it when `days` is negative).
 *
 * @param date - a real date written `YYYY-MM-DD`
 * @param days - a whole number of days, possibly negative
 * @returns the date reached
 * @throws {@link ValidationError} for a malformed date, a non-integer `days`, or a result outside the years 0000 to 9999
 * @example
 * ```ts
 * import { addDays } from 'partner-alignment';
 * addDays('2028-02-28', 1) //=> '2028-02-29'
 * addDays('2027-03-01', -1) //=> '2027-02-28'
 * addDays('2027-03-01', 0.5) //!> ValidationError
 * ```
 * @category Calendar
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const summary = 'Invalid arguments to addDays';
  const start = readDate(date, 'date', summary);
  if (typeof days !== 'number') throw wrongType(summary, ['days'], days, 'a whole number of days');
  if (!Number.isSafeInteger(days)) {
    throw argumentError(
      summary,
      'not-an-integer',
      ['days'],
      'Not a whole number of days',
      describeReceived(days),
      'a whole number of days such as 7 or -1',
    );
  }
  return isoDateUnchecked(checkDayNumber(start + days, summary, ['days']));
}

/**
 * The number of days from one date to another: positive when `end` is later, 0 for the same day,
 * negative when it is earlier (`daysBetween(a, b) === toDayNumber(b) - toDayNumber(a)`).
 *
 * @param start - a real date written `YYYY-MM-DD`
 * @param end - another
 * @returns `end − start` in days
 * @throws {@link ValidationError} for a malformed date
 * @example
 * ```ts
 * import { daysBetween } from 'partner-alignment';
 * daysBetween('2027-01-01', '2027-12-31') //=> 364
 * daysBetween('2028-03-01', '2028-02-28') //=> -2
 * ```
 * @category Calendar
 */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  const summary = 'Invalid arguments to daysBetween';
  return readDate(end, 'end', summary) - readDate(start, 'start', summary);
}

/**
 * Orders two dates, for sorting.
 *
 * @param a - a real date written `YYYY-MM-DD`
 * @param b - another
 * @returns `-1` when `a` is earlier, `0` for the same day, `1` when `a` is later
 * @throws {@link ValidationError} for a malformed date (unlike comparing strings, which would sort `"2027-3-1"` silently)
 * @example
 * ```ts
 * import { compareDates } from 'partner-alignment';
 * ['2027-03-01', '2026-12-31', '2027-01-15'].sort(compareDates) //=> ['2026-12-31', '2027-01-15', '2027-03-01']
 * compareDates('2027-03-01', '2027-3-1') //!> ValidationError
 * ```
 * @category Calendar
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const summary = 'Invalid arguments to compareDates';
  const difference = readDate(a, 'a', summary) - readDate(b, 'b', summary);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * ISO dates as day numbers, checked: the one public day API the library computes with. A day
 * number counts whole days since 1970-01-01 (negative before it) in the proleptic Gregorian
 * calendar, from 0000-01-01 to 9999-12-31; no `Date`, so no time zone can shift a day.
 *
 * @module
 */
import { argumentError, describeReceived, wrongType } from '../argument-checks.js';
import { toDayNumber as readDate } from './internal/day-number.js';
import type { IsoDate } from './iso-date.js';
import { dayNumberOrUndefined, FIRST_DAY, isoDateUnchecked, LAST_DAY } from './unchecked-days.js';

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD` (`2028-02-29` is,
 * `2027-02-29` and `2027-3-31` are not).
 *
 * @param value - anything
 * @returns `true` for a real ISO date
 * @example
 * ```ts
 * import { isIsoDate } from 'partner-alignment';
 * isIsoDate('2028-02-29') //=> true
 * isIsoDate('2027-02-29') //=> false
 * isIsoDate('27.11.2026') //=> false
 * ```
 * @category Calendar
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayNumberOrUndefined(value) !== undefined;
}

/**
 * The day number of an ISO date: whole days since 1970-01-01.
 *
 * @param date - a real date written `YYYY-MM-DD`
 * @returns its day number
 * @throws {@link ValidationError} for anything but a real ISO date
 * @example
 * ```ts
 * import { toDayNumber } from 'partner-alignment';
 * toDayNumber('1970-01-02') //=> 1
 * toDayNumber('2027-03-31') //=> 20908
 * toDayNumber('27.11.2026') //!> ValidationError
 * ```
 * @category Calendar
 */
export function toDayNumber(date: IsoDate): number {
  return readDate(date, 'date', 'Invalid arguments to toDayNumber');
}

/** Checks a day number: a safe integer from 0000-01-01 to 9999-12-31. */
export function checkDayNumber(day: unknown, summary: string, path: ReadonlyArray<string>): number {
  const expected = `a whole day number from ${FIRST_DAY} (0000-01-01) to ${LAST_DAY} (9999-12-31)`;
  if (typeof day !== 'number') throw wrongType(summary, path, day, expected);
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) {
    throw argumentError(
      summary,
      !Number.isInteger(day) ? 'not-an-integer' : day < FIRST_DAY ? 'too-small' : 'too-big',
      path,
      !Number.isInteger(day) ? 'Not a whole day number' : 'Outside the years 0000 to 9999',
      describeReceived(day),
      expected,
    );
  }
  return day;
}

/**
 * The ISO date of a day number.
 *
 * @param day - whole days since 1970-01-01, from -719528 (0000-01-01) to 2932896 (9999-12-31)
 * @returns the date written `YYYY-MM-DD`
 * @throws {@link ValidationError} for a non-integer or a day outside the years 0000 to 9999
 * @example
 * ```ts
 * import { fromDayNumber } from 'partner-alignment';
 * fromDayNumber(0) //=> '1970-01-01'
 * fromDayNumber(20908) //=> '2027-03-31'
 * fromDayNumber(1.5) //!> ValidationError
 * ```
 * @category Calendar
 */
export function fromDayNumber(day: number): IsoDate {
  return isoDateUnchecked(checkDayNumber(day, 'Invalid arguments to fromDayNumber', ['day']));
}

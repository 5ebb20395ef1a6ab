import { isPartnerAlignmentError, PartnerAlignmentError } from '../errors.js';
import type { Granularity, Period } from './period.js';

/**
 * A granularity the calendar or the operation cannot give: weeks on a month-based calendar, or a
 * "parent" finer than its child.
 *
 * @example
 * ```ts
 * import { UnsupportedGranularityError } from 'partner-alignment';
 * new UnsupportedGranularityError('fy-jul', 'week', 'weeks need a week-based calendar').code
 * //=> 'UNSUPPORTED_GRANULARITY'
 * ```
 * @category Errors
 */
export class UnsupportedGranularityError extends PartnerAlignmentError {
  /** The id of the calendar asked. */
  readonly calendar: string;
  /** The granularity refused. */
  readonly granularity: Granularity;

  /**
   * @param calendar - the id of the calendar asked
   * @param granularity - the granularity refused
   * @param reason - why, and what would be accepted
   */
  constructor(calendar: string, granularity: Granularity, reason: string) {
    super(
      'UNSUPPORTED_GRANULARITY',
      `Granularity "${granularity}" is not supported on calendar "${calendar}": ${reason}`,
    );
    this.name = 'UnsupportedGranularityError';
    this.calendar = calendar;
    this.granularity = granularity;
  }
}

/**
 * A period of one calendar given together with another calendar (or two periods of different
 * calendars compared as if they were one).
 *
 * @example
 * ```ts
 * import { CalendarMismatchError } from 'partner-alignment';
 * new CalendarMismatchError('fy-jul', 'calendar').message
 * //=> 'Period of calendar "calendar" used with calendar "fy-jul": convert it first, or pass the calendar with id "calendar"'
 * ```
 * @category Errors
 */
export class CalendarMismatchError extends PartnerAlignmentError {
  /** The id of the calendar given. */
  readonly expected: string;
  /** The calendar id the period carries. */
  readonly received: string;

  /**
   * @param expected - the id of the calendar given
   * @param received - the calendar id the period carries
   */
  constructor(expected: string, received: string) {
    super(
      'CALENDAR_MISMATCH',
      `Period of calendar "${received}" used with calendar "${expected}": convert it first, or pass the calendar with id "${received}"`,
    );
    this.name = 'CalendarMismatchError';
    this.expected = expected;
    this.received = received;
  }
}

/**
 * A fiscal year outside the supported range 1900 to 2200, whether asked for directly, reached by
 * arithmetic, or implied by a date.
 *
 * @example
 * ```ts
 * import { FiscalYearOutOfRangeError } from 'partner-alignment';
 * new FiscalYearOutOfRangeError(2201).message
 * //=> 'Fiscal year 2201 is out of range: accepted fiscal years are 1900 to 2200'
 * ```
 * @category Errors
 */
export class FiscalYearOutOfRangeError extends PartnerAlignmentError {
  /** The fiscal year refused. */
  readonly year: number;

  /** @param year - the fiscal year refused */
  constructor(year: number) {
    super(
      'FISCAL_YEAR_OUT_OF_RANGE',
      `Fiscal year ${year} is out of range: accepted fiscal years are 1900 to 2200`,
    );
    this.name = 'FiscalYearOutOfRangeError';
    this.year = year;
  }
}

/**
 * A period value that does not exist on its calendar: an index beyond the periods of its fiscal
 * year (`W53` in a 52-week year, `Q5`), or a non-integer.
 *
 * @example
 * ```ts
 * import { InvalidPeriodError } from 'partner-alignment';
 * new InvalidPeriodError({ calendar: 'calendar', granularity: 'quarter', year: 2027, index: 5 }, 4).message
 * //=> 'Period index 5 does not exist: fiscal 2027 of calendar "calendar" has quarters 1 to 4'
 * ```
 * @category Errors
 */
export class InvalidPeriodError extends PartnerAlignmentError {
  /** The period refused. */
  readonly period: Period;

  /**
   * @param period - the period refused
   * @param count - how many periods of its granularity its fiscal year has
   */
  constructor(period: Period, count: number) {
    super(
      'INVALID_PERIOD',
      `Period index ${period.index} does not exist: fiscal ${period.year} of calendar "${period.calendar}" has ${period.granularity}s 1 to ${count}`,
    );
    this.name = 'InvalidPeriodError';
    this.period = period;
  }
}

/**
 * Tells whether a value is an {@link UnsupportedGranularityError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the value is that error
 * @example
 * ```ts
 * import { isUnsupportedGranularityError, UnsupportedGranularityError } from 'partner-alignment';
 * isUnsupportedGranularityError(new UnsupportedGranularityError('c', 'week', 'no')) //=> true
 * isUnsupportedGranularityError(new Error('no')) //=> false
 * ```
 * @category Errors
 */
export function isUnsupportedGranularityError(
  value: unknown,
): value is UnsupportedGranularityError {
  return isPartnerAlignmentError(value) && value.code === 'UNSUPPORTED_GRANULARITY';
}

/**
 * Tells whether a value is a {@link CalendarMismatchError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the value is that error
 * @example
 * ```ts
 * import { CalendarMismatchError, isCalendarMismatchError } from 'partner-alignment';
 * isCalendarMismatchError(new CalendarMismatchError('a', 'b')) //=> true
 * isCalendarMismatchError(new Error('no')) //=> false
 * ```
 * @category Errors
 */
export function isCalendarMismatchError(value: unknown): value is CalendarMismatchError {
  return isPartnerAlignmentError(value) && value.code === 'CALENDAR_MISMATCH';
}

/**
 * Tells whether a value is a {@link FiscalYearOutOfRangeError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the value is that error
 * @example
 * ```ts
 * import { FiscalYearOutOfRangeError, isFiscalYearOutOfRangeError } from 'partner-alignment';
 * isFiscalYearOutOfRangeError(new FiscalYearOutOfRangeError(1899)) //=> true
 * isFiscalYearOutOfRangeError(new Error('no')) //=> false
 * ```
 * @category Errors
 */
export function isFiscalYearOutOfRangeError(value: unknown): value is FiscalYearOutOfRangeError {
  return isPartnerAlignmentError(value) && value.code === 'FISCAL_YEAR_OUT_OF_RANGE';
}

/**
 * Tells whether a value is an {@link InvalidPeriodError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the value is that error
 * @example
 * ```ts
 * import { InvalidPeriodError, isInvalidPeriodError } from 'partner-alignment';
 * const period = { calendar: 'c', granularity: 'half', year: 2027, index: 3 } as const;
 * isInvalidPeriodError(new InvalidPeriodError(period, 2)) //=> true
 * isInvalidPeriodError(new Error('no')) //=> false
 * ```
 * @category Errors
 */
export function isInvalidPeriodError(value: unknown): value is InvalidPeriodError {
  return isPartnerAlignmentError(value) && value.code === 'INVALID_PERIOD';
}

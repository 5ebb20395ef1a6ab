import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkPeriod } from './internal/check-arguments.js';
import { fromDayNumber } from './internal/day-number.js';
import { layoutOfPeriod, periodBounds } from './internal/fiscal-year.js';
import type { IsoDate } from './iso-date.js';
import type { Period } from './period.js';

function bounds(
  name: string,
  calendar: FiscalCalendar,
  given: Period | string,
): readonly [number, number] {
  const summary = `Invalid arguments to ${name}`;
  checkCalendar(calendar, summary);
  const period = checkPeriod(given, calendar, summary);
  return periodBounds(layoutOfPeriod(calendar, period), period.granularity, period.index);
}

/**
 * The first day of a period.
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key such as `FY2027-Q4`
 * @returns its first day
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @throws {UnsupportedGranularityError} for weeks on a month-based calendar
 * @throws {FiscalYearOutOfRangeError} for a fiscal year outside 1900 to 2200
 * @throws {InvalidPeriodError} for an index its fiscal year does not have
 * @throws {ValidationError} for a malformed calendar or period
 * @example
 * ```ts
 * import { periodStart } from 'partner-alignment';
 * const fyJul = { kind: 'month-based', id: 'fy-jul', startMonth: 7 } as const;
 * periodStart(fyJul, { calendar: 'fy-jul', granularity: 'quarter', year: 2027, index: 4 }) //=> '2027-04-01'
 * ```
 * @category Calendar
 */
export function periodStart(calendar: FiscalCalendar, period: Period | string): IsoDate {
  return fromDayNumber(bounds('periodStart', calendar, period)[0]);
}

/**
 * The last day of a period (inclusive).
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key such as `FY2027-Q4`
 * @returns its last day
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @throws {UnsupportedGranularityError} for weeks on a month-based calendar
 * @throws {FiscalYearOutOfRangeError} for a fiscal year outside 1900 to 2200
 * @throws {InvalidPeriodError} for an index its fiscal year does not have
 * @throws {ValidationError} for a malformed calendar or period
 * @example
 * ```ts
 * import { calendarYear, periodEnd } from 'partner-alignment';
 * periodEnd(calendarYear, { calendar: 'calendar', granularity: 'month', year: 2028, index: 2 }) //=> '2028-02-29'
 * ```
 * @category Calendar
 */
export function periodEnd(calendar: FiscalCalendar, period: Period | string): IsoDate {
  return fromDayNumber(bounds('periodEnd', calendar, period)[1] - 1);
}

/**
 * The number of days in a period.
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key such as `FY2027-Q4`
 * @returns its length in days
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @throws {UnsupportedGranularityError} for weeks on a month-based calendar
 * @throws {FiscalYearOutOfRangeError} for a fiscal year outside 1900 to 2200
 * @throws {InvalidPeriodError} for an index its fiscal year does not have
 * @throws {ValidationError} for a malformed calendar or period
 * @example
 * ```ts
 * import { nrfRetail, periodDays } from 'partner-alignment';
 * periodDays(nrfRetail, { calendar: 'nrf-4-5-4', granularity: 'year', year: 2023, index: 1 }) //=> 371
 * ```
 * @category Calendar
 */
export function periodDays(calendar: FiscalCalendar, period: Period | string): number {
  const [start, end] = bounds('periodDays', calendar, period);
  return end - start;
}

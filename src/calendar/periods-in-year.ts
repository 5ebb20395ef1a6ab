import { wrongType } from '../argument-checks.js';
import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkGranularity } from './internal/check-arguments.js';
import { checkYear, periodCount, requireWeeks, yearLayout } from './internal/fiscal-year.js';
import type { Granularity, Period } from './period.js';

/**
 * Every period of a granularity in a fiscal year, in order.
 *
 * @param calendar - the fiscal calendar
 * @param year - the fiscal year, by its name
 * @param granularity - how long the periods are
 * @returns 1 year, 2 halves, 4 quarters, 12 months, or 52 or 53 weeks
 * @throws {UnsupportedGranularityError} for weeks on a month-based calendar
 * @throws {FiscalYearOutOfRangeError} for a fiscal year outside 1900 to 2200
 * @throws {ValidationError} for a malformed calendar, year or granularity
 * @example
 * ```ts
 * import { nrfRetail, periodsInYear } from 'partner-alignment';
 * periodsInYear(nrfRetail, 2023, 'week').length //=> 53
 * periodsInYear(nrfRetail, 2024, 'week').length //=> 52
 * ```
 * @category Calendar
 */
export function periodsInYear(
  calendar: FiscalCalendar,
  year: number,
  granularity: Granularity,
): ReadonlyArray<Period> {
  const summary = 'Invalid arguments to periodsInYear';
  checkCalendar(calendar, summary);
  if (typeof year !== 'number')
    throw wrongType(summary, ['year'], year, 'a fiscal year such as 2027');
  checkGranularity(granularity, summary);
  requireWeeks(calendar, granularity);
  checkYear(year);
  const count = periodCount(yearLayout(calendar, year), granularity);
  const periods: Period[] = [];
  for (let index = 1; index <= count; index++) {
    periods.push({ calendar: calendar.id, granularity, year, index });
  }
  return periods;
}

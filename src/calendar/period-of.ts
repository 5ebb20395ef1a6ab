import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkGranularity } from './internal/check-arguments.js';
import { toDayNumber } from './internal/day-number.js';
import { indexOfDay, layoutOfDay, requireWeeks } from './internal/fiscal-year.js';
import type { IsoDate } from './iso-date.js';
import type { Granularity, Period } from './period.js';

/**
 * The period of a granularity that contains a date.
 *
 * @param calendar - the fiscal calendar
 * @param date - the date
 * @param granularity - how long the period is
 * @returns the period containing the date
 * @throws {ValidationError} when the date is not a real `YYYY-MM-DD` date, or the calendar or granularity is malformed
 * @throws {UnsupportedGranularityError} for weeks on a month-based calendar
 * @throws {FiscalYearOutOfRangeError} when the date's fiscal year is outside 1900 to 2200
 * @example
 * ```ts
 * import { periodOf } from 'partner-alignment';
 * const fyJul = { kind: 'month-based', id: 'fy-jul', startMonth: 7 } as const;
 * periodOf(fyJul, '2027-05-15', 'quarter')
 * //=> { calendar: 'fy-jul', granularity: 'quarter', year: 2027, index: 4 }
 * ```
 * @category Calendar
 */
export function periodOf(
  calendar: FiscalCalendar,
  date: IsoDate,
  granularity: Granularity,
): Period {
  const summary = 'Invalid arguments to periodOf';
  checkCalendar(calendar, summary);
  checkGranularity(granularity, summary);
  requireWeeks(calendar, granularity);
  const day = toDayNumber(date, 'date', summary);
  const layout = layoutOfDay(calendar, day);
  return {
    calendar: calendar.id,
    granularity,
    year: layout.year,
    index: indexOfDay(layout, granularity, day),
  };
}

import { UnsupportedGranularityError } from './errors.js';
import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkGranularity, checkPeriod } from './internal/check-arguments.js';
import {
  granularityRank,
  indexOfDay,
  layoutOfPeriod,
  periodBounds,
} from './internal/fiscal-year.js';
import type { Granularity, Period } from './period.js';

/**
 * The period of a coarser granularity that contains a period.
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key such as `FY2027-M08`
 * @param granularity - the granularity of the parent, as coarse as the period or coarser
 * @returns the containing period (the period itself when the granularity is its own)
 * @throws {UnsupportedGranularityError} for a granularity finer than the period's, or weeks on a
 *   month-based calendar
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @throws {InvalidPeriodError} for a period its fiscal year does not have
 * @throws {ValidationError} for a malformed calendar, period or granularity
 * @example
 * ```ts
 * import { calendarYear, formatPeriodKey, parentPeriod } from 'partner-alignment';
 * const august = { calendar: 'calendar', granularity: 'month', year: 2027, index: 8 } as const;
 * formatPeriodKey(parentPeriod(calendarYear, august, 'quarter')) //=> 'FY2027-Q3'
 * ```
 * @category Calendar
 */
export function parentPeriod(
  calendar: FiscalCalendar,
  period: Period | string,
  granularity: Granularity,
): Period {
  const summary = 'Invalid arguments to parentPeriod';
  checkCalendar(calendar, summary);
  const checked = checkPeriod(period, calendar, summary);
  checkGranularity(granularity, summary);
  const layout = layoutOfPeriod(calendar, checked);
  if (granularityRank[granularity] > granularityRank[checked.granularity]) {
    throw new UnsupportedGranularityError(
      calendar.id,
      granularity,
      `the parent of a ${checked.granularity} must be as coarse or coarser (a ${checked.granularity} or longer)`,
    );
  }
  const [first] = periodBounds(layout, checked.granularity, checked.index);
  return {
    calendar: calendar.id,
    granularity,
    year: checked.year,
    index: indexOfDay(layout, granularity, first),
  };
}

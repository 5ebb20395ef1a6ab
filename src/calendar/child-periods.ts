import { UnsupportedGranularityError } from './errors.js';
import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkGranularity, checkPeriod } from './internal/check-arguments.js';
import {
  granularityRank,
  indexOfDay,
  layoutOfPeriod,
  periodBounds,
  requireWeeks,
} from './internal/fiscal-year.js';
import type { Granularity, Period } from './period.js';

/**
 * The periods of a finer granularity that make up a period, in order; they tile it exactly
 * (on week-based calendars every fiscal month, quarter, half and year is whole weeks).
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period to split, or its key such as `FY2027-H2`
 * @param granularity - the granularity of the children, as fine as the period or finer
 * @returns the children in order (the period itself when the granularity is its own)
 * @throws {UnsupportedGranularityError} for weeks on a month-based calendar, or a granularity
 *   coarser than the period's
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @throws {InvalidPeriodError} for a period its fiscal year does not have
 * @throws {ValidationError} for a malformed calendar, period or granularity
 * @example
 * ```ts
 * import { calendarYear, childPeriods, formatPeriodKey } from 'partner-alignment';
 * const h2 = { calendar: 'calendar', granularity: 'half', year: 2027, index: 2 } as const;
 * childPeriods(calendarYear, h2, 'quarter').map(formatPeriodKey) //=> ['FY2027-Q3', 'FY2027-Q4']
 * ```
 * @category Calendar
 */
export function childPeriods(
  calendar: FiscalCalendar,
  period: Period | string,
  granularity: Granularity,
): ReadonlyArray<Period> {
  const summary = 'Invalid arguments to childPeriods';
  checkCalendar(calendar, summary);
  const checked = checkPeriod(period, calendar, summary);
  checkGranularity(granularity, summary);
  requireWeeks(calendar, granularity);
  const layout = layoutOfPeriod(calendar, checked);
  if (granularityRank[granularity] < granularityRank[checked.granularity]) {
    throw new UnsupportedGranularityError(
      calendar.id,
      granularity,
      `children of a ${checked.granularity} must be as fine or finer (a ${checked.granularity} or shorter)`,
    );
  }
  const [first, after] = periodBounds(layout, checked.granularity, checked.index);
  const from = indexOfDay(layout, granularity, first);
  const to = indexOfDay(layout, granularity, after - 1);
  const children: Period[] = [];
  for (let index = from; index <= to; index++) {
    children.push({ calendar: calendar.id, granularity, year: checked.year, index });
  }
  return children;
}

import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkPeriod } from './internal/check-arguments.js';
import { toDayNumber } from './internal/day-number.js';
import { layoutOfPeriod, periodBounds } from './internal/fiscal-year.js';
import type { IsoDate } from './iso-date.js';
import type { Period } from './period.js';

/**
 * How much of a period has elapsed by the end of a date, as an exact fraction of days.
 *
 * @example
 * ```ts
 * import type { ElapsedShare } from 'partner-alignment';
 * const share: ElapsedShare = { elapsedDays: 45, totalDays: 90 };
 * share.elapsedDays / share.totalDays //=> 0.5
 * ```
 * @category Calendar
 */
export interface ElapsedShare {
  /** Days of the period up to and including the date, from 0 to `totalDays`. */
  readonly elapsedDays: number;
  /** Days of the period. */
  readonly totalDays: number;
}

/**
 * How many days of a period have elapsed by the end of a date: 0 before the period, all of them
 * after it. An exact fraction; divide only where a float is acceptable.
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key
 * @param date - the date, counted as elapsed
 * @returns the elapsed and the total days
 * @throws {ValidationError} when the date is not a real `YYYY-MM-DD` date, or the calendar or period is malformed
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @throws {InvalidPeriodError} for a period its fiscal year does not have
 * @example
 * ```ts
 * import { calendarYear, elapsedShare } from 'partner-alignment';
 * const q1 = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 } as const;
 * elapsedShare(calendarYear, q1, '2027-02-14') //=> { elapsedDays: 45, totalDays: 90 }
 * elapsedShare(calendarYear, q1, '2026-12-31') //=> { elapsedDays: 0, totalDays: 90 }
 * ```
 * @category Calendar
 */
export function elapsedShare(
  calendar: FiscalCalendar,
  period: Period | string,
  date: IsoDate,
): ElapsedShare {
  const summary = 'Invalid arguments to elapsedShare';
  checkCalendar(calendar, summary);
  const checked = checkPeriod(period, calendar, summary);
  const [first, after] = periodBounds(
    layoutOfPeriod(calendar, checked),
    checked.granularity,
    checked.index,
  );
  const totalDays = after - first;
  const elapsed = toDayNumber(date, 'date', summary) - first + 1;
  return { elapsedDays: elapsed < 0 ? 0 : Math.min(elapsed, totalDays), totalDays };
}

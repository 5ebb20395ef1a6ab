import { wrongType } from '../argument-checks.js';
import { ValidationError } from '../errors.js';
import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkPeriod } from './internal/check-arguments.js';
import { checkYear, layoutOfPeriod, periodCount, yearLayout } from './internal/fiscal-year.js';
import type { Period } from './period.js';

/**
 * The period `n` periods of the same granularity after a period (before it when `n` is negative),
 * crossing fiscal years as needed (52- and 53-week years counted as they are).
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period to start from, or its key such as `FY2027-Q3`
 * @param n - how many periods to move, an integer
 * @returns the period reached
 * @throws {ValidationError} when `n` is not an integer, or the calendar or period is malformed
 * @throws {FiscalYearOutOfRangeError} when the result falls outside fiscal 1900 to 2200
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @throws {InvalidPeriodError} for a period its fiscal year does not have
 * @example
 * ```ts
 * import { addPeriods, calendarYear, formatPeriodKey } from 'partner-alignment';
 * const q3 = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 } as const;
 * formatPeriodKey(addPeriods(calendarYear, q3, 6)) //=> 'FY2029-Q1'
 * formatPeriodKey(addPeriods(calendarYear, q3, -3)) //=> 'FY2026-Q4'
 * ```
 * @category Calendar
 */
export function addPeriods(calendar: FiscalCalendar, period: Period | string, n: number): Period {
  return movePeriods('addPeriods', calendar, period, n);
}

function movePeriods(
  name: string,
  calendar: FiscalCalendar,
  given: Period | string,
  n: number,
): Period {
  const summary = `Invalid arguments to ${name}`;
  checkCalendar(calendar, summary);
  const period = checkPeriod(given, calendar, summary);
  if (typeof n !== 'number')
    throw wrongType(summary, ['n'], n, 'a whole number of periods such as 3 or -1');
  if (!Number.isInteger(n)) {
    throw new ValidationError('Invalid number of periods', [
      {
        code: 'not-an-integer',
        path: ['n'],
        message: 'Not an integer',
        received: String(n),
        expected: 'a whole number of periods such as 3 or -1',
      },
    ]);
  }
  const layout = layoutOfPeriod(calendar, period);
  const { granularity } = period;
  let year = period.year;
  let index = period.index + n;
  if (granularity !== 'week') {
    const perYear = periodCount(layout, granularity);
    const offset = Math.floor((index - 1) / perYear);
    year += offset;
    index -= offset * perYear;
    checkYear(year);
  } else {
    let count = layout.weeks;
    while (index > count) {
      index -= count;
      checkYear(++year);
      count = yearLayout(calendar, year).weeks;
    }
    while (index < 1) {
      checkYear(--year);
      index += yearLayout(calendar, year).weeks;
    }
  }
  return { calendar: calendar.id, granularity, year, index };
}

/**
 * The period right after a period, of the same granularity.
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key
 * @returns the next period
 * @throws {FiscalYearOutOfRangeError} when the result falls after fiscal 2200
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @example
 * ```ts
 * import { calendarYear, formatPeriodKey, nextPeriod } from 'partner-alignment';
 * formatPeriodKey(nextPeriod(calendarYear, { calendar: 'calendar', granularity: 'month', year: 2027, index: 12 }))
 * //=> 'FY2028-M01'
 * ```
 * @category Calendar
 */
export function nextPeriod(calendar: FiscalCalendar, period: Period | string): Period {
  return movePeriods('nextPeriod', calendar, period, 1);
}

/**
 * The period right before a period, of the same granularity.
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key
 * @returns the previous period
 * @throws {FiscalYearOutOfRangeError} when the result falls before fiscal 1900
 * @throws {CalendarMismatchError} when the period belongs to another calendar
 * @example
 * ```ts
 * import { formatPeriodKey, nrfRetail, previousPeriod } from 'partner-alignment';
 * formatPeriodKey(previousPeriod(nrfRetail, { calendar: 'nrf-4-5-4', granularity: 'week', year: 2024, index: 1 }))
 * //=> 'FY2023-W53'
 * ```
 * @category Calendar
 */
export function previousPeriod(calendar: FiscalCalendar, period: Period | string): Period {
  return movePeriods('previousPeriod', calendar, period, -1);
}

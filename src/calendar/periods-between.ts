import { ValidationError } from '../errors.js';
import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar, checkGranularity } from './internal/check-arguments.js';
import { fromDayNumber, toDayNumber } from './internal/day-number.js';
import {
  checkYear,
  indexOfDay,
  layoutOfDay,
  periodBounds,
  periodCount,
  requireWeeks,
  yearLayout,
} from './internal/fiscal-year.js';
import type { IsoDate } from './iso-date.js';
import type { Granularity, Period } from './period.js';

/**
 * One period met by a date range: the whole period, the part of it the range covers, and whether
 * that part is less than the whole.
 *
 * @example
 * ```ts
 * import type { PeriodSpan } from 'partner-alignment';
 * const span: PeriodSpan = {
 *   period: { calendar: 'calendar', granularity: 'month', year: 2027, index: 1 },
 *   start: '2027-01-01', end: '2027-01-31', coveredStart: '2027-01-10', coveredEnd: '2027-01-31',
 *   days: 31, coveredDays: 22, partial: true,
 * };
 * span.partial //=> true
 * ```
 * @category Calendar
 */
export interface PeriodSpan {
  /** The period. */
  readonly period: Period;
  /** The period's first day. */
  readonly start: IsoDate;
  /** The period's last day (inclusive). */
  readonly end: IsoDate;
  /** The first day of the period inside the range. */
  readonly coveredStart: IsoDate;
  /** The last day of the period inside the range (inclusive). */
  readonly coveredEnd: IsoDate;
  /** The days of the period. */
  readonly days: number;
  /** The days of the period inside the range. */
  readonly coveredDays: number;
  /** Whether the range covers only part of the period (only the first and last can be partial). */
  readonly partial: boolean;
}

/**
 * The periods of a granularity that a date range meets, in order, each with the part the range
 * covers; the first and the last may be partial.
 *
 * @param calendar - the fiscal calendar
 * @param start - the first day of the range
 * @param end - the last day of the range (inclusive)
 * @param granularity - how long the periods are
 * @returns one span per period met, covering every day of the range exactly once
 * @throws {ValidationError} when a date is not a real date, the end is before the start, or the calendar or granularity is malformed
 * @throws {UnsupportedGranularityError} for weeks on a month-based calendar
 * @throws {FiscalYearOutOfRangeError} when the range reaches outside fiscal 1900 to 2200
 * @example
 * ```ts
 * import { calendarYear, periodsBetween } from 'partner-alignment';
 * const spans = periodsBetween(calendarYear, '2027-02-15', '2027-09-30', 'quarter');
 * spans.map((span) => [span.period.index, span.coveredDays, span.partial])
 * //=> [[1, 45, true], [2, 91, false], [3, 92, false]]
 * ```
 * @category Calendar
 */
export function periodsBetween(
  calendar: FiscalCalendar,
  start: IsoDate,
  end: IsoDate,
  granularity: Granularity,
): ReadonlyArray<PeriodSpan> {
  const summary = 'Invalid arguments to periodsBetween';
  checkCalendar(calendar, summary);
  checkGranularity(granularity, summary);
  requireWeeks(calendar, granularity);
  const first = toDayNumber(start, 'start', summary);
  const last = toDayNumber(end, 'end', summary);
  if (last < first) {
    throw new ValidationError('Invalid date range', [
      {
        code: 'horizon-reversed',
        path: ['end'],
        message: 'The end is before the start',
        received: JSON.stringify(end),
        expected: `a date on or after ${JSON.stringify(start)}`,
      },
    ]);
  }
  const spans: PeriodSpan[] = [];
  let layout = layoutOfDay(calendar, first);
  let count = periodCount(layout, granularity);
  let index = indexOfDay(layout, granularity, first);
  for (;;) {
    if (index > count) {
      checkYear(layout.year + 1);
      layout = yearLayout(calendar, layout.year + 1);
      count = periodCount(layout, granularity);
      index = 1;
    }
    const [periodFirst, periodAfter] = periodBounds(layout, granularity, index);
    const coveredFirst = Math.max(periodFirst, first);
    const coveredLast = Math.min(periodAfter - 1, last);
    const days = periodAfter - periodFirst;
    const coveredDays = coveredLast - coveredFirst + 1;
    // Only the first and last spans are partial: reuse the period's date strings elsewhere.
    const startDate = fromDayNumber(periodFirst);
    const endDate = fromDayNumber(periodAfter - 1);
    spans.push({
      period: { calendar: calendar.id, granularity, year: layout.year, index },
      start: startDate,
      end: endDate,
      coveredStart: coveredFirst === periodFirst ? startDate : fromDayNumber(coveredFirst),
      coveredEnd: coveredLast === periodAfter - 1 ? endDate : fromDayNumber(coveredLast),
      days,
      coveredDays,
      partial: coveredDays < days,
    });
    if (periodAfter > last) return spans;
    index++;
  }
}

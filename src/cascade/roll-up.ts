import { CalendarMismatchError, UnsupportedGranularityError } from '../calendar/errors.js';
import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import { granularityRank } from '../calendar/internal/fiscal-year.js';
import type { Granularity } from '../calendar/period.js';
import type { Cascade } from './cascade.js';
import { periodGrid } from './internal/period-grid.js';

/**
 * Rolls a cascade up into coarser periods (months into quarters into years), consistently with
 * the metric: a flow's steps are summed; a stock's (and an `average` metric's) coarser step is the
 * last checkpoint inside it. Unrounded weights are summed the same way for flows. The result is a
 * cascade like any other, whose shape, seasonality and tie-break say how its source was made.
 *
 * @param plan - the cascade to roll up
 * @param calendar - its fiscal calendar
 * @param granularity - the coarser (or equal) granularity
 * @returns the rolled-up cascade
 * @throws {@link CalendarMismatchError} when the calendar is not the cascade's
 * @throws {@link UnsupportedGranularityError} when the granularity is finer than the cascade's
 * @example
 * ```ts
 * import { cascade, rollUp, calendarYear, toDecimal } from 'partner-alignment';
 * const months = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *     baseline: toDecimal('0'), target: toDecimal('24'), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'month' },
 * );
 * Array.from(rollUp(months, calendarYear, 'quarter').units) //=> [6, 6, 6, 6]
 * ```
 * @category Cascade
 */
export function rollUp(plan: Cascade, calendar: FiscalCalendar, granularity: Granularity): Cascade {
  if (calendar.id !== plan.calendar.id)
    throw new CalendarMismatchError(plan.calendar.id, calendar.id);
  if (granularityRank[granularity] > granularityRank[plan.granularity]) {
    throw new UnsupportedGranularityError(
      calendar.id,
      granularity,
      `a cascade by ${plan.granularity} rolls up only into ${plan.granularity}s or longer periods`,
    );
  }
  const fine = periodGrid(calendar, plan.horizon, plan.granularity);
  const coarse = periodGrid(calendar, plan.horizon, granularity);
  const flow = plan.aggregation === 'sum';
  const units: number[] = new Array(coarse.count).fill(0);
  const weights: number[] = new Array(coarse.count).fill(0);
  let j = 0;
  for (let i = 0; i < fine.count; i++) {
    const start = fine.bounds[i] as number;
    while (j < coarse.count - 1 && start >= (coarse.bounds[j + 1] as number)) j++;
    const value = plan.units[i] as number;
    const weight = plan.weights[i] as number;
    units[j] = flow ? (units[j] as number) + value : value;
    weights[j] = flow ? (weights[j] as number) + weight : (weights[j] as number) + weight;
  }
  return {
    ...plan,
    calendar,
    granularity,
    length: coarse.count,
    firstYear: coarse.firstYear,
    firstIndex: coarse.firstIndex,
    units,
    weights,
  };
}

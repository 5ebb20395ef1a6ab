/**
 * The covered share (and the seasonal weight) of each period of a horizon, for the cascade,
 * without walking the periods: every period between the first and the last lies inside the
 * horizon, so its share is 1 and its seasonal weight the sum of its fiscal months' weights; only
 * the first and the last are worked out from their days, by the formulas a walk of the periods
 * applies to every period (`periodGrid`), so the results are those of a walk to the bit. A week
 * weighs as the fiscal month it starts in.
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { indexOfDay, requireWeeks, type YearLayout } from '../../calendar/fiscal-year-layout.js';
import type { Granularity } from '../../calendar/period.js';
import { dayNumberUnchecked } from '../../calendar/unchecked-days.js';
import type { Horizon } from '../../model/horizon.js';
import { monthsPer } from './period-grid.js';
import { layoutOf, layoutOfDay, layoutsOf } from './year-layouts.js';

/** The periods of a horizon as the cascade weighs them. */
export interface PeriodOutline {
  readonly count: number;
  /** Fiscal year and index of the first period. */
  readonly firstYear: number;
  readonly firstIndex: number;
  /** Covered share of the first and of the last period; every period between has share 1. */
  readonly head: number;
  readonly tail: number;
  /** With month weights: the seasonal weight of each period's covered part. */
  readonly season: ReadonlyArray<number> | undefined;
}

/**
 * The outline of a horizon at a granularity, with the seasonal weights of its periods when
 * `monthWeights` (fiscal months 1–12) are given. The horizon is valid.
 *
 * @throws `UnsupportedGranularityError` for weeks on a month-based calendar
 * @throws `FiscalYearOutOfRangeError` beyond the fiscal years 1900 to 2200
 */
export function periodOutline(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
  monthWeights: ArrayLike<number> | undefined,
): PeriodOutline {
  requireWeeks(calendar, granularity);
  const layouts = layoutsOf(calendar);
  const first = dayNumberUnchecked(horizon.start);
  const last = dayNumberUnchecked(horizon.end);
  const start = layoutOfDay(layouts, first);
  const firstIndex = indexOfDay(start, granularity, first);
  // The years up to the last day's, one by one, as a walk asks for them (and fails on the same).
  let end = start;
  while (last >= (end.boundaries[12] as number)) end = layoutOf(layouts, end.year + 1);
  const lastIndex = indexOfDay(end, granularity, last);
  const per = monthsPer[granularity];
  const count =
    per === 0
      ? (weekStart(end, lastIndex) - weekStart(start, firstIndex)) / 7 + 1
      : (end.year - start.year) * (12 / per) + lastIndex - firstIndex + 1;
  const head = shareOf(start, per, firstIndex, first, last);
  const tail = shareOf(end, per, lastIndex, first, last);
  let season: number[] | undefined;
  if (monthWeights !== undefined) {
    season = new Array(count);
    if (per === 0) {
      // A week weighs as the fiscal month it starts in, times its share.
      let layout = start;
      let day = weekStart(start, firstIndex);
      for (let i = 0; i < count; i++, day += 7) {
        while (day >= (layout.boundaries[12] as number))
          layout = layoutOf(layouts, layout.year + 1);
        const weight = monthWeights[monthOfDay(layout.boundaries, day)] as number;
        const share = i === 0 ? head : i === count - 1 ? tail : 1;
        season[i] = share === 1 ? weight : weight * share;
      }
    } else {
      for (let i = 1; i < count - 1; i++) {
        const from = ((firstIndex - 1 + i) % (12 / per)) * per;
        let sum = 0;
        for (let m = from; m < from + per; m++) sum += monthWeights[m] as number;
        season[i] = sum;
      }
      season[0] = seasonOf(start, per, firstIndex, first, last, monthWeights);
      season[count - 1] = seasonOf(end, per, lastIndex, first, last, monthWeights);
    }
  }
  return { count, firstYear: start.year, firstIndex, head, tail, season };
}

/** The seasonal weight of the covered part of a period of `per` months: Σ weight × covered share. */
function seasonOf(
  layout: YearLayout,
  per: number,
  index: number,
  first: number,
  last: number,
  monthWeights: ArrayLike<number>,
): number {
  const b = layout.boundaries;
  let sum = 0;
  for (let m = (index - 1) * per; m < index * per; m++) {
    const start = b[m] as number;
    const after = b[m + 1] as number;
    const days = Math.min(after - 1, last) - Math.max(start, first) + 1;
    if (days <= 0) continue;
    const weight = monthWeights[m] as number;
    sum += days === after - start ? weight : weight * (days / (after - start));
  }
  return sum;
}

/** The fiscal month (0–11) of a year's month boundaries containing a day. */
function monthOfDay(boundaries: ReadonlyArray<number>, day: number): number {
  let month = 0;
  while (month < 11 && day >= (boundaries[month + 1] as number)) month++;
  return month;
}

/** The first day of week `index` of a fiscal year. */
function weekStart(layout: YearLayout, index: number): number {
  return (layout.boundaries[0] as number) + 7 * (index - 1);
}

/** The covered share of a period (`per` months, or a week when 0) of the horizon first…last. */
function shareOf(
  layout: YearLayout,
  per: number,
  index: number,
  first: number,
  last: number,
): number {
  const start =
    per === 0 ? weekStart(layout, index) : (layout.boundaries[(index - 1) * per] as number);
  const after = per === 0 ? start + 7 : (layout.boundaries[index * per] as number);
  const days = Math.min(after - 1, last) - Math.max(start, first) + 1;
  return days === after - start ? 1 : days / (after - start);
}

/** Writes the covered share of each period of the outline into `out`. */
export function writeCoverage(outline: PeriodOutline, out: { [index: number]: number }): void {
  const n = outline.count;
  for (let i = 1; i < n - 1; i++) out[i] = 1;
  out[0] = outline.head;
  out[n - 1] = outline.tail;
}

/**
 * Multiplies each entry of `out` by its period's seasonal weight, or by its covered share without
 * seasonality (so only the first and last entries change: x·1 is x).
 */
export function scaleByShares(outline: PeriodOutline, out: { [index: number]: number }): void {
  const { count: n, season } = outline;
  if (season !== undefined) {
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) * (season[i] as number);
    return;
  }
  out[0] = (out[0] as number) * outline.head;
  if (n > 1) out[n - 1] = (out[n - 1] as number) * outline.tail;
}

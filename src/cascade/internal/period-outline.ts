/**
 * The covered share (and the seasonal weight) of each period of a horizon, for the cascade,
 * without walking the periods: every period between the first and the last lies inside the
 * horizon, so it is whole (share 1, seasonal weight the sum of its fiscal months' weights); only
 * the first and the last period are computed from their days. The results are those of
 * `walkGrid` (and `seasonalWeights` over its months) to the bit: the same formulas, in the same
 * order, for the two ends, and 1 or the same sums for the periods between. Weeks with seasonality
 * still walk (their fiscal month depends on where each week starts).
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { indexOfDay, requireWeeks, type YearLayout } from '../../calendar/fiscal-year-layout.js';
import type { Granularity } from '../../calendar/period.js';
import { dayNumberUnchecked } from '../../calendar/unchecked-days.js';
import type { Horizon } from '../../model/horizon.js';
import { seasonalWeights, walkGrid } from './period-grid.js';
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
  /** With month weights: the seasonal weights of the periods' covered parts. */
  readonly season: OutlineSeason | undefined;
}

/**
 * The seasonal weights of an outline: of the first and the last period's covered parts, and of a
 * whole period by its index in the fiscal year (`whole[j]`, j = 1…`perYear`; scratch, see
 * {@link periodOutline}); weeks, whose fiscal month depends on where each week starts, carry the
 * walked list instead (`walked`, one entry per period, scratch too).
 */
export interface OutlineSeason {
  readonly head: number;
  readonly tail: number;
  readonly perYear: number;
  readonly whole: Float64Array;
  readonly walked: Float64Array | undefined;
}

const monthsPer = { year: 12, half: 6, quarter: 3, month: 1, week: 0 } as const;

/**
 * The lists of the outline being read, reused from call to call (the cascade is synchronous and
 * never re-entered; CONTRIBUTING: the cascade's own scratch arrays).
 */
let seasonScratch = new Float64Array(128);
const wholeSeason = new Float64Array(13);

/**
 * The outline of a horizon at a granularity, with the seasonal weights of its periods when
 * `monthWeights` (fiscal months 1–12) are given. Its lists are scratch: valid until the next
 * outline or grid walk, so the caller reads them first. The horizon is valid.
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
  if (granularity === 'week' && monthWeights !== undefined) {
    return walkedOutline(calendar, horizon, monthWeights);
  }
  requireWeeks(calendar, granularity);
  const layouts = layoutsOf(calendar);
  const first = dayNumberUnchecked(horizon.start);
  const last = dayNumberUnchecked(horizon.end);
  const start = layoutOfDay(layouts, first);
  const firstIndex = indexOfDay(start, granularity, first);
  // The years up to the last day's, one by one, as a walk would ask for them.
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
  let season: OutlineSeason | undefined;
  if (monthWeights !== undefined) {
    const perYear = 12 / per;
    for (let j = 1; j <= perYear; j++) {
      let sum = 0;
      for (let m = (j - 1) * per; m < j * per; m++) sum += monthWeights[m] as number;
      wholeSeason[j] = sum;
    }
    season = {
      head: seasonOf(start, per, firstIndex, first, last, monthWeights),
      tail: seasonOf(end, per, lastIndex, first, last, monthWeights),
      perYear,
      whole: wholeSeason,
      walked: undefined,
    };
  }
  return { count, firstYear: start.year, firstIndex, head, tail, season };
}

/** The outline of weeks with seasonality, from a walk of the weeks and their fiscal months. */
function walkedOutline(
  calendar: FiscalCalendar,
  horizon: Horizon,
  monthWeights: ArrayLike<number>,
): PeriodOutline {
  const grid = walkGrid(calendar, horizon, 'week', { bounds: false, months: true });
  const n = grid.count;
  if (seasonScratch.length < n) {
    seasonScratch = new Float64Array(Math.max(n, 2 * seasonScratch.length));
  }
  const walked = seasonalWeights(grid, monthWeights, seasonScratch);
  const head = grid.coverage[0] as number;
  const tail = grid.coverage[n - 1] as number;
  const season = {
    head: walked[0] as number,
    tail: walked[n - 1] as number,
    perYear: 0,
    whole: wholeSeason,
    walked,
  };
  return { count: n, firstYear: grid.firstYear, firstIndex: grid.firstIndex, head, tail, season };
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
  const n = outline.count;
  const season = outline.season;
  if (season === undefined) {
    out[0] = (out[0] as number) * outline.head;
    if (n > 1) out[n - 1] = (out[n - 1] as number) * outline.tail;
    return;
  }
  const walked = season.walked;
  if (walked !== undefined) {
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) * (walked[i] as number);
    return;
  }
  const { whole, perYear } = season;
  const phase = outline.firstIndex - 1;
  for (let i = 1; i < n - 1; i++) {
    out[i] = (out[i] as number) * (whole[((phase + i) % perYear) + 1] as number);
  }
  out[0] = (out[0] as number) * season.head;
  if (n > 1) out[n - 1] = (out[n - 1] as number) * season.tail;
}

/** Writes the seasonal weight of each period of the outline into `out` (the outline has one). */
export function writeSeason(outline: PeriodOutline, out: { [index: number]: number }): void {
  const n = outline.count;
  for (let i = 0; i < n; i++) out[i] = 1;
  scaleByShares(outline, out);
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

/** The seasonal weight of the covered part of a period of `per` months, as `walkGrid` sums it. */
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

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
  /** Covered share of each period (the first `count` entries; scratch, see {@link periodOutline}). */
  readonly coverage: Float64Array;
  /** With month weights: the seasonal weight of each period's covered part (scratch too). */
  readonly season: Float64Array | undefined;
}

const monthsPer = { year: 12, half: 6, quarter: 3, month: 1, week: 0 } as const;

/**
 * The lists of the outline being read, reused from call to call (the cascade is synchronous and
 * never re-entered; CONTRIBUTING: the cascade's own scratch arrays).
 */
let coverageScratch = new Float64Array(128);
let seasonScratch = new Float64Array(128);
/** The seasonal weight of a whole period by its index in the fiscal year (1-based). */
const wholeSeason = new Float64Array(13);

/**
 * The outline of a horizon at a granularity, with the seasonal weights of its periods when
 * `monthWeights` (fiscal months 1–12) are given. Its lists are scratch: valid until the next
 * outline or grid walk, so the caller reads (or copies) them first. The horizon is valid.
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
    const grid = walkGrid(calendar, horizon, granularity, { bounds: false, months: true });
    const season = seasonalWeights(grid, monthWeights, scratchOf('season', grid.count));
    return { ...grid, coverage: grid.coverage as Float64Array, season };
  }
  requireWeeks(calendar, granularity);
  const layouts = layoutsOf(calendar);
  const first = dayNumberUnchecked(horizon.start);
  const last = dayNumberUnchecked(horizon.end);
  const head = layoutOfDay(layouts, first);
  const firstIndex = indexOfDay(head, granularity, first);
  // The years up to the last day's, one by one, as a walk would ask for them.
  let tail = head;
  while (last >= (tail.boundaries[12] as number)) tail = layoutOf(layouts, tail.year + 1);
  const lastIndex = indexOfDay(tail, granularity, last);
  const per = monthsPer[granularity];
  const count =
    per === 0
      ? (weekStart(tail, lastIndex) - weekStart(head, firstIndex)) / 7 + 1
      : (tail.year - head.year) * (12 / per) + lastIndex - firstIndex + 1;
  const coverage = scratchOf('coverage', count);
  for (let i = 1; i < count - 1; i++) coverage[i] = 1;
  coverage[0] = shareOf(head, per, firstIndex, first, last);
  coverage[count - 1] = shareOf(tail, per, lastIndex, first, last);
  let season: Float64Array | undefined;
  if (monthWeights !== undefined) {
    season = scratchOf('season', count);
    const perYear = 12 / per;
    for (let j = 1; j <= perYear; j++) {
      let sum = 0;
      for (let m = (j - 1) * per; m < j * per; m++) sum += monthWeights[m] as number;
      wholeSeason[j] = sum;
    }
    for (let i = 1; i < count - 1; i++) {
      season[i] = wholeSeason[((firstIndex - 1 + i) % perYear) + 1] as number;
    }
    season[0] = seasonOf(head, per, firstIndex, first, last, monthWeights);
    season[count - 1] = seasonOf(tail, per, lastIndex, first, last, monthWeights);
  }
  return { count, firstYear: head.year, firstIndex, coverage, season };
}

/** A scratch list with room for `count` entries. */
function scratchOf(list: 'coverage' | 'season', count: number): Float64Array {
  const current = list === 'coverage' ? coverageScratch : seasonScratch;
  if (current.length >= count) return current;
  const grown = new Float64Array(Math.max(count, 2 * current.length));
  if (list === 'coverage') coverageScratch = grown;
  else seasonScratch = grown;
  return grown;
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

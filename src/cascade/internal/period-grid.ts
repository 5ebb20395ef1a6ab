/**
 * The periods a horizon covers, as day numbers and coverage factors, without building a date
 * string or a period object per period: what the roll-ups, the step periods and the checks of a
 * cascade walk (the cascade itself needs only the ends, see `period-outline.ts`).
 *
 * The year layouts it reads are remembered by calendar value (`year-layouts.ts`).
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { indexOfDay, requireWeeks } from '../../calendar/fiscal-year-layout.js';
import type { Granularity } from '../../calendar/period.js';
import { dayNumberUnchecked } from '../../calendar/unchecked-days.js';
import type { Horizon } from '../../model/horizon.js';
import { layoutOf, layoutOfDay, layoutsOf } from './year-layouts.js';

const monthsPer = { year: 12, half: 6, quarter: 3, month: 1, week: 0 } as const;

/**
 * The periods of a horizon at one granularity. Each list holds at least `count` entries (`bounds`
 * and `monthStart` one more); read no further: the lists of a walked grid are scratch, longer
 * than the grid (see {@link walkGrid}).
 */
export interface PeriodGrid {
  readonly count: number;
  /** Fiscal year and index of the first period. */
  readonly firstYear: number;
  readonly firstIndex: number;
  /** The first day (day number) of each period, then the day after the last period. */
  readonly bounds: ArrayLike<number>;
  /** Covered days of each period. */
  readonly covered: ArrayLike<number>;
  /** Covered share of each period: covered days / period days (exactly 1 for a whole period). */
  readonly coverage: ArrayLike<number>;
  /**
   * With `months`: the fiscal months each period covers, for seasonality: for period i, the
   * entries `monthStart[i] … monthStart[i + 1] − 1` of `month` (fiscal month 0–11) and
   * `monthShare` (the covered share of that month; for weeks, the week's covered share of 7 days).
   */
  readonly monthStart: ArrayLike<number>;
  readonly month: ArrayLike<number>;
  readonly monthShare: ArrayLike<number>;
}

/** What to walk besides the coverage: the bounds and covered days, the fiscal months. */
export interface GridParts {
  readonly bounds?: boolean;
  readonly months?: boolean;
}

const ALL: GridParts = { bounds: true, months: false };

/**
 * The lists the walk writes, reused from call to call (the walk is synchronous and never
 * re-entered; CONTRIBUTING: the cascade's own scratch arrays). Never handed out beyond the call
 * that walked them: {@link periodGrid} copies them, and the cascade reads them before it walks
 * again.
 */
interface Scratch {
  readonly bounds: Float64Array;
  readonly covered: Float64Array;
  readonly coverage: Float64Array;
  readonly monthStart: Float64Array;
  readonly month: Float64Array;
  readonly monthShare: Float64Array;
}

const scratchOf = (size: number): Scratch => ({
  bounds: new Float64Array(size),
  covered: new Float64Array(size),
  coverage: new Float64Array(size),
  monthStart: new Float64Array(size),
  month: new Float64Array(size),
  monthShare: new Float64Array(size),
});

let scratch = scratchOf(128);

/**
 * The scratch lists, with room for a span of `days` days at any granularity: a period or a fiscal
 * month lasts at least 7 days (weeks) or 28 (months), so no list needs more than days / 7 + 3
 * entries (the partial first and last periods, and the bound after the last).
 */
function scratchFor(days: number): Scratch {
  const size = Math.floor(days / 7) + 3;
  if (scratch.coverage.length < size)
    scratch = scratchOf(Math.max(size, 2 * scratch.coverage.length));
  return scratch;
}

/**
 * The grid of a horizon at a granularity, in lists of its own (exactly `count` entries, one more
 * for `bounds` and `monthStart`). The horizon is valid (its end not before its start).
 * `parts.bounds` (default true) fills `bounds` and `covered`; `parts.months` (default false) the
 * fiscal months of each period (for seasonality). Unfilled lists are empty.
 *
 * @throws `UnsupportedGranularityError` for weeks on a month-based calendar
 * @throws `FiscalYearOutOfRangeError` beyond the fiscal years 1900 to 2200
 */
export function periodGrid(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
  parts: GridParts = ALL,
): PeriodGrid {
  const walked = walkGrid(calendar, horizon, granularity, parts);
  const n = walked.count;
  const withBounds = parts.bounds !== false;
  const months = parts.months === true;
  const entries = months ? (walked.monthStart[n] as number) : 0;
  const copy = (list: ArrayLike<number>, length: number) =>
    Float64Array.prototype.slice.call(list, 0, length);
  return {
    count: n,
    firstYear: walked.firstYear,
    firstIndex: walked.firstIndex,
    bounds: withBounds ? copy(walked.bounds, n + 1) : NONE,
    covered: withBounds ? copy(walked.covered, n) : NONE,
    coverage: copy(walked.coverage, n),
    monthStart: months ? copy(walked.monthStart, n + 1) : NONE,
    month: months ? copy(walked.month, entries) : NONE,
    monthShare: months ? copy(walked.monthShare, entries) : NONE,
  };
}

/** The list of a part not walked. */
const NONE: ArrayLike<number> = Object.freeze(new Float64Array(0));

/**
 * The grid of a horizon at a granularity, walked into the scratch lists: valid until the next
 * walk, so read it before calling anything that may walk a grid. Same arguments, parts and
 * errors as {@link periodGrid}; the lists of the parts not walked hold stale entries.
 */
export function walkGrid(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
  parts: GridParts = ALL,
): PeriodGrid {
  const withBounds = parts.bounds !== false;
  const months = parts.months === true;
  requireWeeks(calendar, granularity);
  const layouts = layoutsOf(calendar);
  const first = dayNumberUnchecked(horizon.start);
  const last = dayNumberUnchecked(horizon.end);
  let layout = layoutOfDay(layouts, first);
  const firstYear = layout.year;
  const firstIndex = indexOfDay(layout, granularity, first);
  const {
    bounds,
    covered,
    coverage,
    monthStart,
    month: monthList,
    monthShare,
  } = scratchFor(last - first + 1);
  let count = 0;
  let entries = 0;
  if (granularity === 'week') {
    let index = firstIndex;
    for (;;) {
      if (index > layout.weeks) {
        layout = layoutOf(layouts, layout.year + 1);
        index = 1;
      }
      const start = (layout.boundaries[0] as number) + 7 * (index - 1);
      const days = Math.min(start + 6, last) - Math.max(start, first) + 1;
      if (withBounds) {
        bounds[count] = start;
        covered[count] = days;
      }
      const share = days === 7 ? 1 : days / 7;
      coverage[count] = share;
      if (months) {
        monthStart[count] = entries;
        monthList[entries] = monthOfDay(layout.boundaries, start) - 1;
        monthShare[entries] = share;
        entries++;
      }
      count++;
      if (start + 7 > last) break;
      index++;
    }
    if (withBounds) bounds[count] = (bounds[count - 1] as number) + 7;
  } else {
    const per = monthsPer[granularity];
    let month = (firstIndex - 1) * per + 1;
    let b = layout.boundaries;
    let after = 0;
    for (;;) {
      if (month > 12) {
        layout = layoutOf(layouts, layout.year + 1);
        b = layout.boundaries;
        month = 1;
      }
      const start = b[month - 1] as number;
      after = b[month - 1 + per] as number;
      const days = Math.min(after - 1, last) - Math.max(start, first) + 1;
      if (withBounds) {
        bounds[count] = start;
        covered[count] = days;
      }
      const whole = days === after - start;
      coverage[count] = whole ? 1 : days / (after - start);
      if (months) {
        monthStart[count] = entries;
        for (let m = month; m < month + per; m++) {
          const mStart = b[m - 1] as number;
          const mAfter = b[m] as number;
          const mDays = whole
            ? mAfter - mStart
            : Math.min(mAfter - 1, last) - Math.max(mStart, first) + 1;
          if (mDays <= 0) continue;
          monthList[entries] = m - 1;
          monthShare[entries] = mDays === mAfter - mStart ? 1 : mDays / (mAfter - mStart);
          entries++;
        }
      }
      count++;
      if (after > last) break;
      month += per;
    }
    if (withBounds) bounds[count] = after;
  }
  if (months) monthStart[count] = entries;
  return {
    count,
    firstYear,
    firstIndex,
    bounds,
    covered,
    coverage,
    monthStart,
    month: monthList,
    monthShare,
  };
}

/** The fiscal month (1–12) of a year's month boundaries containing a day. */
function monthOfDay(boundaries: ArrayLike<number>, day: number): number {
  let month = 1;
  while (month < 12 && day >= (boundaries[month] as number)) month++;
  return month;
}

/**
 * The seasonal weight of each period's covered part, written into `out` (at least `grid.count`
 * long): Σ over its fiscal months of weight × covered share of the month (weeks: the weight of
 * the fiscal month the week starts in × covered share).
 */
export function seasonalWeights<T extends { [index: number]: number }>(
  grid: PeriodGrid,
  monthWeights: ArrayLike<number>,
  out: T,
): T {
  for (let i = 0; i < grid.count; i++) {
    let sum = 0;
    for (let k = grid.monthStart[i] as number; k < (grid.monthStart[i + 1] as number); k++) {
      const weight = monthWeights[grid.month[k] as number] as number;
      const share = grid.monthShare[k] as number;
      sum += share === 1 ? weight : weight * share;
    }
    out[i] = sum;
  }
  return out;
}

/**
 * The periods a horizon covers, as day numbers and coverage factors, without building a date
 * string or a period object per period: the fast path the cascade walks for every objective.
 *
 * The year layouts it reads are remembered by calendar value (`year-layouts.ts`), and the cascade
 * remembers whole grids by value too (`grid-memo.ts`).
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

/** The periods of a horizon at one granularity. */
export interface PeriodGrid {
  readonly count: number;
  /** Fiscal year and index of the first period. */
  readonly firstYear: number;
  readonly firstIndex: number;
  /** The first day (day number) of each period, then the day after the last period. */
  readonly bounds: ReadonlyArray<number>;
  /** Covered days of each period. */
  readonly covered: ReadonlyArray<number>;
  /** Covered share of each period: covered days / period days (exactly 1 for a whole period). */
  readonly coverage: ReadonlyArray<number>;
  /**
   * With `months`: the fiscal months each period covers, for seasonality: for period i, the
   * entries `monthStart[i] … monthStart[i + 1] − 1` of `month` (fiscal month 0–11) and
   * `monthShare` (the covered share of that month; for weeks, the week's covered share of 7 days).
   */
  readonly monthStart: ReadonlyArray<number>;
  readonly month: ReadonlyArray<number>;
  readonly monthShare: ReadonlyArray<number>;
}

/** What to walk besides the coverage: the bounds and covered days, the fiscal months. */
export interface GridParts {
  readonly bounds?: boolean;
  readonly months?: boolean;
}

const ALL: GridParts = { bounds: true, months: false };
/** The list of a part not walked: never written to (every write is behind its flag). */
const NONE = Object.freeze([]) as unknown as number[];

/**
 * The grid of a horizon at a granularity. The horizon is valid (its end not before its start).
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
  const withBounds = parts.bounds !== false;
  const months = parts.months === true;
  requireWeeks(calendar, granularity);
  const layouts = layoutsOf(calendar);
  const first = dayNumberUnchecked(horizon.start);
  const last = dayNumberUnchecked(horizon.end);
  let layout = layoutOfDay(layouts, first);
  const firstYear = layout.year;
  const firstIndex = indexOfDay(layout, granularity, first);
  // Lists not asked for stay one shared empty list: a grid costs only what its caller reads.
  const bounds: number[] = withBounds ? [] : NONE;
  const covered: number[] = withBounds ? [] : NONE;
  const coverage: number[] = [];
  const monthStart: number[] = months ? [] : NONE;
  const monthList: number[] = months ? [] : NONE;
  const monthShare: number[] = months ? [] : NONE;
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
        bounds.push(start);
        covered.push(days);
      }
      const share = days === 7 ? 1 : days / 7;
      coverage.push(share);
      if (months) {
        monthStart.push(monthList.length);
        monthList.push(monthOfDay(layout.boundaries, start) - 1);
        monthShare.push(share);
      }
      if (start + 7 > last) break;
      index++;
    }
    if (withBounds) bounds.push((bounds[bounds.length - 1] as number) + 7);
  } else {
    const per = monthsPer[granularity];
    let month = (firstIndex - 1) * per + 1;
    let after = 0;
    for (;;) {
      if (month > 12) {
        layout = layoutOf(layouts, layout.year + 1);
        month = 1;
      }
      const b = layout.boundaries;
      const start = b[month - 1] as number;
      after = b[month - 1 + per] as number;
      const days = Math.min(after - 1, last) - Math.max(start, first) + 1;
      if (withBounds) {
        bounds.push(start);
        covered.push(days);
      }
      const whole = days === after - start;
      coverage.push(whole ? 1 : days / (after - start));
      if (months) {
        monthStart.push(monthList.length);
        for (let m = month; m < month + per; m++) {
          const mStart = b[m - 1] as number;
          const mAfter = b[m] as number;
          const mDays = whole
            ? mAfter - mStart
            : Math.min(mAfter - 1, last) - Math.max(mStart, first) + 1;
          if (mDays <= 0) continue;
          monthList.push(m - 1);
          monthShare.push(mDays === mAfter - mStart ? 1 : mDays / (mAfter - mStart));
        }
      }
      if (after > last) break;
      month += per;
    }
    if (withBounds) bounds.push(after);
  }
  if (months) monthStart.push(monthList.length);
  return {
    count: coverage.length,
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
function monthOfDay(boundaries: ReadonlyArray<number>, day: number): number {
  let month = 1;
  while (month < 12 && day >= (boundaries[month] as number)) month++;
  return month;
}

/**
 * The seasonal weight of each period's covered part: Σ over its fiscal months of weight × covered
 * share of the month (weeks: the weight of the fiscal month the week starts in × covered share).
 */
export function seasonalWeights(grid: PeriodGrid, monthWeights: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < grid.count; i++) {
    let sum = 0;
    for (let k = grid.monthStart[i] as number; k < (grid.monthStart[i + 1] as number); k++) {
      const weight = monthWeights[grid.month[k] as number] as number;
      const share = grid.monthShare[k] as number;
      sum += share === 1 ? weight : weight * share;
    }
    out.push(sum);
  }
  return out;
}

/**
 * The periods a horizon covers, as day numbers and coverage factors, without building a date
 * string or a period object per period: the fast path the cascade walks for every objective.
 *
 * Grids are memoised per calendar object (a `WeakMap`, so a calendar no longer used takes its
 * grids with it) and per horizon and granularity, bounded in size. A grid is frozen and depends only
 * on its key, so the memo never changes a result; it exists because a portfolio cascades
 * thousands of objectives over the same few horizons, and walking the calendar costs more than
 * the rest of a cascade.
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { toDayNumber } from '../../calendar/internal/day-number.js';
import {
  checkYear,
  indexOfDay,
  layoutOfDay,
  periodCount,
  requireWeeks,
  type YearLayout,
  yearLayout,
} from '../../calendar/internal/fiscal-year.js';
import type { Granularity } from '../../calendar/period.js';
import { ValidationError } from '../../errors.js';
import type { Horizon } from '../../model/horizon.js';

const monthsPer = { year: 12, half: 6, quarter: 3, month: 1, week: 0 } as const;

/** The periods of a horizon at one granularity (frozen). */
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
   * The fiscal months each period covers, for seasonality: for period i, the entries
   * `monthStart[i] … monthStart[i + 1] − 1` of `month` (fiscal month 0–11) and `monthShare` (the
   * covered share of that month; for weeks, the week's covered share of 7 days).
   */
  readonly monthStart: ReadonlyArray<number>;
  readonly month: ReadonlyArray<number>;
  readonly monthShare: ReadonlyArray<number>;
}

const MEMO_LIMIT = 512;
const memo = new WeakMap<FiscalCalendar, Map<string, PeriodGrid>>();
// The last grid handed out, checked first: consecutive objectives usually share a horizon.
let last:
  | { calendar: FiscalCalendar; start: string; end: string; granularity: string; grid: PeriodGrid }
  | undefined;

/** The grid of a horizon at a granularity, from the memo or walked and remembered. */
export function periodGrid(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
): PeriodGrid {
  if (
    last !== undefined &&
    last.calendar === calendar &&
    last.granularity === granularity &&
    last.start === horizon.start &&
    last.end === horizon.end
  ) {
    return last.grid;
  }
  let grids = memo.get(calendar);
  if (grids === undefined) {
    grids = new Map();
    memo.set(calendar, grids);
  }
  const key = `${granularity} ${horizon.start} ${horizon.end}`;
  let grid = grids.get(key);
  if (grid === undefined) {
    grid = walkGrid(calendar, horizon, granularity);
    if (grids.size >= MEMO_LIMIT) grids.clear();
    grids.set(key, grid);
  }
  last = { calendar, start: horizon.start, end: horizon.end, granularity, grid };
  return grid;
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

function nextLayout(calendar: FiscalCalendar, layout: YearLayout): YearLayout {
  checkYear(layout.year + 1);
  return yearLayout(calendar, layout.year + 1);
}

/** The fiscal month (1–12) of a layout containing a day. */
function monthOfDay(layout: YearLayout, day: number): number {
  const b = layout.boundaries;
  let month = 1;
  while (month < 12 && day >= (b[month] as number)) month++;
  return month;
}

function walkGrid(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
): PeriodGrid {
  requireWeeks(calendar, granularity);
  const first = toDayNumber(horizon.start, 'start');
  const last = toDayNumber(horizon.end, 'end');
  if (last < first) {
    throw new ValidationError('Invalid horizon', [
      {
        code: 'horizon-reversed',
        path: ['horizon', 'end'],
        message: 'The end is before the start',
        received: JSON.stringify(horizon.end),
        expected: `a date on or after ${JSON.stringify(horizon.start)}`,
      },
    ]);
  }
  const firstLayout = layoutOfDay(calendar, first);
  const lastLayout = layoutOfDay(calendar, last);
  const firstIndex = indexOfDay(firstLayout, granularity, first);
  const lastIndex = indexOfDay(lastLayout, granularity, last);
  let count: number;
  if (granularity === 'week') {
    count = lastIndex - firstIndex + 1;
    for (let year = firstLayout.year; year < lastLayout.year; year++) {
      count += year === firstLayout.year ? firstLayout.weeks : yearLayout(calendar, year).weeks;
    }
  } else {
    count =
      (lastLayout.year - firstLayout.year) * periodCount(firstLayout, granularity) +
      lastIndex -
      firstIndex +
      1;
  }
  const bounds: number[] = [];
  const covered: number[] = [];
  const coverage: number[] = [];
  const monthStart: number[] = [];
  const months: number[] = [];
  const monthShare: number[] = [];
  let layout = firstLayout;
  if (granularity === 'week') {
    let index = firstIndex;
    for (let i = 0; i < count; i++) {
      if (index > layout.weeks) {
        layout = nextLayout(calendar, layout);
        index = 1;
      }
      const start = (layout.boundaries[0] as number) + 7 * (index - 1);
      bounds.push(start);
      const days = Math.min(start + 6, last) - Math.max(start, first) + 1;
      covered.push(days);
      const share = days === 7 ? 1 : days / 7;
      coverage.push(share);
      monthStart.push(months.length);
      months.push(monthOfDay(layout, start) - 1);
      monthShare.push(share);
      index++;
    }
    bounds.push((bounds[count - 1] as number) + 7);
  } else {
    const per = monthsPer[granularity];
    let month = (firstIndex - 1) * per + 1;
    for (let i = 0; i < count; i++) {
      if (month > 12) {
        layout = nextLayout(calendar, layout);
        month = 1;
      }
      const b = layout.boundaries;
      const start = b[month - 1] as number;
      const after = b[month - 1 + per] as number;
      bounds.push(start);
      const days = Math.min(after - 1, last) - Math.max(start, first) + 1;
      covered.push(days);
      const whole = days === after - start;
      coverage.push(whole ? 1 : days / (after - start));
      monthStart.push(months.length);
      for (let m = month; m < month + per; m++) {
        const mStart = b[m - 1] as number;
        const mAfter = b[m] as number;
        const mDays = whole
          ? mAfter - mStart
          : Math.min(mAfter - 1, last) - Math.max(mStart, first) + 1;
        if (mDays <= 0) continue;
        months.push(m - 1);
        monthShare.push(mDays === mAfter - mStart ? 1 : mDays / (mAfter - mStart));
      }
      month += per;
      if (i === count - 1) bounds.push(after);
    }
  }
  monthStart.push(months.length);
  return Object.freeze({
    count,
    firstYear: firstLayout.year,
    firstIndex,
    bounds: Object.freeze(bounds),
    covered: Object.freeze(covered),
    coverage: Object.freeze(coverage),
    monthStart: Object.freeze(monthStart),
    month: Object.freeze(months),
    monthShare: Object.freeze(monthShare),
  });
}

/**
 * The periods a horizon covers, as day numbers and coverage factors, without building a date
 * string or a period object per period: the fast path the cascade walks for every objective.
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

/** The periods of a horizon at one granularity. */
export interface PeriodGrid {
  readonly count: number;
  /** Fiscal year and index of the first period. */
  readonly firstYear: number;
  readonly firstIndex: number;
  /** The first day (day number) of each period, then the day after the last period. */
  readonly bounds: Int32Array;
  /** Covered days of each period. */
  readonly covered: Int32Array;
  /** Covered share of each period: covered days / period days (exactly 1 for a whole period). */
  readonly coverage: Float64Array;
  /**
   * The seasonal weight of each period's covered part: Σ over its fiscal months of
   * weight × covered days / month days (weeks: the weight of the fiscal month the week starts
   * in × covered days / 7). Absent without seasonality.
   */
  readonly seasonal: Float64Array | undefined;
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

/**
 * Walks the periods of `granularity` covering a horizon.
 *
 * @param monthWeights - seasonal weights of fiscal months 1–12 (index 0–11), or undefined
 */
export function periodGrid(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
  monthWeights: ArrayLike<number> | undefined,
): PeriodGrid {
  requireWeeks(calendar, granularity);
  const first = toDayNumber(horizon.start, 'start');
  const last = toDayNumber(horizon.end, 'end');
  if (last < first) {
    throw new ValidationError('Invalid horizon', [
      {
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
  const bounds = new Int32Array(count + 1);
  const covered = new Int32Array(count);
  const coverage = new Float64Array(count);
  const seasonal = monthWeights === undefined ? undefined : new Float64Array(count);
  let layout = firstLayout;
  if (granularity === 'week') {
    let index = firstIndex;
    for (let i = 0; i < count; i++) {
      if (index > layout.weeks) {
        layout = nextLayout(calendar, layout);
        index = 1;
      }
      const start = (layout.boundaries[0] as number) + 7 * (index - 1);
      bounds[i] = start;
      const days = Math.min(start + 6, last) - Math.max(start, first) + 1;
      covered[i] = days;
      coverage[i] = days === 7 ? 1 : days / 7;
      if (seasonal !== undefined && monthWeights !== undefined) {
        const weight = monthWeights[monthOfDay(layout, start) - 1] as number;
        seasonal[i] = days === 7 ? weight : (weight * days) / 7;
      }
      index++;
    }
    bounds[count] = (bounds[count - 1] as number) + 7;
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
      bounds[i] = start;
      const days = Math.min(after - 1, last) - Math.max(start, first) + 1;
      covered[i] = days;
      const whole = days === after - start;
      coverage[i] = whole ? 1 : days / (after - start);
      if (seasonal !== undefined && monthWeights !== undefined) {
        let sum = 0;
        for (let m = month; m < month + per; m++) {
          const weight = monthWeights[m - 1] as number;
          if (whole) {
            sum += weight;
            continue;
          }
          const mStart = b[m - 1] as number;
          const mAfter = b[m] as number;
          const mDays = Math.min(mAfter - 1, last) - Math.max(mStart, first) + 1;
          if (mDays <= 0) continue;
          sum += mDays === mAfter - mStart ? weight : (weight * mDays) / (mAfter - mStart);
        }
        seasonal[i] = sum;
      }
      month += per;
      if (i === count - 1) bounds[count] = after;
    }
  }
  return {
    count,
    firstYear: firstLayout.year,
    firstIndex,
    bounds,
    covered,
    coverage,
    seasonal,
  };
}

/**
 * The periods a horizon covers, as day numbers and coverage factors, without building a date
 * string or a period object per period: what the roll-ups, the step periods, the checks of a
 * cascade and the seasonal weights walk (a cascade without seasonality needs only the two ends of
 * its horizon, see `period-outline.ts`).
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

/** Fiscal months in a period of each granularity (0 for weeks). */
export const monthsPer = { year: 12, half: 6, quarter: 3, month: 1, week: 0 } as const;

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
}

/**
 * The grid of a horizon at a granularity. The horizon is valid (its end not before its start).
 *
 * @throws `UnsupportedGranularityError` for weeks on a month-based calendar
 * @throws `FiscalYearOutOfRangeError` beyond the fiscal years 1900 to 2200
 */
export function periodGrid(
  calendar: FiscalCalendar,
  horizon: Horizon,
  granularity: Granularity,
): PeriodGrid {
  requireWeeks(calendar, granularity);
  const layouts = layoutsOf(calendar);
  const first = dayNumberUnchecked(horizon.start);
  const last = dayNumberUnchecked(horizon.end);
  let layout = layoutOfDay(layouts, first);
  const firstYear = layout.year;
  const firstIndex = indexOfDay(layout, granularity, first);
  const bounds: number[] = [];
  const covered: number[] = [];
  const coverage: number[] = [];
  if (granularity === 'week') {
    let index = firstIndex;
    for (;;) {
      if (index > layout.weeks) {
        layout = layoutOf(layouts, layout.year + 1);
        index = 1;
      }
      const start = (layout.boundaries[0] as number) + 7 * (index - 1);
      const days = Math.min(start + 6, last) - Math.max(start, first) + 1;
      bounds.push(start);
      covered.push(days);
      const share = days === 7 ? 1 : days / 7;
      coverage.push(share);
      if (start + 7 > last) break;
      index++;
    }
    bounds.push((bounds[bounds.length - 1] as number) + 7);
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
      bounds.push(start);
      covered.push(days);
      const whole = days === after - start;
      coverage.push(whole ? 1 : days / (after - start));
      if (after > last) break;
      month += per;
    }
    bounds.push(after);
  }
  return {
    count: coverage.length,
    firstYear,
    firstIndex,
    bounds,
    covered,
    coverage,
  };
}

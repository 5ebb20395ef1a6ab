/**
 * The periods of a cascade's steps as values, with their bounds: built only when steps or rows
 * are asked for, never on the cascade's fast path.
 *
 * @module
 */
import { periodCount } from '../../calendar/fiscal-year-layout.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import type { Period } from '../../calendar/period.js';
import { isoDateUnchecked } from '../../calendar/unchecked-days.js';
import type { Cascade } from '../cascade-result.js';
import { periodGrid } from './period-grid.js';
import { layoutOf, layoutsOf } from './year-layouts.js';

export interface StepPeriod {
  readonly period: Period;
  /** The period's first day, and its first day as a day number. */
  readonly start: IsoDate;
  readonly startDay: number;
  /** The period's last day, and the day number of the day after it. */
  readonly end: IsoDate;
  readonly afterDay: number;
  readonly days: number;
  readonly partial: boolean;
}

export function stepPeriods(plan: Cascade): StepPeriod[] {
  const { calendar, granularity } = plan;
  const grid = periodGrid(calendar, plan.horizon, granularity);
  const layouts = layoutsOf(calendar);
  const out: StepPeriod[] = [];
  let year = grid.firstYear;
  let index = grid.firstIndex;
  let count = periodCount(layoutOf(layouts, year), granularity);
  for (let i = 0; i < grid.count; i++) {
    if (index > count) {
      year++;
      index = 1;
      count = periodCount(layoutOf(layouts, year), granularity);
    }
    const start = grid.bounds[i] as number;
    const after = grid.bounds[i + 1] as number;
    const days = grid.covered[i] as number;
    out.push({
      period: { calendar: calendar.id, granularity, year, index },
      start: isoDateUnchecked(start),
      startDay: start,
      end: isoDateUnchecked(after - 1),
      afterDay: after,
      days,
      partial: days < after - start,
    });
    index++;
  }
  return out;
}

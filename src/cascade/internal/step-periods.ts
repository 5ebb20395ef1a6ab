/**
 * The periods of a cascade's steps as values, with their bounds: built only when steps or rows
 * are asked for, never on the cascade's fast path.
 *
 * @module
 */
import { fromDayNumber } from '../../calendar/internal/day-number.js';
import { periodCount, yearLayout } from '../../calendar/internal/fiscal-year.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import type { Period } from '../../calendar/period.js';
import type { Cascade } from '../cascade.js';
import { periodGrid } from './period-grid.js';

export interface StepPeriod {
  readonly period: Period;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly days: number;
  readonly partial: boolean;
}

export function stepPeriods(plan: Cascade): StepPeriod[] {
  const { calendar, granularity } = plan;
  const grid = periodGrid(calendar, plan.horizon, granularity);
  const out: StepPeriod[] = [];
  let year = grid.firstYear;
  let index = grid.firstIndex;
  let count = periodCount(yearLayout(calendar, year), granularity);
  for (let i = 0; i < grid.count; i++) {
    if (index > count) {
      year++;
      index = 1;
      count = periodCount(yearLayout(calendar, year), granularity);
    }
    const start = grid.bounds[i] as number;
    const after = grid.bounds[i + 1] as number;
    const days = grid.covered[i] as number;
    out.push({
      period: { calendar: calendar.id, granularity, year, index },
      start: fromDayNumber(start),
      end: fromDayNumber(after - 1),
      days,
      partial: days < after - start,
    });
    index++;
  }
  return out;
}

/**
 * Yearly figures split over the periods of a fiscal year: by days, by largest remainder in whole
 * units (minor units for money, tenths for hours), so the periods of a year add up to the yearly
 * figure exactly. Never by division: a quarter's 92/365 of a year is not a finite decimal.
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { layoutOfPeriod, periodBounds, periodCount } from '../../calendar/fiscal-year-layout.js';
import type { Period } from '../../calendar/period.js';
import { allocate } from '../../money/allocate.js';
import type { Decimal } from '../../money/to-decimal.js';

/** The periods of one granularity in one fiscal year, by their days. */
export interface YearGroup {
  /** The days of each period of the granularity in the year, in order. */
  readonly days: ReadonlyArray<number>;
  /** The days of the year. */
  readonly yearDays: number;
}

/** Where a period sits in its year: its group, its place in it and its first and after-last day. */
export interface YearSlot {
  readonly group: YearGroup;
  /** 0-based place of the period among the periods of its granularity in its year. */
  readonly place: number;
  /** The day number of its first day. */
  readonly start: number;
  /** The day number after its last day. */
  readonly end: number;
}

/**
 * The slot of a checked period of the calendar, reusing the groups already laid out in `groups`
 * (a map the caller owns for one call).
 */
export function yearSlot(
  calendar: FiscalCalendar,
  period: Period,
  groups: Map<string, YearGroup>,
): YearSlot {
  const layout = layoutOfPeriod(calendar, period);
  const key = `${period.year}:${period.granularity}`;
  let group = groups.get(key);
  if (group === undefined) {
    const days: number[] = [];
    for (let index = 1; index <= periodCount(layout, period.granularity); index++) {
      const [start, end] = periodBounds(layout, period.granularity, index);
      days.push(end - start);
    }
    const first = layout.boundaries[0] ?? 0;
    const last = layout.boundaries[layout.boundaries.length - 1] ?? first;
    group = { days, yearDays: last - first };
    groups.set(key, group);
  }
  const [start, end] = periodBounds(layout, period.granularity, period.index);
  return { group, place: period.index - 1, start, end };
}

/**
 * A yearly amount of money in whole minor units (`digits` decimals), split over the periods of a year group by days.
 * Returns every period's part, in order.
 */
export function splitMoney(amount: Decimal, digits: number, group: YearGroup): Decimal[] {
  if (group.days.length === 1) return [amount];
  // In units of 10^-digits, the currency's minor units: the quantity form of allocate, which
  // splits the same way without building a Money per part.
  return allocate(amount, group.days, { decimals: digits });
}

/** A yearly number of hours in tenths, split over the periods of a year group by days. */
export function splitHours(hours: Decimal, group: YearGroup): Decimal[] {
  if (group.days.length === 1) return [hours];
  return allocate(hours, group.days, { decimals: 1 });
}

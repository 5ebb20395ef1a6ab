/**
 * The layouts of fiscal years (day numbers of their months) that the cascade walks, remembered
 * per calendar **value**: the key is made of the fields that lay a year out (not the id, not the
 * object), so two equal calendars share their layouts, and a calendar changed in place gets a new
 * key and is laid out afresh. Nothing here can go stale.
 *
 * A private cache (CONTRIBUTING: allowed exceptions): it never changes a result, and it is bounded
 * (at most {@link MAX_CALENDARS} calendar values, each at most one layout per fiscal year 1900 to
 * 2200), so no input can grow it without end.
 *
 * @module
 */
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import {
  checkYear,
  firstFiscalYear,
  type YearLayout,
  yearLayout,
} from '../../calendar/fiscal-year-layout.js';

/** Distinct calendar values remembered before the cache starts again. */
export const MAX_CALENDARS = 64;

const cache = new Map<number, Array<YearLayout | undefined>>();

const weekdays = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
} as const;
const patterns = { '4-4-5': 0, '4-5-4': 1, '5-4-4': 2 } as const;

/**
 * The fields that lay a calendar's years out, as one number (the id plays no part): 0–23 for the
 * month-based calendars (start month, year naming), 24 and up for the 52/53-week ones (year-end
 * month, weekday, rule, pattern, leap week, year naming).
 */
export function layoutKey(calendar: FiscalCalendar): number {
  const naming = calendar.yearNaming === 'start-year' ? 1 : 0;
  if (calendar.kind === 'month-based') return calendar.startMonth - 1 + 12 * naming;
  const end = calendar.yearEnd;
  const day = (end.month - 1) * 7 + weekdays[end.weekday];
  const rule = day * 2 + (end.rule === 'nearest' ? 1 : 0);
  const pattern = rule * 3 + patterns[calendar.pattern];
  const leap = pattern * 2 + (calendar.leapWeek === 'first-quarter' ? 1 : 0);
  return 24 + leap * 2 + naming;
}

/**
 * The layouts of one calendar, read with {@link layoutOf}. Look it up once per call of a public
 * function (the calendar may change between calls, never during one).
 */
export interface Layouts {
  readonly calendar: FiscalCalendar;
  readonly years: Array<YearLayout | undefined>;
}

/** The layouts of a calendar's value. */
export function layoutsOf(calendar: FiscalCalendar): Layouts {
  const key = layoutKey(calendar);
  let years = cache.get(key);
  if (years === undefined) {
    if (cache.size >= MAX_CALENDARS) cache.clear();
    years = [];
    cache.set(key, years);
  }
  return { calendar, years };
}

/** The layout of a fiscal year (1900 to 2200, else `FiscalYearOutOfRangeError`). */
export function layoutOf(layouts: Layouts, year: number): YearLayout {
  const at = year - firstFiscalYear;
  const known = layouts.years[at];
  if (known !== undefined) return known;
  checkYear(year);
  const layout = yearLayout(layouts.calendar, year);
  layouts.years[at] = layout;
  return layout;
}

/** The layout of the fiscal year containing a day. */
export function layoutOfDay(layouts: Layouts, day: number): YearLayout {
  // A first guess within a year of the fiscal year (day 0 is 1970-01-01); the loops settle it.
  let year = 1970 + Math.floor(day / 365.2425);
  let layout = layoutOf(layouts, year);
  while (day < (layout.boundaries[0] as number)) layout = layoutOf(layouts, --year);
  while (day >= (layout.boundaries[12] as number)) layout = layoutOf(layouts, ++year);
  return layout;
}

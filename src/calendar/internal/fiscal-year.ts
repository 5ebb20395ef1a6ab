/**
 * The layout of one fiscal year as day numbers: where it starts, where each of its twelve fiscal
 * months starts, and how many weeks it has. Every period bound derives from it.
 *
 * @module
 */
import {
  CalendarMismatchError,
  FiscalYearOutOfRangeError,
  InvalidPeriodError,
  UnsupportedGranularityError,
} from '../errors.js';
import type { FiscalCalendar, WeekBasedCalendar } from '../fiscal-calendar.js';
import type { Granularity, Period } from '../period.js';
import { civilFromDay, dayFromCivil, daysInMonth, weekdayOfDay } from './day-number.js';

export const firstFiscalYear = 1900;
export const lastFiscalYear = 2200;

export interface YearLayout {
  readonly year: number;
  /** Day numbers of the starts of fiscal months 1 to 12, then the day after the year's end. */
  readonly boundaries: ReadonlyArray<number>;
  /** 52 or 53 on week-based calendars, 0 on month-based ones. */
  readonly weeks: number;
}

/** Coarsest first: a lower rank contains periods of a higher one. */
export const granularityRank: Readonly<Record<Granularity, number>> = {
  year: 0,
  half: 1,
  quarter: 2,
  month: 3,
  week: 4,
};

const monthsPer = { year: 12, half: 6, quarter: 3, month: 1 } as const;

const weekdayNumber = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
} as const;

const patternWeeks = {
  '4-4-5': [4, 4, 5],
  '4-5-4': [4, 5, 4],
  '5-4-4': [5, 4, 4],
} as const;

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < firstFiscalYear || year > lastFiscalYear) {
    throw new FiscalYearOutOfRangeError(year);
  }
}

/** The day number of the last day of the fiscal year whose anchor month falls in `anchorYear`. */
function yearEndDay(calendar: WeekBasedCalendar, anchorYear: number): number {
  const { month, weekday, rule } = calendar.yearEnd;
  const lastOfMonth = dayFromCivil(anchorYear, month, daysInMonth(anchorYear, month));
  const back = (weekdayOfDay(lastOfMonth) - weekdayNumber[weekday] + 7) % 7;
  return rule === 'last' || back <= 3 ? lastOfMonth - back : lastOfMonth - back + 7;
}

/** The calendar year of the anchor month at the end of a week-based fiscal year. */
function anchorYearOf(calendar: WeekBasedCalendar, year: number): number {
  return calendar.yearNaming === 'start-year' && calendar.yearEnd.month !== 12 ? year + 1 : year;
}

export function yearLayout(calendar: FiscalCalendar, year: number): YearLayout {
  const boundaries: number[] = [];
  if (calendar.kind === 'month-based') {
    const startYear =
      calendar.yearNaming !== 'start-year' && calendar.startMonth !== 1 ? year - 1 : year;
    for (let i = 0; i <= 12; i++) {
      const month0 = calendar.startMonth - 1 + i;
      boundaries.push(dayFromCivil(startYear + Math.floor(month0 / 12), (month0 % 12) + 1, 1));
    }
    return { year, boundaries, weeks: 0 };
  }
  const anchorYear = anchorYearOf(calendar, year);
  const start = yearEndDay(calendar, anchorYear - 1) + 1;
  const weeks = (yearEndDay(calendar, anchorYear) - start + 1) / 7;
  const pattern = patternWeeks[calendar.pattern];
  const extraMonth = weeks === 53 ? (calendar.leapWeek === 'first-quarter' ? 0 : 11) : -1;
  let day = start;
  for (let i = 0; i < 12; i++) {
    boundaries.push(day);
    day += 7 * ((pattern[i % 3] ?? 0) + (i === extraMonth ? 1 : 0));
  }
  boundaries.push(day);
  return { year, boundaries, weeks };
}

export function requireWeeks(calendar: FiscalCalendar, granularity: Granularity): void {
  if (granularity === 'week' && calendar.kind === 'month-based') {
    throw new UnsupportedGranularityError(
      calendar.id,
      'week',
      'weeks need a week-based (52/53-week) calendar; accepted here: year, half, quarter, month',
    );
  }
}

export function periodCount(layout: YearLayout, granularity: Granularity): number {
  return granularity === 'week' ? layout.weeks : 12 / monthsPer[granularity];
}

/** Checks a period against its calendar and returns the layout of its fiscal year. */
export function layoutOfPeriod(calendar: FiscalCalendar, period: Period): YearLayout {
  if (period.calendar !== calendar.id)
    throw new CalendarMismatchError(calendar.id, period.calendar);
  requireWeeks(calendar, period.granularity);
  checkYear(period.year);
  const layout = yearLayout(calendar, period.year);
  const count = periodCount(layout, period.granularity);
  if (!Number.isInteger(period.index) || period.index < 1 || period.index > count) {
    throw new InvalidPeriodError(period, count);
  }
  return layout;
}

/** The first day and the day after the last day of a period, as day numbers. */
export function periodBounds(
  layout: YearLayout,
  granularity: Granularity,
  index: number,
): readonly [number, number] {
  const b = layout.boundaries;
  if (granularity === 'week') {
    const start = (b[0] ?? 0) + 7 * (index - 1);
    return [start, start + 7];
  }
  const months = monthsPer[granularity];
  return [b[months * (index - 1)] ?? 0, b[months * index] ?? 0];
}

/** The index of the period of a granularity containing a day of the fiscal year. */
export function indexOfDay(layout: YearLayout, granularity: Granularity, day: number): number {
  const b = layout.boundaries;
  if (granularity === 'week') return Math.floor((day - (b[0] ?? 0)) / 7) + 1;
  let month = 1;
  while (month < 12 && day >= (b[month] ?? 0)) month++;
  return Math.ceil(month / monthsPer[granularity]);
}

/** The layout of the fiscal year containing a day. */
export function layoutOfDay(calendar: FiscalCalendar, day: number): YearLayout {
  let year = civilFromDay(day)[0];
  let layout = yearLayout(calendar, year);
  while (day < (layout.boundaries[0] ?? 0)) layout = yearLayout(calendar, --year);
  while (day >= (layout.boundaries[12] ?? 0)) layout = yearLayout(calendar, ++year);
  checkYear(year);
  return layout;
}

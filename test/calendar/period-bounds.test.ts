import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  type FiscalCalendar,
  nrfRetail,
  type Period,
  periodDays,
  periodEnd,
  periodStart,
  periodsInYear,
} from '../../src/index.js';
import { anyCalendar, anyYear, daysBetween, weekBased } from './arbitraries.js';

const p = (calendar: string, granularity: Period['granularity'], year: number, index: number) =>
  ({ calendar, granularity, year, index }) as const;

describe('periodStart and periodEnd', () => {
  it('give the first and the last day of a period', () => {
    expect(periodStart(calendarYear, p('calendar', 'half', 2027, 2))).toBe('2027-07-01');
    expect(periodEnd(calendarYear, p('calendar', 'half', 2027, 2))).toBe('2027-12-31');
  });
  it('end February on the 29th in leap years only', () => {
    expect(periodEnd(calendarYear, p('calendar', 'month', 2028, 2))).toBe('2028-02-29');
    expect(periodEnd(calendarYear, p('calendar', 'month', 2027, 2))).toBe('2027-02-28');
    expect(periodEnd(calendarYear, p('calendar', 'month', 2100, 2))).toBe('2100-02-28');
    expect(periodEnd(calendarYear, p('calendar', 'month', 2000, 2))).toBe('2000-02-29');
  });
  it('refuses a period of another calendar', () => {
    expect(() =>
      periodStart(nrfRetail, p('calendar', 'year', 2027, 1)),
    ).toThrowErrorMatchingInlineSnapshot(
      `[CalendarMismatchError: Period of calendar "calendar" used with calendar "nrf-4-5-4": convert it first, or pass the calendar with id "calendar"]`,
    );
  });
  it('refuses indexes the fiscal year does not have', () => {
    expect(() =>
      periodStart(calendarYear, p('calendar', 'quarter', 2027, 5)),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidPeriodError: Period index 5 does not exist: fiscal 2027 of calendar "calendar" has quarters 1 to 4]`,
    );
    expect(() =>
      periodEnd(nrfRetail, p('nrf-4-5-4', 'week', 2024, 53)),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidPeriodError: Period index 53 does not exist: fiscal 2024 of calendar "nrf-4-5-4" has weeks 1 to 52]`,
    );
    expect(() => periodEnd(calendarYear, p('calendar', 'month', 2027, 1.5))).toThrow(/index 1.5/);
  });
  it('refuses fiscal years outside 1900 to 2200 and weeks on month-based calendars', () => {
    expect(() => periodStart(calendarYear, p('calendar', 'year', 1899, 1))).toThrow(
      /1899 is out of range/,
    );
    expect(() => periodStart(calendarYear, p('calendar', 'week', 2027, 1))).toThrow(/week-based/);
  });
});

describe('periodDays', () => {
  it('counts 366 days in leap calendar years and 29 in a leap February', () => {
    expect(periodDays(calendarYear, p('calendar', 'year', 2028, 1))).toBe(366);
    expect(periodDays(calendarYear, p('calendar', 'month', 2028, 2))).toBe(29);
  });

  test.prop([weekBased, anyYear])('gives week-based years 364 or 371 days', (calendar, year) => {
    expect([364, 371]).toContain(periodDays(calendar, p(calendar.id, 'year', year, 1)));
  });

  test.prop([anyCalendar, anyYear, fc.constantFrom('half', 'quarter', 'month' as const)])(
    "sums a year's halves, quarters and months to the year's days",
    (calendar, year, granularity) => {
      const total = periodsInYear(calendar, year, granularity).reduce(
        (sum, period) => sum + periodDays(calendar, period),
        0,
      );
      expect(total).toBe(periodDays(calendar, p(calendar.id, 'year', year, 1)));
    },
  );

  test.prop([anyCalendar, anyYear])(
    'agrees with the distance from start to end',
    (calendar, year) => {
      const period = p(calendar.id, 'year', year, 1);
      expect(periodDays(calendar, period)).toBe(
        daysBetween(periodStart(calendar, period), periodEnd(calendar, period)) + 1,
      );
    },
  );

  test.prop([anyCalendar, anyYear])('makes consecutive fiscal years adjoin', (calendar, year) => {
    const end = periodEnd(calendar, p(calendar.id, 'year', year, 1));
    const next = periodStart(calendar, p(calendar.id, 'year', year + 1, 1));
    expect(daysBetween(end, next)).toBe(1);
  });

  it('keeps week-based fiscal years within a week of their anchor month', () => {
    const calendar: FiscalCalendar = { ...nrfRetail, yearNaming: 'end-year' };
    expect(periodEnd(calendar, p(calendar.id, 'year', 2024, 1))).toBe('2024-02-03');
  });
});

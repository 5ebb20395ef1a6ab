import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  childPeriods,
  type FiscalCalendar,
  nrfRetail,
  periodDays,
  periodEnd,
  periodOf,
  periodStart,
  periodsInYear,
} from '../../src/index.js';

const year = (calendar: FiscalCalendar, y: number) =>
  ({ calendar: calendar.id, granularity: 'year', year: y, index: 1 }) as const;
const weeksOf = (calendar: FiscalCalendar, y: number) =>
  periodDays(calendar, year(calendar, y)) / 7;

describe('nrfRetail', () => {
  it('has 53-week years in fiscal 2000, 2006, 2012, 2017 and 2023 and no others from 1996 to 2027', () => {
    const long = [];
    for (let y = 1996; y <= 2027; y++) if (weeksOf(nrfRetail, y) === 53) long.push(y);
    expect(long).toEqual([2000, 2006, 2012, 2017, 2023]);
  });
  it('also has 53 weeks in fiscal 1995 and 2028, as the NRF publishes', () => {
    // Fiscal 1995 ran 29 Jan 1995 to 3 Feb 1996; fiscal 2028 runs 30 Jan 2028 to 3 Feb 2029.
    expect([weeksOf(nrfRetail, 1995), weeksOf(nrfRetail, 2028)]).toEqual([53, 53]);
    expect(periodStart(nrfRetail, year(nrfRetail, 2028))).toBe('2028-01-30');
    expect(periodEnd(nrfRetail, year(nrfRetail, 2028))).toBe('2029-02-03');
  });
  it('starts fiscal 2006 on 29 January 2006 and ends it on 3 February 2007', () => {
    expect(periodStart(nrfRetail, year(nrfRetail, 2006))).toBe('2006-01-29');
    expect(periodEnd(nrfRetail, year(nrfRetail, 2006))).toBe('2007-02-03');
  });
  it('ends every year on a Saturday', () => {
    for (let y = 1995; y <= 2030; y++) {
      expect(new Date(`${periodEnd(nrfRetail, year(nrfRetail, y))}T00:00:00Z`).getUTCDay()).toBe(6);
    }
  });
  it('lays out quarters 4-5-4 and puts the 53rd week into January (Q4 4-5-5)', () => {
    const weeks = (y: number) =>
      childPeriods(nrfRetail, year(nrfRetail, y), 'month').map((m) => periodDays(nrfRetail, m) / 7);
    expect(weeks(2024)).toEqual([4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4]);
    expect(weeks(2023)).toEqual([4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 5]);
    expect(
      periodStart(nrfRetail, { ...year(nrfRetail, 2023), granularity: 'month', index: 12 }),
    ).toBe('2023-12-31');
  });
  it('names a year by the calendar year it starts in', () => {
    expect(periodOf(nrfRetail, '2024-02-03', 'year').year).toBe(2023);
    expect(periodOf(nrfRetail, '2024-02-04', 'year').year).toBe(2024);
  });
});

describe('calendarYear', () => {
  it('runs fiscal years from 1 January to 31 December', () => {
    expect(periodStart(calendarYear, year(calendarYear, 2027))).toBe('2027-01-01');
    expect(periodEnd(calendarYear, year(calendarYear, 2027))).toBe('2027-12-31');
    expect(periodsInYear(calendarYear, 2028, 'month')).toHaveLength(12);
  });
});

describe('a 4-4-5 calendar ending on the last Saturday of December', () => {
  const retail445: FiscalCalendar = {
    kind: 'week-based',
    id: '445-dec',
    yearEnd: { month: 12, weekday: 'saturday', rule: 'last' },
    pattern: '4-4-5',
  };
  it('has 53 weeks in fiscal 2022, from 26 December 2021 to 31 December 2022', () => {
    // 25 Dec 2021 and 31 Dec 2022 were Saturdays, the last of their Decembers: 371 days apart.
    expect(weeksOf(retail445, 2022)).toBe(53);
    expect(periodStart(retail445, year(retail445, 2022))).toBe('2021-12-26');
    expect(periodEnd(retail445, year(retail445, 2022))).toBe('2022-12-31');
    expect(weeksOf(retail445, 2021)).toBe(52);
    expect(weeksOf(retail445, 2023)).toBe(52);
  });
  it('gives the 53rd week to the twelfth month by default, making it six weeks', () => {
    const months = childPeriods(retail445, year(retail445, 2022), 'month');
    expect(months.map((m) => periodDays(retail445, m) / 7)).toEqual([
      4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 6,
    ]);
    expect(
      periodStart(retail445, { ...year(retail445, 2022), granularity: 'month', index: 12 }),
    ).toBe('2022-11-20');
    expect(
      periodEnd(retail445, { ...year(retail445, 2022), granularity: 'quarter', index: 1 }),
    ).toBe('2022-03-26');
  });
  it('gives the 53rd week to the first month with leapWeek first-quarter', () => {
    const early: FiscalCalendar = { ...retail445, leapWeek: 'first-quarter' };
    const months = childPeriods(early, { ...year(early, 2022), calendar: early.id }, 'month');
    expect(months.map((m) => periodDays(early, m) / 7)).toEqual([
      5, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5,
    ]);
  });
});

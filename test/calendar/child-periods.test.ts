import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  childPeriods,
  formatPeriodKey,
  nrfRetail,
  parentPeriod,
  periodDays,
  periodEnd,
  periodStart,
  periodsInYear,
} from '../../src/index.js';
import { addDaysIso, anyCalendar, anyYear, granularityFor } from './arbitraries.js';

const rank = { year: 0, half: 1, quarter: 2, month: 3, week: 4 } as const;

describe('childPeriods', () => {
  it('splits a quarter into its months', () => {
    const q2 = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 2 } as const;
    expect(childPeriods(calendarYear, q2, 'month').map(formatPeriodKey)).toEqual([
      'FY2027-M04',
      'FY2027-M05',
      'FY2027-M06',
    ]);
  });
  it('splits an NRF quarter into 13 weeks', () => {
    const q1 = { calendar: 'nrf-4-5-4', granularity: 'quarter', year: 2024, index: 1 } as const;
    expect(childPeriods(nrfRetail, q1, 'week').map((p) => p.index)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
  });
  it('refuses a coarser granularity, and weeks on month-based calendars', () => {
    const month = { calendar: 'calendar', granularity: 'month', year: 2027, index: 2 } as const;
    expect(() => childPeriods(calendarYear, month, 'quarter')).toThrowErrorMatchingInlineSnapshot(
      `[UnsupportedGranularityError: Granularity "quarter" is not supported on calendar "calendar": children of a month must be as fine or finer (a month or shorter)]`,
    );
    expect(() => childPeriods(calendarYear, month, 'week')).toThrow(/week-based/);
  });

  test.prop([
    anyCalendar.chain((c) =>
      fc.tuple(fc.constant(c), anyYear, granularityFor(c), granularityFor(c)),
    ),
  ])('tiles the period exactly with children whose parent it is', ([calendar, year, a, b]) => {
    const [coarse, fine] = rank[a] <= rank[b] ? [a, b] : [b, a];
    for (const period of periodsInYear(calendar, year, coarse)) {
      const children = childPeriods(calendar, period, fine);
      let day = periodStart(calendar, period);
      for (const child of children) {
        expect(periodStart(calendar, child)).toBe(day);
        expect(parentPeriod(calendar, child, coarse)).toEqual(period);
        day = addDaysIso(periodEnd(calendar, child), 1);
      }
      expect(day).toBe(addDaysIso(periodEnd(calendar, period), 1));
      const total = children.reduce((sum, child) => sum + periodDays(calendar, child), 0);
      expect(total).toBe(periodDays(calendar, period));
    }
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  calendarYear,
  formatPeriodKey,
  nextPeriod,
  nrfRetail,
  type Period,
  periodEnd,
  periodStart,
  periodsInYear,
  previousPeriod,
} from '../../src/index.js';
import { addDaysIso, anyCalendar, anyYear, granularityFor } from './arbitraries.js';

const periodIn = (years: fc.Arbitrary<number>) =>
  anyCalendar.chain((calendar) =>
    fc
      .tuple(years, granularityFor(calendar))
      .chain(([year, granularity]) =>
        fc.constantFrom(...periodsInYear(calendar, year, granularity)),
      )
      .map((period) => [calendar, period] as const),
  );
const anyPeriod = periodIn(anyYear);
/** Far enough from 1900 and 2200 for 120 steps of any granularity. */
const midPeriod = periodIn(fc.integer({ min: 2021, max: 2079 }));

describe('addPeriods', () => {
  it('moves across fiscal years both ways', () => {
    const m11: Period = { calendar: 'calendar', granularity: 'month', year: 2027, index: 11 };
    expect(formatPeriodKey(addPeriods(calendarYear, m11, 14))).toBe('FY2029-M01');
    expect(formatPeriodKey(addPeriods(calendarYear, m11, -23))).toBe('FY2025-M12');
    expect(addPeriods(calendarYear, m11, 0)).toEqual(m11);
  });
  it('counts 53-week years as they are', () => {
    const w52: Period = { calendar: 'nrf-4-5-4', granularity: 'week', year: 2022, index: 52 };
    expect(formatPeriodKey(addPeriods(nrfRetail, w52, 54))).toBe('FY2024-W01');
    expect(formatPeriodKey(addPeriods(nrfRetail, w52, 200))).toBe(
      formatPeriodKey(addPeriods(nrfRetail, addPeriods(nrfRetail, w52, 100), 100)),
    );
  });
  it('refuses a fractional n and results outside fiscal 1900 to 2200', () => {
    const y: Period = { calendar: 'calendar', granularity: 'year', year: 2200, index: 1 };
    expect(() => addPeriods(calendarYear, y, 0.5)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid number of periods: 1 issue
        - n: Not an integer (received 0.5; expected a whole number of periods such as 3 or -1)]
    `);
    expect(() => nextPeriod(calendarYear, y)).toThrow(/2201 is out of range/);
    const w1: Period = { calendar: 'nrf-4-5-4', granularity: 'week', year: 1900, index: 1 };
    expect(() => previousPeriod(nrfRetail, w1)).toThrow(/1899 is out of range/);
  });

  test.prop([anyPeriod])(
    'undoes previousPeriod with nextPeriod and vice versa',
    ([calendar, period]) => {
      expect(nextPeriod(calendar, previousPeriod(calendar, period))).toEqual(period);
      expect(previousPeriod(calendar, nextPeriod(calendar, period))).toEqual(period);
    },
  );

  test.prop([anyPeriod])(
    'makes the next period start the day after the period ends',
    ([calendar, period]) => {
      expect(periodStart(calendar, nextPeriod(calendar, period))).toBe(
        addDaysIso(periodEnd(calendar, period), 1),
      );
    },
  );

  test.prop([midPeriod, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 })])(
    'adds steps associatively',
    ([calendar, period], m, n) => {
      expect(addPeriods(calendar, addPeriods(calendar, period, m), n)).toEqual(
        addPeriods(calendar, period, m + n),
      );
    },
  );
});

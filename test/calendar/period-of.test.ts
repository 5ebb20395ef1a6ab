import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type FiscalCalendar,
  periodEnd,
  periodOf,
  periodStart,
  periodsInYear,
} from '../../src/index.js';
import { runs } from '../property-runs.js';
import { addDaysIso, anyCalendar, anyDate, anyYear, granularityFor } from './arbitraries.js';

const fyJul: FiscalCalendar = { kind: 'month-based', id: 'fy-jul', startMonth: 7 };
const fyFeb: FiscalCalendar = { kind: 'month-based', id: 'fy-feb', startMonth: 2 };
const fyFebStart: FiscalCalendar = { ...fyFeb, yearNaming: 'start-year' };
const key = (calendar: FiscalCalendar, date: string, g: 'year' | 'quarter' | 'month') => {
  const p = periodOf(calendar, date, g);
  return `${p.year}/${p.granularity}/${p.index}`;
};

describe('periodOf', () => {
  it('puts 2027-05-15 in FY2027-Q4 of a July-start calendar', () => {
    expect(periodOf(fyJul, '2027-05-15', 'quarter')).toEqual({
      calendar: 'fy-jul',
      granularity: 'quarter',
      year: 2027,
      index: 4,
    });
    expect(key(fyJul, '2027-07-01', 'quarter')).toBe('2028/quarter/1');
  });
  it('puts 2026-02-01 in FY2027-M01 of a February-start calendar, named by its end year', () => {
    expect(key(fyFeb, '2026-02-01', 'month')).toBe('2027/month/1');
    expect(key(fyFeb, '2026-01-31', 'month')).toBe('2026/month/12');
    expect(key(fyFebStart, '2026-02-01', 'month')).toBe('2026/month/1');
  });
  it('names January-start years the same way under both namings', () => {
    const start: FiscalCalendar = {
      kind: 'month-based',
      id: 'c',
      startMonth: 1,
      yearNaming: 'start-year',
    };
    expect(key(start, '2027-06-30', 'year')).toBe('2027/year/1');
    expect(key({ ...start, yearNaming: 'end-year' }, '2027-06-30', 'year')).toBe('2027/year/1');
  });
  it('places 29 February in the right month and quarter of leap years', () => {
    expect(key(fyFeb, '2028-02-29', 'month')).toBe('2029/month/1');
    expect(key(fyJul, '2028-02-29', 'quarter')).toBe('2028/quarter/3');
  });
  it('refuses weeks on a month-based calendar', () => {
    expect(() => periodOf(fyJul, '2027-05-15', 'week')).toThrowErrorMatchingInlineSnapshot(
      `[UnsupportedGranularityError: Granularity "week" is not supported on calendar "fy-jul": weeks need a week-based (52/53-week) calendar; accepted here: year, half, quarter, month]`,
    );
  });
  it('refuses dates whose fiscal year is outside 1900 to 2200', () => {
    expect(() => periodOf(fyJul, '1899-06-30', 'year')).toThrowErrorMatchingInlineSnapshot(
      `[FiscalYearOutOfRangeError: Fiscal year 1899 is out of range: accepted fiscal years are 1900 to 2200]`,
    );
    expect(() => periodOf(fyJul, '2200-07-01', 'year')).toThrow(/Fiscal year 2201/);
  });

  test.prop([anyCalendar.chain((c) => fc.tuple(fc.constant(c), anyDate, granularityFor(c)))])(
    'returns a period whose start and end enclose the date',
    ([calendar, date, granularity]) => {
      const period = periodOf(calendar, date, granularity);
      expect(periodStart(calendar, period) <= date).toBe(true);
      expect(date <= periodEnd(calendar, period)).toBe(true);
    },
  );

  test.prop([anyCalendar.chain((c) => fc.tuple(fc.constant(c), anyYear, granularityFor(c)))], {
    numRuns: runs(30),
  })(
    'assigns every day of a fiscal year to exactly one period of each granularity',
    ([calendar, year, granularity]) => {
      const periods = periodsInYear(calendar, year, granularity);
      let day = periodStart(
        calendar,
        periods[0] ?? { calendar: calendar.id, granularity, year, index: 1 },
      );
      for (const period of periods) {
        expect(periodStart(calendar, period)).toBe(day);
        const end = periodEnd(calendar, period);
        for (; day <= end; day = addDaysIso(day, 1)) {
          expect(periodOf(calendar, day, granularity)).toEqual(period);
        }
      }
      expect(periodOf(calendar, day, 'year').year).toBe(year + 1);
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  formatPeriodKey,
  isPeriodKey,
  nrfRetail,
  PeriodKey,
  parsePeriodKey,
  periodsInYear,
} from '../../src/index.js';
import { anyCalendar, anyYear, granularityFor } from './arbitraries.js';

describe('formatPeriodKey', () => {
  it.each([
    ['year', 1, 'FY2027'],
    ['half', 1, 'FY2027-H1'],
    ['quarter', 3, 'FY2027-Q3'],
    ['month', 7, 'FY2027-M07'],
    ['week', 14, 'FY2027-W14'],
  ] as const)('writes a %s with index %i as %s', (granularity, index, key) => {
    expect(formatPeriodKey({ calendar: 'c', granularity, year: 2027, index })).toBe(key);
  });
});

describe('parsePeriodKey', () => {
  test.prop([anyCalendar.chain((c) => fc.tuple(fc.constant(c), anyYear, granularityFor(c)))])(
    'reads back every key formatPeriodKey writes',
    ([calendar, year, granularity]) => {
      for (const period of periodsInYear(calendar, year, granularity)) {
        expect(parsePeriodKey(calendar, formatPeriodKey(period))).toEqual(period);
      }
    },
  );
  it('accepts W53 in a 53-week year', () => {
    expect(parsePeriodKey(nrfRetail, 'FY2023-W53').index).toBe(53);
  });
  it('refuses malformed keys, naming the accepted forms', () => {
    expect(() => parsePeriodKey(calendarYear, 'FY2027-Q5')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid period key: 1 issue
        - key: Not a period key (received "FY2027-Q5"; expected a key such as FY2027, FY2027-H1, FY2027-Q3, FY2027-M07 or FY2027-W14 (weeks two digits, on week-based calendars only))]
    `);
    expect(() => parsePeriodKey(calendarYear, 'fy2027')).toThrow(/Not a period key/);
    expect(() => parsePeriodKey(calendarYear, 'FY2027-M7')).toThrow(/Not a period key/);
  });
  it('refuses weeks on a month-based calendar', () => {
    expect(() => parsePeriodKey(calendarYear, 'FY2027-W14')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid period key: 1 issue
        - key: Weeks need a week-based calendar; "calendar" is month-based (received "FY2027-W14"; expected FY2027, FY2027-H1, FY2027-Q3 or FY2027-M07)]
    `);
  });
  it('refuses W53 in a 52-week year', () => {
    expect(() => parsePeriodKey(nrfRetail, 'FY2024-W53')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid period key: 1 issue
        - key: Fiscal 2024 of calendar "nrf-4-5-4" has 52 weeks (received "FY2024-W53"; expected a week from W01 to W52)]
    `);
  });
  it('refuses fiscal years outside 1900 to 2200', () => {
    expect(() => parsePeriodKey(calendarYear, 'FY2201-Q1')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid period key: 1 issue
        - key: Fiscal year out of range (received "FY2201-Q1"; expected a fiscal year from 1900 to 2200)]
    `);
  });
});

describe('isPeriodKey and PeriodKey', () => {
  it.each([
    ['FY2027', true],
    ['FY2027-H2', true],
    ['FY2027-Q4', true],
    ['FY2027-M12', true],
    ['FY2027-W53', true],
    ['FY2027-H3', false],
    ['FY2027-M13', false],
    ['FY2027-W54', false],
    ['FY2027-W00', false],
    ['FY27-Q1', false],
    ['FY2027-Q1 ', false],
  ] as const)('judges %j a key: %s', (value, valid) => {
    expect(isPeriodKey(value)).toBe(valid);
    expect(PeriodKey.safeParse(value).success).toBe(valid);
  });
});

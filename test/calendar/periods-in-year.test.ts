import { describe, expect, it } from 'vitest';
import { calendarYear, nrfRetail, periodsInYear } from '../../src/index.js';

describe('periodsInYear', () => {
  it.each([
    ['year', 1],
    ['half', 2],
    ['quarter', 4],
    ['month', 12],
  ] as const)('lists %s periods: %i of them', (granularity, count) => {
    expect(periodsInYear(calendarYear, 2027, granularity).map((p) => p.index)).toEqual(
      Array.from({ length: count }, (_, i) => i + 1),
    );
  });
  it('lists 52 or 53 weeks on week-based calendars and refuses weeks on month-based ones', () => {
    expect(periodsInYear(nrfRetail, 2017, 'week')).toHaveLength(53);
    expect(() => periodsInYear(calendarYear, 2027, 'week')).toThrow(/week-based/);
  });
  it('refuses years outside 1900 to 2200', () => {
    expect(() => periodsInYear(calendarYear, 2201, 'year')).toThrow(/2201 is out of range/);
    expect(() => periodsInYear(calendarYear, 2027.5, 'year')).toThrow(/2027.5 is out of range/);
  });
});

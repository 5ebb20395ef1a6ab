import { describe, expect, it } from 'vitest';
import { calendarYear, elapsedShare, nrfRetail, type Period } from '../../src/index.js';

const q1: Period = { calendar: 'calendar', granularity: 'quarter', year: 2028, index: 1 };

describe('elapsedShare', () => {
  it.each([
    ['2027-12-31', 0],
    ['2028-01-01', 1],
    ['2028-02-29', 60],
    ['2028-03-31', 91],
    ['2029-06-01', 91],
  ] as const)('counts the days elapsed by the end of %s as %i of 91', (date, elapsedDays) => {
    expect(elapsedShare(calendarYear, q1, date)).toEqual({ elapsedDays, totalDays: 91 });
  });
  it('works on weeks', () => {
    const w1: Period = { calendar: 'nrf-4-5-4', granularity: 'week', year: 2024, index: 1 };
    expect(elapsedShare(nrfRetail, w1, '2024-02-06')).toEqual({ elapsedDays: 3, totalDays: 7 });
  });
  it('refuses a date that does not exist', () => {
    expect(() => elapsedShare(calendarYear, q1, '2027-02-29')).toThrow(/Not a real calendar date/);
  });
});

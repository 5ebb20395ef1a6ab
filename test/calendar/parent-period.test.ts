import { describe, expect, it } from 'vitest';
import { calendarYear, formatPeriodKey, nrfRetail, parentPeriod } from '../../src/index.js';

describe('parentPeriod', () => {
  it('finds the quarter, half and year of a month', () => {
    const m08 = { calendar: 'calendar', granularity: 'month', year: 2027, index: 8 } as const;
    expect(
      ['quarter', 'half', 'year', 'month'].map((g) =>
        formatPeriodKey(parentPeriod(calendarYear, m08, g as 'year')),
      ),
    ).toEqual(['FY2027-Q3', 'FY2027-H2', 'FY2027', 'FY2027-M08']);
  });
  it('puts the 53rd NRF week in the twelfth month', () => {
    const w53 = { calendar: 'nrf-4-5-4', granularity: 'week', year: 2023, index: 53 } as const;
    expect(formatPeriodKey(parentPeriod(nrfRetail, w53, 'month'))).toBe('FY2023-M12');
  });
  it('refuses a finer granularity', () => {
    const q = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 } as const;
    expect(() => parentPeriod(calendarYear, q, 'month')).toThrowErrorMatchingInlineSnapshot(
      `[UnsupportedGranularityError: Granularity "month" is not supported on calendar "calendar": the parent of a quarter must be as coarse or coarser (a quarter or longer)]`,
    );
  });
});

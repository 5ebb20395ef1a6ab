import { describe, expect, it } from 'vitest';
import { yearLayout } from '../../../src/calendar/fiscal-year-layout.js';
import { calendarYear, nrfRetail, toDayNumber } from '../../../src/index.js';

// The engines read a layout's boundaries directly (the economics' year split takes the last one
// as the day after the year), so their count is part of what yearLayout promises.
describe('yearLayout', () => {
  it('gives 13 boundaries on a month-based calendar: each fiscal month start, then the day after', () => {
    const { boundaries } = yearLayout(calendarYear, 2027);
    expect(boundaries).toHaveLength(13);
    expect(boundaries[0]).toBe(toDayNumber('2027-01-01'));
    expect(boundaries[12]).toBe(toDayNumber('2028-01-01'));
  });

  it('gives 13 boundaries on a week-based calendar, in a 52- and in a 53-week year', () => {
    // NRF fiscal 2023 runs from 2023-01-29 to 2024-02-03 (53 weeks); fiscal 2024 from 2024-02-04
    // to 2025-02-01 (52 weeks).
    const long = yearLayout(nrfRetail, 2023);
    expect([long.weeks, long.boundaries.length]).toEqual([53, 13]);
    expect(long.boundaries[12]).toBe(toDayNumber('2024-02-04'));
    const short = yearLayout(nrfRetail, 2024);
    expect([short.weeks, short.boundaries.length]).toEqual([52, 13]);
    expect(short.boundaries[12]).toBe(toDayNumber('2025-02-02'));
  });
});

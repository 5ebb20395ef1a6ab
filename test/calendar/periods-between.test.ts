import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { calendarYear, nrfRetail, periodOf, periodsBetween } from '../../src/index.js';
import { addDaysIso, anyCalendar, anyDate, daysBetween, granularityFor } from './arbitraries.js';

describe('periodsBetween', () => {
  it('marks the partial first and last periods and the whole ones between', () => {
    const spans = periodsBetween(calendarYear, '2027-01-10', '2027-03-15', 'month');
    expect(
      spans.map((s) => [
        s.period.index,
        s.coveredStart,
        s.coveredEnd,
        s.coveredDays,
        s.days,
        s.partial,
      ]),
    ).toEqual([
      [1, '2027-01-10', '2027-01-31', 22, 31, true],
      [2, '2027-02-01', '2027-02-28', 28, 28, false],
      [3, '2027-03-01', '2027-03-15', 15, 31, true],
    ]);
  });
  it('returns one partial period for a single day', () => {
    const [only, ...rest] = periodsBetween(nrfRetail, '2024-02-03', '2024-02-03', 'week');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      period: { year: 2023, index: 53 },
      coveredDays: 1,
      days: 7,
      partial: true,
    });
  });
  it('crosses fiscal years', () => {
    const spans = periodsBetween(calendarYear, '2026-12-01', '2028-01-31', 'quarter');
    expect(spans.map((s) => `${s.period.year}-Q${s.period.index}`)).toEqual([
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
      '2028-Q1',
    ]);
  });
  it('refuses an end before the start', () => {
    expect(() =>
      periodsBetween(calendarYear, '2027-03-01', '2027-02-28', 'month'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid date range: 1 issue
        - end: The end is before the start (received "2027-02-28"; expected a date on or after "2027-03-01")]
    `);
  });
  it('refuses a range reaching past fiscal 2200', () => {
    expect(() => periodsBetween(calendarYear, '2200-12-01', '2201-01-31', 'month')).toThrow(/2201/);
  });
  test.prop([
    anyCalendar.chain((c) =>
      fc.tuple(fc.constant(c), anyDate, fc.integer({ min: 0, max: 800 }), granularityFor(c)),
    ),
  ])(
    'covers every day of the range exactly once, with correct covered days',
    ([calendar, start, length, granularity]) => {
      const end = addDaysIso(start, length);
      const spans = periodsBetween(calendar, start, end, granularity);
      let day = start;
      spans.forEach((span, i) => {
        expect(span.coveredStart).toBe(day);
        expect(span.coveredDays).toBe(daysBetween(span.coveredStart, span.coveredEnd) + 1);
        expect(span.days).toBe(daysBetween(span.start, span.end) + 1);
        expect(span.partial).toBe(span.coveredDays < span.days);
        if (i > 0 && i < spans.length - 1) expect(span.partial).toBe(false);
        expect(periodOf(calendar, span.coveredEnd, granularity)).toEqual(span.period);
        day = addDaysIso(span.coveredEnd, 1);
      });
      expect(day).toBe(addDaysIso(end, 1));
      expect(spans.reduce((sum, s) => sum + s.coveredDays, 0)).toBe(length + 1);
    },
  );
});

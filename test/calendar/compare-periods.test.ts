import { describe, expect, it } from 'vitest';
import { comparePeriods, type Period } from '../../src/index.js';

const p = (
  calendar: string,
  granularity: Period['granularity'],
  year: number,
  index: number,
): Period => ({
  calendar,
  granularity,
  year,
  index,
});

describe('comparePeriods', () => {
  it('orders by calendar id, fiscal year, granularity (coarsest first), then index', () => {
    const sorted = [
      p('b', 'year', 2020, 1),
      p('a', 'month', 2027, 2),
      p('a', 'quarter', 2027, 4),
      p('a', 'month', 2027, 1),
      p('a', 'year', 2028, 1),
    ].sort(comparePeriods);
    expect(sorted).toEqual([
      p('a', 'quarter', 2027, 4),
      p('a', 'month', 2027, 1),
      p('a', 'month', 2027, 2),
      p('a', 'year', 2028, 1),
      p('b', 'year', 2020, 1),
    ]);
  });
  it('returns 0 for equal periods', () => {
    expect(comparePeriods(p('a', 'week', 2027, 3), p('a', 'week', 2027, 3))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { type CascadeOptions, calendarYear, cascade, stepTarget } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

/** A count of deals over 2027-2028, quarterly, with a geometric shape and no rate. */
function geometricFlow(baseline: string, target: string, options: CascadeOptions = {}) {
  return cascade(
    {
      ...objective('sum', baseline, target, '2027-01-01', '2028-12-31'),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'quarter', shape: { kind: 'geometric' }, ...options },
  );
}

const years = (plan: ReturnType<typeof geometricFlow>) => [
  stepTarget(plan, 'FY2027').toString(),
  stepTarget(plan, 'FY2028').toString(),
];

describe('a geometric flow without a rate', () => {
  it('derives a shrinking growth when the target is below the baseline times the years', () => {
    // 100 deals the year before, 171 over two years: x + x² = 1.71 gives x = 0.9: 90, then 81.
    expect(years(geometricFlow('100', '171'))).toEqual(['90', '81']);
  });

  it('derives a growth far below 1 a year', () => {
    // 100 the year before, 24 over two years: x + x² = 0.24 gives x = 0.2: 20, then 4.
    expect(years(geometricFlow('100', '24'))).toEqual(['20', '4']);
  });

  it('derives a growth far above 1 a year', () => {
    // 100 the year before, 1,200 over two years: x + x² = 12 gives x = 3: 300, then 900.
    expect(years(geometricFlow('100', '1200'))).toEqual(['300', '900']);
  });

  it('derives no growth at all when the target is the baseline times the years', () => {
    // 2 a year before, 4 over two years: x = 1, so every quarter weighs the same and each
    // running total of 0.5, 1.5, … is an exact half, decided by the tie-break as for an even shape.
    const even = { kind: 'even' } as const;
    for (const tieBreak of ['earliest', 'latest', 'largest-weight'] as const) {
      const plan = geometricFlow('2', '4', { tieBreak });
      expect(Array.from(plan.units)).toEqual(
        Array.from(geometricFlow('2', '4', { tieBreak, shape: even }).units),
      );
      expect(new Set(plan.weights).size).toBe(1);
    }
    expect(Array.from(geometricFlow('2', '4', { tieBreak: 'latest' }).units)).toEqual([
      0, 1, 0, 1, 0, 1, 0, 1,
    ]);
  });
});

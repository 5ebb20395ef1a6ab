import { describe, expect, it } from 'vitest';
import { type CascadeShape, calendarYear, cascade, toDecimal } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

/** 1,000 deals (or `target`) over 2027, at a granularity, with a shape. */
function deals(shape: CascadeShape, granularity: 'month' | 'quarter', target = '1000') {
  const plan = cascade(
    {
      ...objective('sum', '0', target, '2027-01-01', '2027-12-31'),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    { granularity, shape },
  );
  return Array.from(plan.units);
}

describe('cascade with curves at the edge of what a shape allows', () => {
  it('takes a yearly rate a hair above -1 exactly, not as the nearest double (-1)', () => {
    // 1 + rate = 1e-20 a year: each month is 10^(-20/12) ≈ 0.0215443 of the one before. Running
    // totals 1000·(1 − 0.0215443) = 978.46 → 978, then 1000·(1 − 0.0215443²) = 999.54 → 1000.
    const shape: CascadeShape = { kind: 'geometric', rate: toDecimal('-0.99999999999999999999') };
    expect(deals(shape, 'month')).toEqual([978, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('makes a step, not NaN, of an S-curve far too steep for sinh', () => {
    // Steepness 6,000 centred halfway: the logistic climbs from 0 to 1 at the boundary of Q2 and
    // Q3, so those two quarters hold half each (sinh of 750, a quarter's half-rise, overflows).
    const shape: CascadeShape = {
      kind: 's-curve',
      midpoint: toDecimal('0.5'),
      steepness: toDecimal('6000'),
    };
    expect(deals(shape, 'quarter', '100')).toEqual([0, 50, 50, 0]);
  });
});

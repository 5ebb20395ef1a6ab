import { describe, expect, it } from 'vitest';
import { calendarYear, cascade, cascadeSteps, replan } from '../../src/index.js';
import { dealsIn2027 } from './deals.js';
import { metric, objective } from './fixtures.js';

/**
 * The shares of a two-step cascade (the halves of 2027) given back as a changed copy with these
 * weights: a cascade's weights may be any finite numbers (a re-planned one's are its steps).
 */
function shares(weights: [number, number]): Array<string | undefined> {
  const plan = { ...dealsIn2027('12', { granularity: 'half' }), weights };
  return cascadeSteps(plan).map((step) => step.share?.toString());
}

describe('cascadeSteps: the share of a step', () => {
  it('rounds the decimal quotient of the weights half to even at 10 places', () => {
    // 1 / 20,000,000,000 = 0.00000000005 and 19,999,999,999 / 20,000,000,000 = 0.99999999995:
    // both exactly halfway at the 11th place, so half to even gives 0 and 1 (the double
    // 5e-11 lies a hair above 5e-11 and would round up to 0.0000000001).
    expect(shares([1, 19_999_999_999])).toEqual(['0', '1']);
  });

  it('is read from the decimal forms when the sum is 1e90 or 1e-90, the ends of their range', () => {
    // 5e79 + 9.9999999995e89 add up to exactly 1e90 as doubles: 5e79 / 1e90 = 5e-11 and
    // 0.99999999995, halves again (0 and 1 half to even).
    expect(shares([5e79, 9.9999999995e89])).toEqual(['0', '1']);
    // 1.00000000005e-90 and -5.000003017246051e-101 add up to exactly 1e-90: the first share is
    // 1.00000000005 from the decimals, half to even 1 (the doubles' quotient lies above the half).
    // The second weight is below 1e-90: its share is the doubles' quotient, -5.000003e-11, rounded.
    expect(shares([1.00000000005e-90, -5.000003017246051e-101])).toEqual(['1', '-0.0000000001']);
  });

  it('takes weights of any size, beyond the range of a decimal, as ratios', () => {
    // Beyond 1e-90 … 1e90 the decimal forms could not all be read: the doubles are divided.
    expect(shares([1e-200, 3e-200])).toEqual(['0.25', '0.75']);
    expect(shares([1e200, 3e200])).toEqual(['0.25', '0.75']);
    // A tiny weight beside 1 (the sum, 1, is in range; the weight is not): a share of 0.
    expect(shares([1e-200, 1])).toEqual(['0', '1']);
    expect(shares([1, 1e-200])).toEqual(['1', '0']);
  });

  it('gives a weight of 0 a share of 0, never a negative zero', () => {
    // Weights summing to -4: 0 / -4 is a negative zero in decimal.js and in doubles alike.
    const steps = cascadeSteps({ ...dealsIn2027('12', { granularity: 'half' }), weights: [0, -4] });
    expect(JSON.stringify(steps.map((step) => step.share))).toBe('["0","1"]');
  });

  it('rounds a tiny negative share to 0, not to a negative zero', () => {
    // 1.2 billion dollars over the quarters of 2027, and a first quarter of refunds only: -1 cent.
    // The re-planned steps are its weights: -1, then 40,000,000,000 cents and so on; the first
    // share, -1 / 120,000,000,000 ≈ -8.3e-12, rounds to 0 at 10 places, which JSON shows as "0".
    const plan = cascade(
      { ...objective('sum', '0', '1200000000', '2027-01-01', '2027-12-31'), metric: metric('sum') },
      calendarYear,
      { granularity: 'quarter' },
    );
    const next = replan(plan, [{ period: 'FY2027-Q1', value: '-0.01' }], { policy: 'spread' });
    expect(next.cascade.weights).toEqual([-1, 40_000_000_000, 40_000_000_001, 40_000_000_000]);
    expect(JSON.stringify(cascadeSteps(next.cascade).map((step) => step.share))).toBe(
      '["0","0.3333333333","0.3333333333","0.3333333333"]',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { type CascadeOptions, calendarYear, cascade, toDecimal } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

/** `target` deals over the months of 2027's first quarter, by custom weights, running totals. */
function deals(target: string, weights: string[], tieBreak: CascadeOptions['tieBreak']) {
  const plan = cascade(
    {
      ...objective('sum', '0', target, '2027-01-01', '2027-03-31'),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'month', shape: { kind: 'custom', weights: weights.map(toDecimal) }, tieBreak },
  );
  return Array.from(plan.units);
}

describe('cascade by running totals, largest-weight tie-break, around a month of weight 0', () => {
  it('weighs a half against the next month with a weight, past the month of 0', () => {
    // 2 deals over weights 1, 0, 3: the running total after January is 2 · 1/4 = 0.5, an exact
    // half. January's weight, 1, is below March's, 3 (February's 0 does not count): it rounds
    // down and March takes the unit.
    expect(deals('2', ['1', '0', '3'], 'largest-weight')).toEqual([0, 0, 2]);
    // Weights 3, 0, 1 the other way round: January's 3 wins the half.
    expect(deals('2', ['3', '0', '1'], 'largest-weight')).toEqual([2, 0, 0]);
  });

  it('keeps the running total through a month of weight 0, even at a half', () => {
    // 1 deal over 1, 0, 1: after January 0.5, a tie of equal weights, rounded up (the earlier).
    // February adds nothing: its running total stays 1, not the same half decided again.
    expect(deals('1', ['1', '0', '1'], 'largest-weight')).toEqual([1, 0, 0]);
  });
});

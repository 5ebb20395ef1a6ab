import { describe, expect, it } from 'vitest';
import { type CascadeOptions, calendarYear, cascade, toDecimal } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

/** One deal over the halves of 2027, by custom weights, running totals. */
function oneDeal(weights: [string, string], tieBreak: CascadeOptions['tieBreak']) {
  const plan = cascade(
    {
      ...objective('sum', '0', '1', '2027-01-01', '2027-12-31'),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'half', shape: { kind: 'custom', weights: weights.map(toDecimal) }, tieBreak },
  );
  return Array.from(plan.units);
}

const TIE_BREAKS = ['earliest', 'latest', 'largest-weight'] as const;

describe('cascade by running totals, a running total a hair from a half', () => {
  it('rounds up a running total just above a half, whatever the tie-break', () => {
    // Weights 2^49 + 1 and 2^49: after H1 the running total is (2^49 + 1) / (2^50 + 1),
    // 0.5 + 1/(2^51 + 2): closer to the half than doubles can tell, but above it.
    for (const tieBreak of TIE_BREAKS) {
      expect(oneDeal(['562949953421313', '562949953421312'], tieBreak)).toEqual([1, 0]);
    }
  });

  it('rounds down a running total just below a half, whatever the tie-break', () => {
    // Weights 2^49 and 2^49 + 1: 2^49 / (2^50 + 1) = 0.5 − 1/(2^51 + 2), below the half.
    for (const tieBreak of TIE_BREAKS) {
      expect(oneDeal(['562949953421312', '562949953421313'], tieBreak)).toEqual([0, 1]);
    }
  });
});

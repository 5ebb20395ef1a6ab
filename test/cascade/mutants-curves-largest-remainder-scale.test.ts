import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../src/cascade/internal/largest-remainder.js';
import { calendarYear, cascade, toDecimal } from '../../src/index.js';
import { metric, objective } from './fixtures.js';
import { referenceUnits } from './reference.js';

describe('largestRemainder at scale', () => {
  it('splits over thousands of whole weights as the exact reference does', () => {
    // 2,500 weights (more than any cascade has steps, so more than any scratch list before it),
    // in a scrambled order: from 1 to 97, so many remainders are equal and the tie-break orders
    // them; and from 1 to 9,973, whose remainders nearly all differ. The units left must go to the
    // largest remainders wherever they are in the list.
    const few = Array.from({ length: 2500 }, (_, i) => ((i * 7919) % 97) + 1);
    const many = Array.from({ length: 2500 }, (_, i) => ((i * 7919) % 9973) + 1);
    for (const tieBreak of ['earliest', 'latest', 'largest-weight'] as const) {
      for (const [units, weights] of [
        [100_003, few],
        [3_001, many],
        [10_007, many],
      ] as const) {
        expect(largestRemainder(units, weights, tieBreak)).toEqual(
          referenceUnits(units, weights, tieBreak),
        );
      }
    }
  });

  it('splits a total near 2^53 into exact multiples of its weights', () => {
    // 8,888,190,662,344,175 = 595 × 14,938,135,566,965 deals over custom weights 593 and 2: the
    // halves get exactly 593 and 2 times 14,938,135,566,965, though 593 times the total is far
    // beyond 2^53 (so the products must be exact, not doubles).
    const plan = cascade(
      {
        ...objective('sum', '0', '8888190662344175', '2027-01-01', '2027-12-31'),
        metric: metric('sum', { kind: 'count' }),
      },
      calendarYear,
      {
        granularity: 'half',
        method: 'largest-remainder',
        shape: { kind: 'custom', weights: [toDecimal('593'), toDecimal('2')] },
      },
    );
    expect(Array.from(plan.units)).toEqual([8_858_314_391_210_245, 29_876_271_133_930]);
  });
});

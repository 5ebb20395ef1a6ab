import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import { roundRunningTotal } from '../../../src/cascade/internal/round-running-total.js';
import type { TieBreak } from '../../../src/index.js';
import { runs } from '../../property-runs.js';
import { referenceRunningUnits } from '../reference.js';

const tieBreak = fc.constantFrom<TieBreak>('largest-weight', 'earliest', 'latest');
const total = fc.oneof(
  fc.integer({ min: -10_000, max: 10_000 }),
  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
  fc.integer({ min: 2 ** 50, max: 2 ** 51 }),
  fc.constantFrom(0, 1, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
);
/** Weights that put checkpoints on and near halves: equal and whole weights, coverage shares, doubles. */
const weight = fc.oneof(
  fc.constantFrom(0, 1, 2, 0.5, 1 / 3, 15 / 31, 9, 12, 1e-300, 1e300),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const weights = fc
  .array(weight, { minLength: 1, maxLength: 60 })
  .filter((list) => list.some((w) => w > 0));

/**
 * Two weights whose first running total lies within a few units in the last place of a half:
 * units·x/(x + 1) = k + ½ for x = (k + ½)/(units − k − ½), then x nudged by up to 64 ulps, so the
 * doubles' error bound decides which side is clear and which must go exact.
 */
const nearHalf = fc
  .tuple(
    fc.integer({ min: 2, max: 2 ** 40 }),
    fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    fc.integer({ min: -64, max: 64 }),
  )
  .map(([units, share, ulps]) => {
    const k = Math.floor(units * share);
    const x = (k + 0.5) / (units - k - 0.5);
    return { units, weights: [x * (1 + ulps * 2 ** -52), 1] };
  });

/** The steps of a split and how many BigInt conversions it made (the exact path converts). */
function roundCounting(
  units: number,
  list: number[],
  rule: TieBreak,
): { steps: number[]; bigInts: number } {
  const spy = vi.spyOn(globalThis, 'BigInt');
  try {
    return { steps: roundRunningTotal(units, list, rule), bigInts: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe('roundRunningTotal', () => {
  test.prop([total, weights, tieBreak], { numRuns: runs(3000, 1000) })(
    'gives the steps of the exact BigInt reference, fast path or not',
    (units, list, rule) => {
      expect(roundRunningTotal(units, list, rule)).toEqual(
        referenceRunningUnits(units, list, rule),
      );
    },
  );

  test.prop([nearHalf, tieBreak], { numRuns: runs(3000, 1000) })(
    'decides running totals within a few ulps of a half as the exact reference does',
    ({ units, weights: list }, rule) => {
      expect(roundRunningTotal(units, list, rule)).toEqual(
        referenceRunningUnits(units, list, rule),
      );
    },
  );

  it('decides running totals clear of a half in doubles, without BigInt', () => {
    // 1000 over weights 1, 2, 4 (sum 7): running totals 142.86, 428.57, 1000: none near a half.
    expect(roundCounting(1000, [1, 2, 4], 'largest-weight')).toEqual({
      steps: [143, 286, 571],
      bigInts: 0,
    });
    // Whole weights decide an exact half in doubles too: 5 over 1, 1 has 2.5 after the first.
    expect(roundCounting(5, [1, 1], 'earliest')).toEqual({ steps: [3, 2], bigInts: 0 });
    expect(roundCounting(5, [1, 1], 'latest')).toEqual({ steps: [2, 3], bigInts: 0 });
  });

  it('decides an exact half between fractional weights exactly, in BigInt', () => {
    // Weights 0.5, 0.25, 0.25 and 2 units: the first running total is exactly 1, the second 1.5
    // (a half: `latest` rounds it down, to the period after), the last 2.
    const { steps, bigInts } = roundCounting(2, [0.5, 0.25, 0.25], 'latest');
    expect(steps).toEqual([1, 0, 1]);
    expect(bigInts).toBeGreaterThan(0);
  });

  it('keeps a step of 0 positive on a negative total', () => {
    // −2 over 1, 0, 1: the middle period has no weight and no step; 0, not −0.
    expect(Object.is(roundRunningTotal(-2, [1, 0, 1], 'earliest')[1], 0)).toBe(true);
  });
});

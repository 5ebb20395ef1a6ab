import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../../src/cascade/internal/largest-remainder.js';

describe('largestRemainder on equal remainders', () => {
  it('serves the earliest, the latest or the larger weight first, as asked', () => {
    // 2 units over weights 3 and 1: shares 1.5 and 0.5, floors 1 and 0, remainders both one half.
    expect(largestRemainder(2, [3, 1], 'earliest')).toEqual([2, 0]);
    expect(largestRemainder(2, [3, 1], 'latest')).toEqual([1, 1]);
    expect(largestRemainder(2, [3, 1], 'largest-weight')).toEqual([2, 0]);
    // Mirrored, 1 and 3: the larger weight is now the later one.
    expect(largestRemainder(2, [1, 3], 'earliest')).toEqual([1, 1]);
    expect(largestRemainder(2, [1, 3], 'latest')).toEqual([0, 2]);
    expect(largestRemainder(2, [1, 3], 'largest-weight')).toEqual([0, 2]);
    // Equal weights: largest-weight falls back to the earliest.
    expect(largestRemainder(1, [1, 1, 1], 'largest-weight')).toEqual([1, 0, 0]);
    expect(largestRemainder(2, [1, 1, 1], 'latest')).toEqual([0, 1, 1]);
  });

  it('breaks ties the same way with weights that are not whole', () => {
    // The same shares from weights 1.5 and 0.5 (the exact path).
    expect(largestRemainder(2, [1.5, 0.5], 'earliest')).toEqual([2, 0]);
    expect(largestRemainder(2, [1.5, 0.5], 'latest')).toEqual([1, 1]);
    expect(largestRemainder(2, [0.5, 1.5], 'largest-weight')).toEqual([0, 2]);
    expect(largestRemainder(2, [0.5, 1.5], 'earliest')).toEqual([1, 1]);
    expect(largestRemainder(1, [0.5, 0.5, 0.5], 'latest')).toEqual([0, 0, 1]);
    expect(largestRemainder(1, [0.5, 0.5, 0.5], 'largest-weight')).toEqual([1, 0, 0]);
  });

  it('gives a larger remainder its unit before a smaller one, whatever the tie-break', () => {
    // 3 units over 1, 1, 2 (exact path with 0.25 steps): shares 0.75, 0.75, 1.5: floors 0, 0, 1,
    // remainders 0.75, 0.75, 0.5: the two units left go to the first two.
    for (const tieBreak of ['earliest', 'latest', 'largest-weight'] as const) {
      expect(largestRemainder(3, [0.25, 0.25, 0.5], tieBreak)).toEqual([1, 1, 1]);
      expect(largestRemainder(3, [1, 1, 2], tieBreak)).toEqual([1, 1, 1]);
    }
  });

  it('takes each weight as the exact binary fraction it is', () => {
    // The doubles 0.3 and 0.2 are 0.29999999999999998890 and 0.20000000000000001110: their errors
    // cancel, so the sum is exactly 2. 5 units: shares 2.5, 1.25, 0.7499999999999999722 and
    // 0.5000000000000000278; floors 2, 1, 0, 0; the 2 units left go to the remainders 0.75- and
    // 0.5+, ahead of the exact half of the first weight.
    for (const tieBreak of ['earliest', 'latest', 'largest-weight'] as const) {
      expect(largestRemainder(5, [1, 0.5, 0.3, 0.2], tieBreak)).toEqual([2, 1, 1, 1]);
      // 1.9 and 1.1 as doubles lie a hair below and above, and add up to exactly 3: 15 units give
      // 9.4999… and 5.5000…, so the unit left goes to the second, not by the tie-break.
      expect(largestRemainder(15, [1.9, 1.1], tieBreak)).toEqual([9, 6]);
    }
  });

  it('serves ties in order over more periods than its first scratch holds', () => {
    // 200 equal weights and 100 units: every share is one half, so the tie-break alone gives
    // the 100 units left (more than the 64 entries the scratch starts with).
    const half = Array.from({ length: 200 }, (_, i) => (i < 100 ? 1 : 0));
    expect(largestRemainder(100, new Array(200).fill(1), 'earliest')).toEqual(half);
    expect(largestRemainder(100, new Array(200).fill(1), 'latest')).toEqual(half.toReversed());
    // 150 units: three quarters each, 150 left to hand out in order.
    const most = Array.from({ length: 200 }, (_, i) => (i < 150 ? 1 : 0));
    expect(largestRemainder(150, new Array(200).fill(1), 'earliest')).toEqual(most);
    // 100 weights of 1, then 100 of 2 (sum 300) and 50 units: shares 1/6 and 1/3, all floors 0;
    // the 50 units go to the larger remainders, the earliest 50 of the weights of 2.
    const weights = Array.from({ length: 200 }, (_, i) => (i < 100 ? 1 : 2));
    const parts = largestRemainder(50, weights, 'earliest');
    expect([parts.indexOf(1), parts.lastIndexOf(1), parts.reduce((a, b) => a + b)]).toEqual([
      100, 149, 50,
    ]);
  });

  it('mirrors a negative total without negative zeros', () => {
    const parts = largestRemainder(-2, [3, 1], 'latest');
    expect(parts).toEqual([-1, -1]);
    const zeros = largestRemainder(-1, [1, 0], 'earliest');
    expect(zeros).toEqual([-1, 0]);
    expect(Object.is(zeros[1], 0)).toBe(true);
  });
});

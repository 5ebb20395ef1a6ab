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
    }
  });

  it('mirrors a negative total without negative zeros', () => {
    const parts = largestRemainder(-2, [3, 1], 'latest');
    expect(parts).toEqual([-1, -1]);
    const zeros = largestRemainder(-1, [1, 0], 'earliest');
    expect(zeros).toEqual([-1, 0]);
    expect(Object.is(zeros[1], 0)).toBe(true);
  });
});

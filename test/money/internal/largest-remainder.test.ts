import { describe, expect, it } from 'vitest';
import {
  compareTies,
  largestRemainderExact,
  type TieBreak,
} from '../../../src/money/internal/largest-remainder.js';

describe('largestRemainderExact', () => {
  it('gives the unit left between equal remainders to the larger weight, wherever it stands', () => {
    // 2 · 3/4 = 1.5 and 2 · 1/4 = 0.5: equal remainders, the unit left goes to the weight 3.
    expect(largestRemainderExact(2n, [3n, 1n], 'largest-weight')).toEqual([2n, 0n]);
    expect(largestRemainderExact(2n, [1n, 3n], 'largest-weight')).toEqual([0n, 2n]);
  });
});

describe('compareTies', () => {
  it('orders equal remainders by the tie-break', () => {
    expect([
      compareTies(0, 1, 1, 3, 'largest-weight'),
      compareTies(0, 1, 2, 2, 'largest-weight'),
      compareTies(0, 1, 1, 3, 'earliest'),
      compareTies(0, 1, 1, 3, 'latest'),
    ]).toEqual([1, -1, -1, 1]);
  });

  it('refuses a tie-break it does not know rather than ordering by chance', () => {
    expect(() => compareTies(0, 1, 1, 1, 'first' as TieBreak)).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Unknown tie-break "first"; expected 'largest-weight', 'earliest' or 'latest']`,
    );
  });
});

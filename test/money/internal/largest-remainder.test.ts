import { describe, expect, it } from 'vitest';
import { compareTies, type TieBreak } from '../../../src/money/internal/largest-remainder.js';

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

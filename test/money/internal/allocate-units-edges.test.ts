import { describe, expect, it } from 'vitest';
import type { TieBreak } from '../../../src/money/allocate.js';
import { allocateUnits, allocateUnitsExact } from '../../../src/money/internal/allocate-units.js';
import { allocateCounting } from './allocate-counting.js';

const tieBreaks: TieBreak[] = ['largest-weight', 'earliest', 'latest'];
const K = 2 ** 40;

describe('allocateUnits at the edges of its rounding bound', () => {
  it('stays on the fast path up to a bound of exactly an eighth of a unit', () => {
    // 2^46 units over 4 weights: the bound is 2^46 · (4 + 4) · 2^-52 = 1/8. Whole shares of 2^44.
    const run = allocateCounting(2 ** 46, [1, 1, 1, 1]);
    expect(run.parts).toEqual([2 ** 44, 2 ** 44, 2 ** 44, 2 ** 44]);
    expect(run.bigInts).toBe(0);
  });

  it('stays on the fast path when parts rounded up leave nothing over for the clear candidates', () => {
    // 2^45 units over 4 and four times 2^47 - 1 (sum 2^49): shares 0.25 and 2^43 - 1/16, within
    // the bound (2^45 · 9 · 2^-52 = 9/128) of 2^43. The four take 2^43 each; nothing is left for
    // the 0.25, which the exact method agrees with (its remainder is the smallest).
    const run = allocateCounting(2 ** 45, [4, 2 ** 47 - 1, 2 ** 47 - 1, 2 ** 47 - 1, 2 ** 47 - 1]);
    expect(run.parts).toEqual([0, 2 ** 43, 2 ** 43, 2 ** 43, 2 ** 43]);
    expect(run.bigInts).toBe(0);
  });

  it.each([
    // 14 over [5, 2, 1]: shares 8.75, 3.5, 1.75. The two .75 take the two units left, whichever
    // comes first: equal remainders of different weights above the cut decide nothing.
    [14, [5, 2, 1], 'latest', [9, 3, 2]],
    // 5 over [5, 6, 5]: shares 1.5625, 1.875, 1.5625. The .875 (weight 6) is far above the tie
    // of the two .5625 (equal weights) at the cut, which the earliest wins.
    [5, [5, 6, 5], 'largest-weight', [2, 2, 1]],
    // 1 over [4, 3, 4]: shares 4/11, 3/11, 4/11. The tie at the cut is of equal weights; the
    // 3/11 (another weight) is far below it.
    [1, [4, 3, 4], 'earliest', [1, 0, 0]],
  ] as const)(
    'stays on the fast path when only equal weights tie at the cut: %i over %j, %s',
    (total, weights, rule, parts) => {
      const run = allocateCounting(total, [...weights], rule);
      expect(run.parts).toEqual(parts);
      expect(run.bigInts).toBe(0);
    },
  );

  it('gives the exact parts when shares rounded up add up to more than the total', () => {
    // 2^44 units, 15 weights of 2^44 - 1 and one of 2^44 + 15 (sum 2^48): shares 2^40 - 1/16
    // and 2^40 + 1 - 1/16, each within the bound (2^44 · 20 · 2^-52 = 5/64) of a whole number
    // above it; rounding every one up would hand out 2^44 + 1 units. Exactly: floors add up to
    // 2^44 - 15 and the 15 units left go to 15 of the 16 equal remainders (15/16).
    const weights = [...Array.from({ length: 15 }, () => 2 ** 44 - 1), 2 ** 44 + 15];
    const expected: Record<TieBreak, number[]> = {
      // The largest weight first, then the earliest: the 15th of the equal weights gets none.
      'largest-weight': [...Array.from({ length: 14 }, () => K), K - 1, K + 1],
      earliest: Array.from({ length: 16 }, () => K),
      latest: [K - 1, ...Array.from({ length: 14 }, () => K), K + 1],
    };
    for (const rule of tieBreaks) {
      expect([...allocateUnits(2 ** 44, weights, rule)]).toEqual(expected[rule]);
      expect([...allocateUnitsExact(2 ** 44, weights, rule)]).toEqual(expected[rule]);
    }
  });

  it('gives the exact parts when shares rounded down leave more units than there are candidates', () => {
    // 2^44 units over 2^44 - 15 and 15 times 2^44 + 1 (sum 2^48): shares 2^40 - 1 + 1/16 and
    // 2^40 + 1/16, each within the bound (5/64) above a whole number. Floors add up to 2^44 - 1:
    // one unit left and no clear candidate for it; the tie-break picks among equal remainders.
    const weights = [2 ** 44 - 15, ...Array.from({ length: 15 }, () => 2 ** 44 + 1)];
    const rest = Array.from({ length: 14 }, () => K);
    const expected: Record<TieBreak, number[]> = {
      'largest-weight': [K - 1, K + 1, ...rest],
      earliest: [K, K, ...rest],
      latest: [K - 1, ...rest, K + 1],
    };
    for (const rule of tieBreaks) {
      expect([...allocateUnits(2 ** 44, weights, rule)]).toEqual(expected[rule]);
      expect([...allocateUnitsExact(2 ** 44, weights, rule)]).toEqual(expected[rule]);
    }
  });

  it('gives the exact parts for a share just too close to a whole number, whatever it split before', () => {
    // k + 2 units over [k + 1 - 2b, 0.5 + b, 0.5 + b] with b the bound, (k + 2) · 7 · 2^-52: the
    // first share is 2b below k + 1, too close to call on the fast path and too far to round.
    // Exactly: floors k, 0, 0, and the 2 units left go to the first (remainder 1 - 2b) and to the
    // earlier of the two equal 0.5 + b.
    const near = (k: number): number[] => {
      const bound = (k + 2) * 7 * 2 ** -52;
      return [k + 1 - 2 * bound, 0.5 + bound, 0.5 + bound];
    };
    const before: Array<[number, number[]]> = [
      [10, [1, 2, 4]],
      [7, [1, 1, 2, 3]],
      [1000, [1, 1]],
    ];
    for (const [total, weights] of before) {
      allocateUnits(total, weights);
      for (const k of [0, 1]) {
        expect([...allocateUnits(k + 2, near(k), 'earliest')]).toEqual([k + 1, 1, 0]);
        expect([...allocateUnitsExact(k + 2, near(k), 'earliest')]).toEqual([k + 1, 1, 0]);
      }
    }
  });
});

describe('allocateUnitsExact', () => {
  it('takes each weight as the exact number it is, subnormal next to normal', () => {
    // 2^-1022 is the smallest normal double, 2^-1023 a subnormal one: the ratio 2 : 1.
    expect([...allocateUnitsExact(3, [2 ** -1022, 2 ** -1023])]).toEqual([2, 1]);
    expect([...allocateUnits(3, [2 ** -1022, 2 ** -1023])]).toEqual([2, 1]);
  });

  it('keeps the last bit of a weight whose exponent is below a later one', () => {
    // 2 over [1 + 2^-52, 1, 2] (sum 4 + 2^-52): shares just above 0.5, just below 0.5, just
    // below 1. The two units go to the third and to the first, whose remainder is larger than
    // the second's by its last bit: no tie, so 'latest' does not pick the second.
    expect([...allocateUnitsExact(2, [1 + 2 ** -52, 1, 2], 'latest')]).toEqual([1, 0, 1]);
    expect([...allocateUnits(2, [1 + 2 ** -52, 1, 2], 'latest')]).toEqual([1, 0, 1]);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TieBreak } from '../../../src/money/allocate.js';
import { allocateUnits, allocateUnitsExact } from '../../../src/money/internal/allocate-units.js';
import { runs } from '../../property-runs.js';
import { allocateCounting } from './allocate-counting.js';

const tieBreaks: TieBreak[] = ['largest-weight', 'earliest', 'latest'];
const tieBreak = fc.constantFrom(...tieBreaks);
const safeTotal = fc.oneof(
  fc.integer({ min: -10_000, max: 10_000 }),
  fc.maxSafeInteger(),
  fc.integer({ min: -(2 ** 53) + 1, max: -(2 ** 52) }),
  fc.integer({ min: 2 ** 52 - 100, max: 2 ** 52 + 100 }),
  fc.constantFrom(0, 1, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
);
/** Weights that stress the fast path: equal weights, halves, tiny and huge doubles, zeros. */
const weight = fc.oneof(
  fc.constantFrom(0, 1, 2, 0.5, 0.1, 1 / 3, 3, 1e-300, 5e-324, 1e300, Number.MAX_VALUE),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
);
const weights = fc
  .array(weight, { minLength: 1, maxLength: 40 })
  .filter((list) => list.some((w) => w > 0));
const equalWeights = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom(1, 0.1, 7, 1e-10, 3e200))
  .map(([count, w]) => Array.from({ length: count }, () => w));

const same = (total: number, list: number[], rule: TieBreak): void => {
  expect([...allocateUnits(total, list, rule)]).toEqual([...allocateUnitsExact(total, list, rule)]);
};

describe('allocateUnits on its fast path', () => {
  it.each([
    // 10 / 2 = 5 each: whole shares, nothing left over.
    ['whole shares', 10, [1, 1], 'largest-weight', [5, 5]],
    // Shares 10·1/7 = 1.43, 10·2/7 = 2.86, 10·4/7 = 5.71: floors 1 + 2 + 5 = 8, the 2 left over go
    // to the remainders .86 and .71, far apart from the .43 that gets none.
    ['clearly ordered remainders', 10, [1, 2, 4], 'largest-weight', [1, 3, 6]],
    // 10 / 3 = 3.33 each: one unit left, three equal remainders; the tie-break gives it to the last.
    ['an exact tie among equal weights', 10, [1, 1, 1], 'latest', [3, 3, 4]],
    ['an exact tie, split negatively', -10, [1, 1, 1], 'earliest', [-4, -3, -3]],
    // 90 · 0.7 / 1.0 computes as 62.99999999999999 in doubles: within the bound of 63, so 63.
    [
      'a share a rounding error below a whole number',
      90,
      [0.1, 0.2, 0.7],
      'largest-weight',
      [9, 18, 63],
    ],
    // 7 over [1, 1, 2, 3]: shares 1, 1, 2, 3 exactly.
    ['whole shares of uneven weights', 7, [1, 1, 2, 3], 'earliest', [1, 1, 2, 3]],
  ] as const)(
    'splits a total with %s on the fast path, without BigInt',
    (_case, total, weights, rule, parts) => {
      const run = allocateCounting(total, [...weights], rule);
      expect(run.parts).toEqual(parts);
      expect(run.bigInts).toBe(0);
      expect([...allocateUnitsExact(total, [...weights], rule)]).toEqual(parts);
    },
  );

  it('falls back to exact arithmetic when the total is too large for the double bound', () => {
    // 2^52 units over 3 weights: the rounding bound of the fast path exceeds an eighth of a unit.
    const run = allocateCounting(2 ** 52, [1, 1, 1]);
    expect(run.bigInts).toBeGreaterThan(0);
    // 2^52 = 4503599627370496 = 3 · 1501199875790165 + 1: the extra unit goes to the first.
    expect(run.parts).toEqual([1501199875790166, 1501199875790165, 1501199875790165]);
  });

  it('falls back to exact arithmetic when the weights sum past the largest double', () => {
    const run = allocateCounting(10, [Number.MAX_VALUE, Number.MAX_VALUE, 0]);
    expect(run.bigInts).toBeGreaterThan(0);
    expect(run.parts).toEqual([5, 5, 0]);
  });

  it('splits over more weights than fit its first scratch buffers, and again over fewer', () => {
    // 130 equal weights: 1000 / 130 = 7.69, floors 7 · 130 = 910, the 90 left go to the first 90.
    const many = allocateUnits(
      1000,
      Array.from({ length: 130 }, () => 1),
      'earliest',
    );
    expect([...many.slice(0, 90)].every((part) => part === 8)).toBe(true);
    expect([...many.slice(90)].every((part) => part === 7)).toBe(true);
    expect(many.reduce((a, b) => a + b, 0)).toBe(1000);
    expect([...allocateUnits(10, [1, 2, 4])]).toEqual([1, 3, 6]);
  });

  it('gives a zero total as zeros without negative zeros', () => {
    const parts = allocateUnits(-0, [1, 2]);
    expect([...parts]).toEqual([0, 0]);
    expect(parts.every((part) => Object.is(part, 0))).toBe(true);
  });
});

describe('allocateUnits', () => {
  test.prop([safeTotal, weights, tieBreak], { numRuns: runs(20_000, 2_000) })(
    'equals the exact BigInt reference for any total, weights and tie-break',
    (total, list, rule) => same(total, list, rule),
  );

  test.prop([safeTotal, equalWeights, tieBreak], { numRuns: runs(20_000, 2_000) })(
    'equals the exact reference on equal weights, where every remainder ties exactly',
    (total, list, rule) => same(total, list, rule),
  );

  test.prop(
    [
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 36 }),
      tieBreak,
    ],
    { numRuns: runs(50_000, 5_000) },
  )(
    'equals the exact reference on small integer weights, full of exact ties and halves',
    (total, list, rule) => {
      fc.pre(list.some((w) => w > 0));
      same(total, list, rule);
    },
  );

  const boundedWeights = fc
    .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 })
    .filter((list) => list.some((w) => w > 1e-300));
  test.prop([fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), boundedWeights], {
    numRuns: runs(5_000, 1_000),
  })(
    'adds up exactly to the total and keeps each part within one unit of its share',
    (total, list) => {
      const parts = allocateUnits(total, list);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      const sum = list.reduce((a, b) => a + b, 0);
      parts.forEach((part, i) => {
        expect(Math.abs(part - (total * (list[i] as number)) / sum)).toBeLessThanOrEqual(1 + 1e-6);
      });
    },
  );

  it.each([
    [1, [1, 1, 1], 'largest-weight', [1, 0, 0]],
    [1, [1, 1, 1], 'latest', [0, 0, 1]],
    [2, [1, 3], 'largest-weight', [0, 2]],
    [2, [1, 1, 1, 1], 'earliest', [1, 1, 0, 0]],
    [-100, [1, 1, 1], 'largest-weight', [-34, -33, -33]],
    [100, [0, 1, 0], 'latest', [0, 100, 0]],
    [0, [1, 2], 'latest', [0, 0]],
    [5, [0.5, 0.5], 'latest', [2, 3]],
  ] as const)('splits %i over %j with %s as %j', (total, list, rule, parts) => {
    expect([...allocateUnits(total, list, rule)]).toEqual(parts);
    expect([...allocateUnitsExact(total, list, rule)]).toEqual(parts);
  });

  it.each([
    ['one unit over 60 equal weights', 1, Array.from({ length: 60 }, () => 0.1)],
    ['remainders of exactly one half', 3, [1, 1]],
    ['remainders of exactly one half with uneven weights', 7, [0.5, 1.5, 0.5, 1.5]],
    ['a total near 2^53', Number.MAX_SAFE_INTEGER, [1, 1, 1]],
    ['a negative total near -2^53', -Number.MAX_SAFE_INTEGER, [3, 1, 2 ** -30]],
    ['a total just above 2^52', 2 ** 52 + 1, [1, 2, 3, 4, 5, 6, 7]],
    ['subnormal weights', 10, [5e-324, 1e-323, 5e-324]],
    ['weights whose sum overflows', 10, [Number.MAX_VALUE, Number.MAX_VALUE, 1]],
  ] as const)('matches the exact reference for %s', (_case, total, list) => {
    for (const rule of tieBreaks) same(total, [...list], rule);
    const parts = allocateUnitsExact(total, list);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('never answers a negative zero', () => {
    expect(Object.is(allocateUnits(-1, [1, 1])[1], 0)).toBe(true);
    expect(Object.is(allocateUnits(-1, [1, 2 ** 80])[0], 0)).toBe(true);
  });

  it('writes into a reused output array of the right length', () => {
    const out = new Float64Array(3);
    expect(allocateUnits(10, [1, 1, 1], 'earliest', out)).toBe(out);
    expect([...out]).toEqual([4, 3, 3]);
  });

  it('does not modify the weights', () => {
    const list = Object.freeze([1, 2, 3]);
    const typed = new Float64Array([0.5, 0.25]);
    allocateUnits(7, list);
    allocateUnits(7, typed);
    expect([...typed]).toEqual([0.5, 0.25]);
  });

  it('refuses bad input with a clear message', () => {
    expect(() => allocateUnits(2 ** 53, [1])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Total 9007199254740992 is not a safe integer; expected a whole number of units from -9007199254740991 to 9007199254740991]`,
    );
    expect(() => allocateUnits(1.5, [1])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Total 1.5 is not a safe integer; expected a whole number of units from -9007199254740991 to 9007199254740991]`,
    );
    expect(() => allocateUnits(1, [])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: No weights to allocate over; expected at least one weight]`,
    );
    expect(() => allocateUnits(1, [1, -1])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Weight at index 1 is -1; expected a finite number greater than or equal to 0]`,
    );
    expect(() => allocateUnits(1, [1, Number.NaN])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Weight at index 1 is NaN; expected a finite number greater than or equal to 0]`,
    );
    expect(() =>
      allocateUnits(1, [1, Number.POSITIVE_INFINITY]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Weight at index 1 is Infinity; expected a finite number greater than or equal to 0]`,
    );
    expect(() => allocateUnits(1, [0, 0])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: All 2 weights are zero; expected at least one weight greater than 0]`,
    );
    expect(() =>
      allocateUnits(1, [1, 1], 'earliest', new Float64Array(3)),
    ).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Output array has length 3; expected the number of weights, 2]`,
    );
    expect(() => allocateUnitsExact(1, [0])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: All 1 weights are zero; expected at least one weight greater than 0]`,
    );
  });
});

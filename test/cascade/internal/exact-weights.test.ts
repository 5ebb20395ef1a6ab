import { describe, expect, it } from 'vitest';
import { exactWeights } from '../../../src/cascade/internal/exact-weights.js';

describe('exactWeights', () => {
  it('keeps a zero weight at zero', () => {
    const [zero, one] = exactWeights([0, 1]);
    expect(zero).toBe(0n);
    expect(one).toBeGreaterThan(0n);
  });

  it('keeps the ratio of a subnormal weight to a normal one', () => {
    // Number.MIN_VALUE is 2^-1074, so 1 is 2^1074 times it; 3 · 2^-1074 is three times it.
    const [tiny, one, three] = exactWeights([Number.MIN_VALUE, 1, 3 * Number.MIN_VALUE]);
    expect(one).toBe((tiny as bigint) * 2n ** 1074n);
    expect(three).toBe((tiny as bigint) * 3n);
  });

  it('keeps the ratios of normal weights of different exponents', () => {
    // 0.75 / 0.5 = 3/2 and 1e300 / 0.5 = 2e300, exactly as doubles.
    const [half, threeQuarters, huge] = exactWeights([0.5, 0.75, 1e300]);
    expect((threeQuarters as bigint) * 2n).toBe((half as bigint) * 3n);
    // 1e300 is m · 2^944 with m = 1e300 / 2^944 a whole number below 2^53.
    const m = BigInt(1e300 / 2 ** 944);
    expect(huge).toBe((half as bigint) * 2n * m * 2n ** 944n);
  });
});

import { describe, expect, it } from 'vitest';
import {
  type AllocationWeight,
  allocate,
  DecimalString,
  isAllocationError,
  money,
  toDecimal,
} from '../../../src/index.js';

describe('a Decimal shown in an error message', () => {
  it('is written in full up to 40 characters, in exponent form beyond an exponent of 40', () => {
    // DecimalString wants a string; given a Decimal it says what it received. -1e40 has 42
    // characters in full: cut to 37 and "...". From 1e41 (or 1e-41) on, the exponent form.
    const received = (value: string) => {
      const result = DecimalString.safeParse(toDecimal(value));
      return result.error?.issues[0]?.message.split('; received ')[1];
    };
    expect(['-1.5', `-${'1'.repeat(39)}`, '-1e40', '-1e41', '1e-41'].map(received)).toEqual([
      'Decimal -1.5',
      `Decimal -${'1'.repeat(39)}`,
      `Decimal -1${'0'.repeat(35)}...`,
      'Decimal -1.000e+41',
      'Decimal 1.000e-41',
    ]);
  });
});

describe('a decimal string beyond what decimal.js holds', () => {
  it('is refused as a weight, not read as Infinity or as zero', () => {
    const index = (weights: unknown[]) => {
      try {
        allocate(money('1', 'EUR'), weights as AllocationWeight[]);
      } catch (caught) {
        if (isAllocationError(caught)) return (caught as { index?: number }).index;
        throw caught;
      }
      return 'accepted';
    };
    expect(index(['1e9999999999999999', 1])).toBe(0);
    expect(index([1, '1e-9999999999999999'])).toBe(1);
  });
});

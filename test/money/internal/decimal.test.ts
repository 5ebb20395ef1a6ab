import { Decimal as ApplicationDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  type AllocationWeight,
  add,
  allocate,
  DecimalString,
  isAllocationError,
  money,
  multiply,
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

describe("a Decimal of the application's own decimal.js", () => {
  // The application's Decimal rounds to 20 significant digits; the library's to 40. Both come
  // from one copy of decimal.js here, so they share a prototype: the library must still compute
  // with its own.
  const long = () => new ApplicationDecimal('12345678901234567890.12345');

  it('is computed with in 40 digits as money, not rounded to 20', () => {
    // 12345678901234567890.12345 + 0.00001 = 12345678901234567890.12346 (25 digits).
    const sum = add({ amount: long(), currency: 'EUR' }, money('0.00001', 'EUR'));
    expect(sum.amount.toFixed()).toBe('12345678901234567890.12346');
    // 12345678901234567890.12345 · 3 = 37037036703703703670.37035 (25 digits).
    expect(multiply(money('3', 'EUR'), long()).amount.toFixed()).toBe('37037036703703703670.37035');
  });

  it('is read into a Decimal of the library, with every digit', () => {
    const read = toDecimal(long());
    expect(read.toFixed()).toBe('12345678901234567890.12345');
    expect(read.plus('0.00001').toFixed()).toBe('12345678901234567890.12346');
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/index.js';
import {
  ceilQuotient,
  divideOrNull,
  formatFixed,
  formatPercent,
  formatTrimmed,
  HUNDRED,
  ONE,
  percentOf,
  quantize,
  sumDecimals,
  withoutNegativeZero,
  ZERO,
} from '../../src/money/decimal-arithmetic.js';

const d = (text: string) => toDecimal(text);
const text = (value: { toString(): string } | null) => (value === null ? null : value.toString());

describe('constants', () => {
  it('are 0, 1 and 100', () => {
    expect([ZERO, ONE, HUNDRED].map(text)).toEqual(['0', '1', '100']);
  });
});

describe('sumDecimals', () => {
  it('adds exactly, and sums nothing to zero without a negative sign', () => {
    expect(text(sumDecimals([d('0.1'), d('0.2')]))).toBe('0.3');
    expect(text(sumDecimals([]))).toBe('0');
    expect(sumDecimals([d('-1'), d('1')]).isNeg()).toBe(false);
  });

  test.prop([fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 50 })])(
    'agrees with integer addition',
    (values) => {
      expect(sumDecimals(values.map((value) => toDecimal(value))).toNumber()).toBe(
        values.reduce((a, b) => a + b, 0),
      );
    },
  );
});

describe('quantize', () => {
  it('rounds half to even and drops a negative zero', () => {
    expect([d('0.125'), d('0.135'), d('-0.0001')].map((v) => text(quantize(v, 2)))).toEqual([
      '0.12',
      '0.14',
      '0',
    ]);
    expect(quantize(d('-0.0001'), 2).isNeg()).toBe(false);
  });

  test.prop([fc.integer(), fc.integer()])('never reorders two values', (a, b) => {
    const [x, y] = [toDecimal(a).div(7), toDecimal(b).div(7)];
    if (x.lte(y)) expect(quantize(x, 3).lte(quantize(y, 3))).toBe(true);
  });
});

describe('divideOrNull, percentOf and ceilQuotient', () => {
  it('answer null for a zero divisor, never Infinity', () => {
    expect(divideOrNull(ONE, ZERO)).toBeNull();
    expect(percentOf(ONE, ZERO)).toBeNull();
    expect(ceilQuotient(ONE, ZERO)).toBeNull();
  });

  it('divide, take percentages and round quotients up', () => {
    expect(text(divideOrNull(d('1'), d('8')))).toBe('0.125');
    // 1 / 3 × 100 = 33.33… → 33.3 with one place.
    expect(text(percentOf(d('1'), d('3')))).toBe('33.3');
    expect(text(percentOf(d('1'), d('3'), 2))).toBe('33.33');
    expect(text(ceilQuotient(d('10'), d('4')))).toBe('3');
    // 90/365 of a year twice: the quotient is 5 up to the 40th digit, and stays 5.
    const share = d('90').div(365);
    expect(text(ceilQuotient(d('5').times(share), share))).toBe('5');
  });
});

describe('display rules', () => {
  it('write percentages, fixed and trimmed decimals', () => {
    expect(formatPercent(d('0.125'))).toBe('12.5%');
    expect(formatPercent(d('0.33333'), 2)).toBe('33.33%');
    expect(formatFixed(d('82.35'), 1)).toBe('82.4');
    expect(formatFixed(d('-0'), 1)).toBe('0.0');
    expect(
      [d('1.2500'), d('2.00004'), d('-0.00001'), d('100')].map((v) => formatTrimmed(v)),
    ).toEqual(['1.25', '2', '0', '100']);
    expect(formatTrimmed(null)).toBe('n/a');
    // Without decimals there is no fraction to trim: the zeros of 100 stay.
    expect([d('100'), d('99.6'), d('-0.4')].map((v) => formatTrimmed(v, 0))).toEqual([
      '100',
      '100',
      '0',
    ]);
  });

  it('drop a negative zero', () => {
    expect(withoutNegativeZero(d('-0')).isNeg()).toBe(false);
  });
});

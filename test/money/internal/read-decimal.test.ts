import { describe, expect, it } from 'vitest';
import { money, multiply, toDecimal } from '../../../src/index.js';
import { issueOf } from '../../issue-of.js';

/** The code, message, expected value and params of the issue a decimal is refused with. */
const refusal = (value: unknown) => {
  const issue = issueOf(() => toDecimal(value as never));
  return [issue.code, issue.message, issue.expected, issue.params];
};
const RANGE =
  'at most 40 significant digits and an absolute value from 1e-100 to below 1e101, or 0';
const ACCEPTED =
  'a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal';
const BOUNDS = { significantDigits: 40, exponent: 100 };

describe('a decimal beyond the bounds', () => {
  it('is refused with the bound it broke, the bounds in full and as params', () => {
    expect(refusal('1'.repeat(41))).toEqual([
      'decimal-out-of-range',
      'Has 41 significant digits; at most 40 are accepted',
      `a decimal with ${RANGE}`,
      BOUNDS,
    ]);
    expect(refusal(`1.${'0'.repeat(199)}`)).toEqual([
      'decimal-out-of-range',
      'Longer than 200 characters',
      `a decimal with ${RANGE}`,
      BOUNDS,
    ]);
  });

  it('is accepted at exactly 200 characters', () => {
    // "1." and 198 zeros: 200 characters, one significant digit, the value 1.
    expect(toDecimal(`1.${'0'.repeat(198)}`).toFixed()).toBe('1');
  });

  it('is refused as a result too, naming the bounds a result must keep', () => {
    const issue = issueOf(() => multiply(money('1.5e-100', 'EUR'), '1.5e-100'));
    expect([issue.code, issue.expected, issue.params]).toEqual([
      'decimal-out-of-range',
      `a result with ${RANGE}`,
      BOUNDS,
    ]);
  });
});

describe('a value that is no decimal', () => {
  it('is refused with what a decimal may be, and no bounds as params', () => {
    expect(refusal('1,5')).toEqual(['invalid-decimal', 'Not a decimal number', ACCEPTED, {}]);
    expect(refusal(1.5)).toEqual([
      'invalid-decimal',
      'Number is a binary float, which cannot be taken as an exact decimal',
      ACCEPTED,
      {},
    ]);
    expect(refusal(undefined)).toEqual([
      'required',
      'Expected a decimal, received nothing',
      ACCEPTED,
      {},
    ]);
  });
});

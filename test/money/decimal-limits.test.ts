import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  DecimalSchema,
  DecimalString,
  decimalLimits,
  formatMoney,
  MoneySchema,
  money,
  multiply,
  toDecimal,
} from '../../src/index.js';
import { issueOf } from '../issue-of.js';

describe('decimalLimits', () => {
  it('are documented, frozen numbers', () => {
    expect(decimalLimits).toEqual({ significantDigits: 40, exponent: 100, length: 200 });
    expect(Object.isFrozen(decimalLimits)).toBe(true);
  });
});

describe('toDecimal within its bounds', () => {
  it('refuses "1e99999999" at once with decimal-out-of-range, without printing its digits', () => {
    const issue = issueOf(() => toDecimal('1e99999999'));
    expect(issue.code).toBe('decimal-out-of-range');
    expect(issue.message).toMatchInlineSnapshot(
      `"Exponent is beyond the range of a Decimal (accepted: an absolute value from 1e-100 to below 1e101, or 0)"`,
    );
    expect(issue.params).toEqual({ significantDigits: 40, exponent: 100 });
  });

  it.each([
    ['1e101', 'decimal-out-of-range'],
    ['-1e-101', 'decimal-out-of-range'],
    ['1'.repeat(41), 'decimal-out-of-range'],
    [`0.${'0'.repeat(199)}`, 'decimal-out-of-range'],
    ['1,5', 'invalid-decimal'],
  ])('refuses %s with %s', (text, code) => {
    expect(issueOf(() => toDecimal(text)).code).toBe(code);
  });

  it.each(['1e100', '-9.99e100', '1e-100', '0e99999', '1'.repeat(40), '-0.000001'])(
    'accepts %s',
    (text) => {
      expect(toDecimal(text).eq(new ForeignDecimal(text))).toBe(true);
    },
  );

  it('refuses a Decimal beyond the bound too, as money amounts and ratios', () => {
    const huge = new ForeignDecimal('1e99999999');
    expect(issueOf(() => toDecimal(huge)).code).toBe('decimal-out-of-range');
    expect(issueOf(() => money(huge, 'EUR')).path).toEqual(['amount']);
    expect(issueOf(() => multiply(money('1', 'EUR'), huge)).path).toEqual(['ratio']);
    expect(issueOf(() => formatMoney({ amount: huge, currency: 'EUR' })).path).toEqual([
      'value',
      'amount',
    ]);
  });
});

describe('DecimalString and DecimalSchema', () => {
  it('refuse "1e99999999" with the code decimal-out-of-range and stop there', () => {
    for (const schema of [DecimalString, DecimalSchema]) {
      const result = schema.safeParse('1e99999999');
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
      expect(result.error?.issues[0]).toMatchObject({
        code: 'custom',
        params: { code: 'decimal-out-of-range' },
      });
    }
    expect(MoneySchema.safeParse({ amount: '1e99999999', currency: 'EUR' }).success).toBe(false);
  });
});

describe('formatMoney for every accepted value', () => {
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('writes more than 20 decimal places (Node 20 Intl stops at 20)', () => {
    expect(formatMoney(money('0.1234567890123456789012345', 'EUR'))).toBe(
      '€0.1234567890123456789012345',
    );
  });

  it('writes amounts at both ends of the bounds, more than 100 places included', () => {
    expect(formatMoney(money('1e-100', 'EUR'))).toBe(`€0.${'0'.repeat(99)}1`);
    expect(formatMoney(money(`${'9'.repeat(40)}e61`, 'EUR'))).toMatch(/^€99,999,.*,000\.00$/);
    const exact = multiply(money('1.5e-50', 'EUR'), '1.5e-50');
    expect(formatMoney(exact)).toBe(`€0.${'0'.repeat(99)}225`);
  });

  it('is never handed a value the library built and would refuse: such results are refused', () => {
    expect(issueOf(() => multiply(money('1.5e-100', 'EUR'), '1.5e-100'))).toMatchObject({
      code: 'decimal-out-of-range',
      message:
        'The result 2.250e-200 is beyond the range of a Decimal (accepted: an absolute value from 1e-100 to below 1e101, or 0)',
    });
  });

  it('writes the extra digits in the locale own digits', () => {
    const text = formatMoney(money('0.1234567890123456789012', 'EUR'), { locale: 'ar-EG' });
    expect(text).toContain('١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢');
    expect(plain(formatMoney(money('1234.5', 'EUR'), { locale: 'de-DE' }))).toBe('1.234,50 €');
  });
});

import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  fromMinorUnits,
  isCurrencyCode,
  isValidationError,
  minorUnits,
  money,
  roundMoney,
  toDecimal,
  toDecimalString,
  toMinorUnits,
} from '../../src/index.js';

const caught = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};
const message = (fn: () => unknown): string => (caught(fn) as Error).message;

describe('toDecimal', () => {
  it.each([
    ['12.50', '12.5'],
    ['-3', '-3'],
    ['1.25e3', '1250'],
    ['-0', '0'],
    ['1e-30', '0.000000000000000000000000000001'],
  ])('reads the decimal string %s exactly as %s', (input, output) => {
    expect(toDecimal(input).toString()).toBe(output);
  });

  it('accepts safe integers and decimal.js instances from any copy of decimal.js', () => {
    expect(toDecimal(42).toString()).toBe('42');
    expect(toDecimal(new ForeignDecimal('1.5')).toString()).toBe('1.5');
    expect(toDecimal(new ForeignDecimal('-0')).isNeg()).toBe(false);
  });

  it.each(['', ' 1', '1,5', '0x10', 'NaN', 'Infinity', '.5', '+1'])(
    'refuses the malformed string %j with a ValidationError',
    (input) => {
      expect(isValidationError(caught(() => toDecimal(input)))).toBe(true);
    },
  );

  it('says why numbers are refused and what is accepted', () => {
    expect(message(() => toDecimal(0.1))).toMatchInlineSnapshot(`
      "Invalid decimal: 1 issue
        - value: Number is a binary float, which cannot be taken as an exact decimal (received 0.1; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)"
    `);
    expect(message(() => toDecimal(Number.NaN))).toMatchInlineSnapshot(`
      "Invalid decimal: 1 issue
        - value: Number is not finite (received NaN; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)"
    `);
    expect(message(() => toDecimal(2 ** 60))).toMatchInlineSnapshot(`
      "Invalid decimal: 1 issue
        - value: Number is beyond the safe integer range (received 1152921504606847000; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)"
    `);
    expect(message(() => toDecimal(new ForeignDecimal('NaN')))).toMatchInlineSnapshot(`
      "Invalid decimal: 1 issue
        - value: Not a finite decimal (received Decimal NaN; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)"
    `);
  });
});

describe('isCurrencyCode', () => {
  it('knows ISO 4217 codes and refuses lowercase, unknown and non-strings', () => {
    expect(['EUR', 'USD', 'JPY', 'KWD'].every(isCurrencyCode)).toBe(true);
    expect([' EUR', 'eur', 'EUX', 'EURO', 42, null].some(isCurrencyCode)).toBe(false);
  });
});

describe('minorUnits', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['BHD', 3],
  ])('gives %s %i decimal places', (currency, digits) => {
    expect(minorUnits(currency)).toBe(digits);
    expect(minorUnits(currency)).toBe(digits);
  });

  it('refuses an unknown currency, telling lowercase apart', () => {
    expect(message(() => minorUnits('EUX'))).toMatchInlineSnapshot(`
      "Invalid currency: 1 issue
        - currency: Unknown currency code (received "EUX"; expected an ISO 4217 code in uppercase, such as "EUR", "USD" or "JPY", or a declared currency such as { code: "PTS", digits: 0 })"
    `);
    expect(message(() => minorUnits('eur'))).toMatchInlineSnapshot(`
      "Invalid currency: 1 issue
        - currency: Currency code must be uppercase (received "eur"; expected an ISO 4217 code in uppercase, such as "EUR", "USD" or "JPY", or a declared currency such as { code: "PTS", digits: 0 })"
    `);
  });
});

describe('money', () => {
  it('keeps the exact amount and the currency in a frozen value', () => {
    const value = money('12.345', 'EUR');
    expect(value.amount.toString()).toBe('12.345');
    expect(Object.isFrozen(value)).toBe(true);
    expect(money(toDecimal('-0'), 'EUR').amount.isNeg()).toBe(false);
  });

  it('refuses a bad amount or currency with a ValidationError', () => {
    expect(message(() => money('12,5', 'EUR'))).toMatchInlineSnapshot(`
      "Invalid money: 1 issue
        - amount: Not a decimal number (received "12,5"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)"
    `);
    expect(isValidationError(caught(() => money('1', 'EUX')))).toBe(true);
  });
});

describe('fromMinorUnits', () => {
  it.each([
    [1999, 'EUR', '19.99'],
    [-5n, 'EUR', '-0.05'],
    [7, 'JPY', '7'],
    [50, 'KWD', '0.05'],
    [
      123456789012345678901234567890123456789012345n,
      'EUR',
      '1234567890123456789012345678901234567890123.45',
    ],
  ] as const)('reads %s minor units of %s as %s', (units, currency, amount) => {
    expect(fromMinorUnits(units, currency).amount.toFixed()).toBe(amount);
  });

  it('refuses a non-integer number of minor units', () => {
    expect(message(() => fromMinorUnits(1.5, 'EUR'))).toMatchInlineSnapshot(`
      "Invalid minor units: 1 issue
        - units: Minor units must be a whole number (received 1.5; expected a bigint or a safe integer such as 1999)"
    `);
  });
});

describe('toMinorUnits', () => {
  it('counts whole minor units, negative ones included', () => {
    expect(toMinorUnits(money('19.99', 'EUR'))).toBe(1999n);
    expect(toMinorUnits(money('-0.05', 'KWD'))).toBe(-50n);
    expect(toMinorUnits(money('1e3', 'JPY'))).toBe(1000n);
  });

  it('refuses amounts finer than the minor unit with a PrecisionError', () => {
    expect(message(() => toMinorUnits(money('10.005', 'EUR')))).toMatchInlineSnapshot(
      `"Amount 10.005 EUR is not a whole number of minor units: EUR has 2 decimal places; round it first with roundMoney"`,
    );
  });
});

describe('toDecimalString', () => {
  it.each([
    ['12.5', 'EUR', '12.50'],
    ['0.125', 'EUR', '0.125'],
    ['1.25e6', 'EUR', '1250000.00'],
    ['1e-7', 'EUR', '0.0000001'],
    ['1e40', 'JPY', '10000000000000000000000000000000000000000'],
    ['-3', 'KWD', '-3.000'],
  ])('writes %s %s as %s', (amount, currency, text) => {
    expect(toDecimalString(money(amount, currency))).toBe(text);
  });
});

describe('roundMoney', () => {
  it.each([
    ['0.125', undefined, '0.12'],
    ['0.135', undefined, '0.14'],
    ['0.125', 'half-up', '0.13'],
    ['-0.125', 'half-up', '-0.13'],
    ['0.129', 'down', '0.12'],
    ['0.121', 'up', '0.13'],
    ['-0.121', 'floor', '-0.13'],
    ['-0.129', 'ceiling', '-0.12'],
    ['-0.001', 'ceiling', '0'],
  ] as const)('rounds %s EUR with %s to %s', (amount, rounding, rounded) => {
    const options = rounding === undefined ? undefined : { rounding };
    expect(roundMoney(money(amount, 'EUR'), options).amount.toFixed()).toBe(rounded);
  });

  it('rounds to the minor unit of the currency', () => {
    expect(roundMoney(money('2.5', 'JPY')).amount.toFixed()).toBe('2');
    expect(roundMoney(money('0.0125', 'KWD')).amount.toFixed()).toBe('0.012');
  });
});

import { fc, test } from '@fast-check/vitest';
import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  add,
  isCurrencyMismatchError,
  isDivisionByZeroError,
  type Money,
  money,
  multiply,
  negate,
  ratioOf,
  subtract,
  sumMoney,
} from '../../src/index.js';
import { deepFreeze } from './deep-freeze.js';

const eur = (amount: string) => deepFreeze(money(amount, 'EUR'));
const runtime = (amount: string, currency: string): Money => money(amount, currency);
const text = (value: Money) => `${value.amount.toFixed()} ${value.currency}`;

describe('add', () => {
  it('adds exactly, without binary float drift, and leaves its inputs alone', () => {
    expect(text(add(eur('0.1'), eur('0.2')))).toBe('0.3 EUR');
    expect(text(add(eur('1e-30'), eur('1e20')))).toBe(
      '100000000000000000000.000000000000000000000000000001 EUR',
    );
  });

  it('refuses different currencies known only at run time', () => {
    expect(() => add(runtime('1', 'EUR'), runtime('1', 'USD'))).toThrowErrorMatchingInlineSnapshot(
      `[CurrencyMismatchError: Cannot add amounts in different currencies: expected EUR, received USD; convert one amount first so both are in EUR]`,
    );
  });
});

// At most 40 significant digits, the bound of decimalLimits: the results still need up to 120.
const digits40 = fc.bigInt({ min: -(10n ** 40n - 1n), max: 10n ** 40n - 1n });
const decimalText = fc
  .tuple(digits40, fc.integer({ min: -40, max: 40 }))
  .map(([digits, exponent]) => `${digits}e${exponent}`);

describe('add and subtract', () => {
  test.prop([decimalText, decimalText])(
    'are exact inverses at any size, beyond the 40 digits of the decimal context',
    (a, b) => {
      const sum = add(eur(a), eur(b));
      expect(subtract(sum, eur(b)).amount.eq(eur(a).amount)).toBe(true);
      expect(subtract(sum, eur(a)).amount.eq(eur(b).amount)).toBe(true);
    },
  );

  // Factors below 1e50 in absolute value, so the product (up to 60 digits) stays within the
  // 1e101 bound of decimalLimits.
  const parts = fc.tuple(
    fc.bigInt({ min: -(10n ** 30n - 1n), max: 10n ** 30n - 1n }),
    fc.integer({ min: -20, max: 20 }),
  );
  test.prop([parts, parts])(
    'multiply is exact: digits multiply, exponents add',
    ([da, ea], [db, eb]) => {
      const product = multiply(eur(`${da}e${ea}`), `${db}e${eb}`);
      expect(product.amount.eq(new ForeignDecimal(`${da * db}e${ea + eb}`))).toBe(true);
    },
  );
});

describe('subtract', () => {
  it('subtracts exactly, and a difference of zero is a plain zero', () => {
    expect(text(subtract(eur('10'), eur('12.5')))).toBe('-2.5 EUR');
    expect(subtract(eur('1'), eur('1')).amount.isNeg()).toBe(false);
  });
});

describe('multiply', () => {
  it.each([
    ['19.99', '1.07', '21.3893'],
    ['19.99', 3, '59.97'],
    ['-2', '0.5', '-1'],
    ['0.1', new ForeignDecimal('3'), '0.3'],
  ] as const)('multiplies %s EUR by %s to %s', (amount, ratio, product) => {
    expect(multiply(eur(amount), ratio).amount.toFixed()).toBe(product);
  });

  it('refuses binary floats as ratios', () => {
    expect(() => multiply(eur('1'), 1.07)).toThrow(/binary float/);
  });
});

describe('negate', () => {
  it('flips the sign and keeps zero a plain zero', () => {
    expect(text(negate(eur('12.5')))).toBe('-12.5 EUR');
    expect(negate(eur('0')).amount.isNeg()).toBe(false);
  });
});

describe('sumMoney', () => {
  it('adds up a list, and an empty list in the given currency is zero', () => {
    expect(text(sumMoney(deepFreeze([eur('1.10'), eur('2.20'), eur('-0.30')])))).toBe('3 EUR');
    expect(text(sumMoney([], 'JPY'))).toBe('0 JPY');
  });

  it('refuses an empty list without a currency, mixed currencies and unknown currencies', () => {
    expect(() => sumMoney([])).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot sum money: 1 issue
        - values: An empty list of amounts has no currency (received []; expected at least one amount, or the currency of the sum as the second argument)]
    `);
    expect(() =>
      sumMoney([runtime('1', 'EUR'), runtime('1', 'USD')]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[CurrencyMismatchError: Cannot sum amounts in different currencies: expected EUR, received USD; convert one amount first so both are in EUR]`,
    );
    expect(() => sumMoney([runtime('1', 'EUR')], 'USD')).toThrow(/expected USD, received EUR/);
    expect(() => sumMoney([], 'EUX')).toThrow(/Unknown currency code/);
  });
});

describe('ratioOf', () => {
  it('divides money by money into a plain ratio', () => {
    expect(ratioOf(eur('25'), eur('200')).toString()).toBe('0.125');
    expect(ratioOf(eur('1'), eur('3')).toString()).toBe(
      '0.3333333333333333333333333333333333333333',
    );
    expect(ratioOf(eur('0'), eur('-3')).isNeg()).toBe(false);
  });

  it('refuses a zero whole with a typed error rather than Infinity', () => {
    let caught: unknown;
    try {
      ratioOf(eur('5'), eur('0'));
    } catch (error) {
      caught = error;
    }
    expect(isDivisionByZeroError(caught)).toBe(true);
    expect((caught as Error).message).toMatchInlineSnapshot(
      `"Cannot take the ratio of 5 EUR to a zero whole (received "0"); pass a non-zero whole"`,
    );
    expect(isCurrencyMismatchError(caught)).toBe(false);
  });
});

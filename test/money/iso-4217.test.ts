import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  allocate,
  formatMoney,
  fromMinorUnits,
  isCurrencyCode,
  iso4217,
  minorUnits,
  money,
  roundMoney,
  toDecimalString,
  toMinorUnits,
} from '../../src/index.js';
import { listOne, withdrawn } from './fixtures/iso-4217-list-one.js';

const amounts = (parts: ReadonlyArray<{ amount: { toFixed(): string } }>) =>
  parts.map((part) => part.amount.toFixed());

describe('iso4217', () => {
  it('holds every code of List One (2026-01-01) with its minor units, and nothing else', () => {
    expect(iso4217.published).toBe('2026-01-01');
    expect(listOne).toHaveLength(178);
    expect(new Set(listOne.map((row) => row.numeric)).size).toBe(listOne.length - 0);
    expect(Object.fromEntries(listOne.map((row) => [row.code, row.digits]))).toEqual({
      ...iso4217.minorUnits,
    });
  });

  it('is frozen, so no caller can change it for the others', () => {
    expect(Object.isFrozen(iso4217)).toBe(true);
    expect(Object.isFrozen(iso4217.minorUnits)).toBe(true);
  });
});

describe('isCurrencyCode and minorUnits against ISO 4217', () => {
  it.each(listOne.filter((row) => row.digits !== null))(
    'knows $code with $digits digits',
    ({ code, digits }) => {
      expect(isCurrencyCode(code)).toBe(true);
      expect(minorUnits(code)).toBe(digits);
    },
  );

  it.each(listOne.filter((row) => row.digits === null))(
    'does not take $code, which ISO lists without a minor unit, as a currency of its own',
    ({ code }) => {
      expect(isCurrencyCode(code)).toBe(false);
      expect(() => minorUnits(code)).toThrow(/without a minor unit/);
    },
  );

  it('takes only strings as codes, not values whose text is a code', () => {
    const lookalikes = [['EUR'], { toString: () => 'EUR' }];
    expect(lookalikes.map((value) => isCurrencyCode(value))).toEqual([false, false]);
    for (const value of lookalikes) expect(() => minorUnits(value as never)).toThrow(/currency/);
  });

  it.each(withdrawn)('refuses the withdrawn code %s', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
    expect(() => money('1', code)).toThrow(/Unknown currency code/);
  });
});

describe('currencies whose ICU digits differ from ISO 4217', () => {
  it('splits 1.00 COP into 0.34, 0.33 and 0.33 (ISO gives COP 2 digits)', () => {
    expect(amounts(allocate(money('1.00', 'COP'), [1, 1, 1]))).toEqual(['0.34', '0.33', '0.33']);
  });

  it('allocates 0.50 COP in centavos', () => {
    expect(amounts(allocate(money('0.50', 'COP'), [1, 1]))).toEqual(['0.25', '0.25']);
  });

  it.each([
    ['HUF', '12.5', '12.50'],
    ['IDR', '100.1', '100.10'],
    ['IQD', '1.5', '1.500'],
  ])('writes %s with its ISO digits', (code, amount, text) => {
    expect(toDecimalString(money(amount, code))).toBe(text);
  });

  it('takes CLF with its 4 digits and UYW with 4', () => {
    expect(toMinorUnits(money('1', 'CLF'))).toBe(10000n);
    expect(roundMoney(money('1.234567', 'CLF')).amount.toFixed()).toBe('1.2346');
    expect(fromMinorUnits(12345, 'UYW').amount.toFixed()).toBe('1.2345');
  });

  it.each(['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI', 'UYW', 'VED', 'XAD', 'XCG'])(
    'accepts the valid ISO 4217 code %s',
    (code) => {
      expect(money('1', code).currency).toBe(code);
    },
  );
});

describe('independence from Intl', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the same digits, splits and formatting when Intl answers differently', () => {
    const before = {
      units: ['COP', 'EUR', 'JPY', 'CLF'].map((code) => minorUnits(code)),
      split: amounts(allocate(money('1.00', 'COP'), [1, 1, 1])),
      text: formatMoney(money('1', 'COP')).replace(/\s/g, ' '),
      known: ['XAD', 'XCG', 'ANG'].map((code) => isCurrencyCode(code)),
    };
    const resolved = Intl.NumberFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.NumberFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.NumberFormat,
    ) {
      return { ...resolved.call(this), minimumFractionDigits: 7, maximumFractionDigits: 7 };
    });
    vi.spyOn(Intl, 'supportedValuesOf').mockReturnValue(['ANG']);
    expect({
      units: ['COP', 'EUR', 'JPY', 'CLF'].map((code) => minorUnits(code)),
      split: amounts(allocate(money('1.00', 'COP'), [1, 1, 1])),
      text: formatMoney(money('1', 'COP')).replace(/\s/g, ' '),
      known: ['XAD', 'XCG', 'ANG'].map((code) => isCurrencyCode(code)),
    }).toEqual(before);
    expect(before).toEqual({
      units: [2, 2, 0, 4],
      split: ['0.34', '0.33', '0.33'],
      text: 'COP 1.00',
      known: [true, true, false],
    });
  });
});

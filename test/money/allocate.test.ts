import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type AllocationWeight,
  allocate,
  fromMinorUnits,
  isAllocationError,
  minorUnits,
  money,
  sumMoney,
  type TieBreak,
  toDecimal,
  toMinorUnits,
} from '../../src/index.js';
import { deepFreeze } from './deep-freeze.js';

const amounts = (parts: ReadonlyArray<{ amount: { toFixed(): string } }>) =>
  parts.map((part) => part.amount.toFixed());
const quantities = (parts: ReadonlyArray<{ toFixed(): string }>) =>
  parts.map((part) => part.toFixed());
const currency = fc.constantFrom('EUR', 'JPY', 'KWD', 'USD', 'BHD');
const units = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });
const weightList = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 })
  .filter((list) => list.some((w) => w > 0));
const tieBreak = fc.constantFrom<TieBreak>('largest-weight', 'earliest', 'latest');

describe('allocate', () => {
  test.prop([units, currency, weightList, tieBreak])(
    'gives parts that add up exactly to the total in any currency, sign and tie-break',
    (count, code, weights, rule) => {
      const total = fromMinorUnits(count, code);
      const parts = allocate(total, weights, { tieBreak: rule });
      expect(parts).toHaveLength(weights.length);
      expect(sumMoney(parts, code).amount.eq(total.amount)).toBe(true);
      expect(parts.every((part) => part.currency === code)).toBe(true);
    },
  );

  test.prop([units, currency, weightList])(
    'keeps every part within one minor unit of its exact proportional share',
    (count, code, weights) => {
      const sum = weights.reduce((a, b) => a + b, 0);
      allocate(fromMinorUnits(count, code), weights).forEach((part, i) => {
        const share = toDecimal(count.toString())
          .times(weights[i] as number)
          .div(sum);
        expect(toDecimal(toMinorUnits(part).toString()).minus(share).abs().lt(1)).toBe(true);
      });
    },
  );

  test.prop([units, currency, weightList, fc.integer({ min: 1, max: 10_000 }), tieBreak])(
    'does not change when every weight is scaled by the same factor',
    (count, code, weights, factor, rule) => {
      const total = fromMinorUnits(count, code);
      // Scale by an exact factor (k / 8 is a terminating decimal): an inexact one such as k / 7
      // would perturb exact ties in the last digit and legitimately move a leftover unit.
      const scaled = weights.map((w) => toDecimal(w).times(factor).div(8));
      expect(amounts(allocate(total, scaled, { tieBreak: rule }))).toEqual(
        amounts(allocate(total, weights, { tieBreak: rule })),
      );
    },
  );

  test.prop([units, currency, weightList])(
    'gives zero to every zero weight',
    (count, code, weights) => {
      allocate(fromMinorUnits(count, code), weights).forEach((part, i) => {
        if (weights[i] === 0) expect(part.amount.isZero()).toBe(true);
      });
    },
  );

  test.prop([units, currency, weightList, tieBreak])(
    'splits a negative total as the negation of the positive one, part by part',
    (count, code, weights, rule) => {
      const positive = allocate(fromMinorUnits(count, code), weights, { tieBreak: rule });
      const negative = allocate(fromMinorUnits(-count, code), weights, { tieBreak: rule });
      expect(amounts(negative)).toEqual(
        amounts(positive).map((a) => (a === '0' ? a : a.startsWith('-') ? a.slice(1) : `-${a}`)),
      );
    },
  );

  test.prop([units, currency, weightList])('does not modify its inputs', (count, code, weights) => {
    const total = deepFreeze(fromMinorUnits(count, code));
    const frozen = deepFreeze([...weights]);
    const options = deepFreeze({ tieBreak: 'latest' as const });
    expect(() => allocate(total, frozen, options)).not.toThrow();
    expect(frozen).toEqual(weights);
  });

  it.each([
    ['100.00', 'EUR', [1, 1, 1], undefined, ['33.34', '33.33', '33.33']],
    ['100.00', 'EUR', [1, 1, 1], 'latest', ['33.33', '33.33', '33.34']],
    ['100.00', 'EUR', [1, 1, 1], 'earliest', ['33.34', '33.33', '33.33']],
    ['1', 'JPY', [1, 1], undefined, ['1', '0']],
    ['1', 'JPY', [1, 1], 'latest', ['0', '1']],
    ['1', 'JPY', [1, 3], 'earliest', ['0', '1']],
    ['2', 'JPY', [1, 3], 'earliest', ['1', '1']],
    ['2', 'JPY', [1, 3], undefined, ['0', '2']],
    ['0.05', 'KWD', [1, 1, 1], undefined, ['0.017', '0.017', '0.016']],
    ['0.05', 'KWD', ['0.7', '0.2', '0.1'], undefined, ['0.035', '0.01', '0.005']],
    ['-0.05', 'KWD', [1, 1, 1], undefined, ['-0.017', '-0.017', '-0.016']],
    ['10', 'EUR', [0, 1, 0], undefined, ['0', '10', '0']],
    ['0', 'EUR', [1, 2], undefined, ['0', '0']],
    ['0.01', 'EUR', [0.1, 0.2], undefined, ['0', '0.01']],
  ] as const)(
    'splits %s %s over %j with tie-break %s as %j',
    (total, code, weights, rule, parts) => {
      const options = rule === undefined ? undefined : { tieBreak: rule };
      expect(amounts(allocate(money(total, code), weights, options))).toEqual(parts);
    },
  );

  it('splits plain quantities in units of the given decimal places', () => {
    expect(quantities(allocate('100', [1, 1, 1], { decimals: 1 }))).toEqual([
      '33.4',
      '33.3',
      '33.3',
    ]);
    expect(quantities(allocate('7', [1, 1], { decimals: 0, tieBreak: 'latest' }))).toEqual([
      '3',
      '4',
    ]);
    expect(quantities(allocate(toDecimal('37.5'), [2, 1, 1], { decimals: 1 }))).toEqual([
      '18.7',
      '9.4',
      '9.4',
    ]);
  });

  it('takes Decimal, string and number weights alike', () => {
    const weights: AllocationWeight[] = [toDecimal('0.25'), '0.25', 0.5];
    expect(amounts(allocate(money('1', 'EUR'), weights))).toEqual(['0.25', '0.25', '0.5']);
  });

  it('explains bad weights, naming the index', () => {
    const total = money('10', 'EUR');
    const error = (weights: AllocationWeight[]) => {
      try {
        allocate(total, weights);
      } catch (caught) {
        expect(isAllocationError(caught)).toBe(true);
        return [(caught as Error).message, (caught as { index?: number }).index];
      }
      throw new Error('expected a throw');
    };
    expect(error([])).toMatchInlineSnapshot(`
      [
        "No weights to allocate over; expected at least one weight",
        undefined,
      ]
    `);
    expect(error([1, -1])).toMatchInlineSnapshot(`
      [
        "Weight at index 1 is -1; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)",
        1,
      ]
    `);
    expect(error([1, Number.NaN])).toMatchInlineSnapshot(`
      [
        "Weight at index 1 is NaN; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)",
        1,
      ]
    `);
    expect(error([1, Number.POSITIVE_INFINITY])).toMatchInlineSnapshot(`
      [
        "Weight at index 1 is Infinity; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)",
        1,
      ]
    `);
    expect(error(['1', '1,5'])).toMatchInlineSnapshot(`
      [
        "Weight at index 1 is "1,5"; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)",
        1,
      ]
    `);
    expect(error([0, '0.00'])).toMatchInlineSnapshot(`
      [
        "All 2 weights are zero; expected at least one weight greater than 0",
        undefined,
      ]
    `);
  });

  it('refuses totals finer than the unit, and quantities without valid decimals', () => {
    expect(() => allocate(money('10.005', 'EUR'), [1, 1])).toThrowErrorMatchingInlineSnapshot(
      `[PrecisionError: Total 10.005 EUR cannot be split in units of 10^-2; expected whole minor units (2 decimal places for EUR); round it first with roundMoney]`,
    );
    expect(() => allocate('0.25', [1], { decimals: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[PrecisionError: Total 0.25 cannot be split in units of 10^-1; expected 1 decimal places]`,
    );
    expect(() => allocate('1', [1], { decimals: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Option decimals is -1; expected a whole number from 0 to 100 when the total is a plain quantity]`,
    );
    expect(() => allocate('1', [1], {} as { decimals: number })).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Option decimals is undefined; expected a whole number from 0 to 100 when the total is a plain quantity]`,
    );
  });

  it('uses the minor units of the currency', () => {
    expect(minorUnits('KWD')).toBe(3);
    expect(amounts(allocate(money('1', 'KWD'), [1, 2]))).toEqual(['0.333', '0.667']);
  });

  it('accepts decimals from 0 to 100 for a quantity, and nothing fractional or beyond', () => {
    expect(quantities(allocate('1', [1], { decimals: 100 }))).toEqual(['1']);
    expect(quantities(allocate('1', [1, 1], { decimals: 0 }))).toEqual(['1', '0']);
    expect(() => allocate('1', [1], { decimals: 101 })).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Option decimals is 101; expected a whole number from 0 to 100 when the total is a plain quantity]`,
    );
    expect(() => allocate('1', [1], { decimals: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Option decimals is 1.5; expected a whole number from 0 to 100 when the total is a plain quantity]`,
    );
  });

  it('reads weights of up to 500 characters and exponents up to 400 either way', () => {
    const total = money('1', 'EUR');
    const index = (weights: unknown[]) => {
      try {
        allocate(total, weights as AllocationWeight[]);
      } catch (caught) {
        if (isAllocationError(caught)) return (caught as { index?: number }).index;
        throw caught;
      }
      return 'accepted';
    };
    // '1.' and 498 zeros is 500 characters: the weight 1.
    expect(index([`1.${'0'.repeat(498)}`, 1])).toBe('accepted');
    expect(index([`1.${'0'.repeat(499)}`, 1])).toBe(0);
    expect(amounts(allocate(total, ['1e400', '1e400']))).toEqual(['0.5', '0.5']);
    expect(amounts(allocate(total, ['1e-400', '3e-400']))).toEqual(['0.25', '0.75']);
    expect(index(['1e401', 1])).toBe(0);
    expect(index([1, '1e-401'])).toBe(1);
    // Zero has no exponent to refuse, however it is written.
    expect(amounts(allocate(total, ['0e-500', 1]))).toEqual(['0', '1']);
  });

  it('refuses weights that are neither numbers, decimal strings nor Decimals', () => {
    const total = money('1', 'EUR');
    expect(() => allocate(total, [{} as AllocationWeight, 1])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Weight at index 0 is an object; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)]`,
    );
    expect(() => allocate(total, [1, true as never])).toThrowErrorMatchingInlineSnapshot(
      `[AllocationError: Weight at index 1 is true; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)]`,
    );
  });
});

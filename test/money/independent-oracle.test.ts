/**
 * Checks money against oracles written from scratch in this file: allocation by exact rational
 * arithmetic on BigInt (weights read digit by digit from their decimal strings), and minor units
 * from the ISO 4217 facts the issue names.
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  DecimalString,
  fromMinorUnits,
  isAllocationError,
  isPrecisionError,
  MoneyJson,
  MoneySchema,
  minorUnits,
  money,
  type TieBreak,
  toDecimal,
  toMinorUnits,
} from '../../src/index.js';
import { runs } from '../property-runs.js';
import { deepFreeze } from './deep-freeze.js';

/** A plain decimal string (no exponent) as an exact fraction `numerator / 10^places`. */
function rational(text: string): { numerator: bigint; denominator: bigint } {
  const [whole = '0', fraction = ''] = text.split('.');
  return {
    numerator: BigInt(`${whole}${fraction}`),
    denominator: 10n ** BigInt(fraction.length),
  };
}

/**
 * The largest-remainder method as the issue states it, in exact rationals: part i's exact share
 * of |total| units is |total|·wᵢ/W; floors first, then one unit each to the largest remainders,
 * ties by the named rule; a negative total is the mirror image of its absolute value.
 */
function oracle(totalUnits: bigint, weights: string[], tieBreak: TieBreak): bigint[] {
  const ws = weights.map(rational);
  // Put every weight over one common denominator D: wᵢ = nᵢ / D.
  // biome-ignore lint/complexity/useMathMinMax: Math.max does not take bigints
  const common = ws.reduce((d, w) => (d > w.denominator ? d : w.denominator), 1n);
  const numerators = ws.map((w) => w.numerator * (common / w.denominator));
  const sum = numerators.reduce((a, b) => a + b, 0n);
  const units = totalUnits < 0n ? -totalUnits : totalUnits;
  const floors = numerators.map((n) => (units * n) / sum);
  const remainders = numerators.map((n, i) => units * n - (floors[i] as bigint) * sum);
  let leftover = units - floors.reduce((a, b) => a + b, 0n);
  const order = weights.map((_, i) => i);
  order.sort((i, j) => {
    const ri = remainders[i] as bigint;
    const rj = remainders[j] as bigint;
    if (ri !== rj) return ri > rj ? -1 : 1;
    if (tieBreak === 'earliest') return i - j;
    if (tieBreak === 'latest') return j - i;
    const wi = numerators[i] as bigint;
    const wj = numerators[j] as bigint;
    return wi !== wj ? (wi > wj ? -1 : 1) : i - j;
  });
  for (const i of order) {
    if (leftover === 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    leftover--;
  }
  return totalUnits < 0n ? floors.map((p) => -p) : floors;
}

const weightText = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.stringMatching(/^\d{1,40}$/))
    .map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.constantFrom('0', '0.0', '1', '3', '7'),
);
const weightsText = fc
  .array(weightText, { minLength: 1, maxLength: 12 })
  .filter((list) => list.some((w) => rational(w).numerator > 0n));
const totalUnits = fc.oneof(
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.bigInt({ min: -20n, max: 20n }),
);
const currency = fc.constantFrom('EUR', 'JPY', 'KWD', 'BHD', 'USD');
const rule = fc.constantFrom<TieBreak>('largest-weight', 'earliest', 'latest');

describe('allocate against an exact rational oracle', () => {
  test.prop([totalUnits, currency, weightsText, rule], { numRuns: runs(1000) })(
    'gives exactly the oracle parts for money in any currency, sign, weights and tie-break',
    (units, code, weights, tieBreak) => {
      const parts = allocate(fromMinorUnits(units, code), weights, { tieBreak });
      expect(parts.map(toMinorUnits)).toEqual(oracle(units, weights, tieBreak));
      expect(parts.reduce((a, p) => a + toMinorUnits(p), 0n)).toBe(units);
    },
  );

  test.prop([totalUnits, fc.integer({ min: 0, max: 12 }), weightsText, rule], {
    numRuns: runs(300),
  })(
    'gives exactly the oracle parts for plain quantities',
    (units, decimals, weights, tieBreak) => {
      const total = toDecimal(`${units}e-${decimals}`);
      const parts = allocate(total, weights, { decimals, tieBreak });
      expect(parts.map((p) => BigInt(p.times(`1e${decimals}`).toFixed()))).toEqual(
        oracle(units, weights, tieBreak),
      );
    },
  );

  test.prop([fc.bigInt({ min: 1n, max: 10n ** 25n }), currency, weightsText, rule])(
    'splits a negative total as the mirror image of the positive one',
    (units, code, weights, tieBreak) => {
      const positive = allocate(fromMinorUnits(units, code), weights, { tieBreak });
      const negative = allocate(fromMinorUnits(-units, code), weights, { tieBreak });
      expect(negative.map(toMinorUnits)).toEqual(positive.map((p) => -toMinorUnits(p)));
    },
  );

  it('handles the edge cases the issue lists', () => {
    const units = (total: string, code: string, weights: Parameters<typeof allocate>[1]) =>
      allocate(money(total, code), weights).map((p) => p.amount.toFixed());
    expect(units('0', 'EUR', [1, 2, 3])).toEqual(['0', '0', '0']);
    expect(units('-0.01', 'EUR', [1, 1, 1])).toEqual(['-0.01', '0', '0']);
    expect(units('10.01', 'EUR', [7])).toEqual(['10.01']);
    expect(units('10.01', 'EUR', [0, 7, 0])).toEqual(['0', '10.01', '0']);
    expect(units('1', 'JPY', [1, 1])).toEqual(['1', '0']);
    expect(units('1', 'KWD', [1, 1, 1])).toEqual(['0.334', '0.333', '0.333']);
    expect(units('-1', 'BHD', [1, 1, 1])).toEqual(['-0.334', '-0.333', '-0.333']);
    // Huge and tiny weights: 1e300 dominates 1e-300 completely.
    expect(units('10.01', 'EUR', [1e300, 1e-300])).toEqual(['10.01', '0']);
    expect(units('10.01', 'EUR', ['1e-300', '1e-300'])).toEqual(['5.01', '5']);
    // Weights with many decimals keep every digit: 1/3 written with 45 threes vs 1/3 with 44.
    expect(units('0.01', 'EUR', [`0.${'3'.repeat(44)}`, `0.${'3'.repeat(45)}`])).toEqual([
      '0',
      '0.01',
    ]);
  });

  it('refuses totals finer than the currency, and bad weights, naming what was received', () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('did not throw');
    };
    const jpy = error(() => allocate(money('1.5', 'JPY'), [1, 1]));
    expect(isPrecisionError(jpy)).toBe(true);
    expect(jpy.message).toMatch(/1\.5 JPY.*0 decimal places for JPY/);
    const kwd = error(() => allocate(money('0.0005', 'KWD'), [1]));
    expect(kwd.message).toMatch(/0\.0005 KWD.*3 decimal places for KWD/);
    const zero = error(() => allocate(money('1', 'EUR'), [0, '0', toDecimal('0')]));
    expect(isAllocationError(zero)).toBe(true);
    expect(zero.message).toBe(
      'All 3 weights are zero; expected at least one weight greater than 0',
    );
    expect(error(() => allocate(money('1', 'EUR'), [1, '-0.5'])).message).toMatch(
      /index 1 is "-0.5"; expected a finite number greater than or equal to 0/,
    );
  });

  it('never mutates its inputs', () => {
    const total = deepFreeze(money('100', 'EUR'));
    const weights = deepFreeze([1, '2', toDecimal('3')]);
    const options = deepFreeze({ tieBreak: 'latest' as const });
    expect(() => allocate(total, weights, options)).not.toThrow();
    expect(total.amount.toFixed()).toBe('100');
  });
});

describe('minor units', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['BHD', 3],
  ])('%s has %i decimal places, round-tripping through minor units', (code, digits) => {
    expect(minorUnits(code)).toBe(digits);
    expect(toMinorUnits(fromMinorUnits(-12345n, code))).toBe(-12345n);
  });
});

describe('exponents decimal.js cannot hold', () => {
  it('are refused by toDecimal instead of becoming Infinity or zero', () => {
    for (const text of ['1e9999999999999999', '-1e99999999999999999999', '1e-9999999999999999']) {
      expect(() => toDecimal(text)).toThrow(
        new RegExp(`Exponent is beyond the range of a Decimal.*received "${text}"`),
      );
      expect(() => money(text, 'EUR')).toThrow(/Exponent is beyond the range/);
    }
    expect(toDecimal('0e-9999999999999999').toString()).toBe('0');
  });

  it('are refused by the JSON schemas, naming the accepted exponents', () => {
    for (const text of ['1e-99999999999999999999', '0e99999999999999999999', '5e1001', '0e-1001']) {
      const result = DecimalString.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        `Expected a decimal string with an exponent from -1000 to 1000; received "${text}"`,
      );
      expect(MoneyJson.safeParse({ amount: text, currency: 'EUR' }).success).toBe(false);
      expect(MoneySchema.safeParse({ amount: text, currency: 'EUR' }).success).toBe(false);
    }
    expect(DecimalString.safeParse('0e1000').success).toBe(true);
    expect(DecimalString.safeParse('1e999').error?.issues[0]?.message).toMatch(/below 1e30/);
  });

  it('never touch the global Decimal of the application', () => {
    const before = { precision: GlobalDecimal.precision, rounding: GlobalDecimal.rounding };
    allocate(money('1', 'EUR'), [1, 2]);
    toDecimal('1e5');
    expect({ precision: GlobalDecimal.precision, rounding: GlobalDecimal.rounding }).toEqual(
      before,
    );
  });
});

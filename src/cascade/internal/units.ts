/**
 * Conversions between the library's Decimal and whole numbers of units of `10^-precision`, the
 * integers the cascade computes with. Reads the documented `d`/`e`/`s` fields of decimal.js, so a
 * conversion costs a short string and no Decimal arithmetic.
 *
 * @module
 */
import { argumentError, describeReceived } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

const ZEROS = '000000000000000000000000';

/**
 * The value as a whole number of units of `10^-precision`.
 *
 * @throws {ValidationError} at `path` (summary `summary`) when the value has more decimals than
 * `precision` (`too-precise`), or its units are beyond the safe integer range (`too-big`)
 */
export function toUnits(
  value: Decimal,
  precision: number,
  summary: string,
  path: IssuePath,
): number {
  const words = value.d;
  // Zero is [0] in decimal.js's documented digit words (cheaper to read than to ask `isZero()`).
  if (words[0] === 0) return 0;
  const fast = fastUnits(words, value.e, precision);
  if (fast !== undefined) return value.s < 0 ? -fast : fast;
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i++) digits += String(words[i]).padStart(7, '0');
  // value = digits × 10^(e + 1 − digits.length); in units, shift by `precision` more.
  const shift = value.e + 1 - digits.length + precision;
  let units: number;
  if (shift >= 0) {
    units =
      shift <= ZEROS.length ? Number(digits + ZEROS.slice(0, shift)) : Number.POSITIVE_INFINITY;
  } else {
    const keep = digits.length + shift;
    if (keep <= 0 || !/^0*$/.test(digits.slice(keep))) {
      const places = value.decimalPlaces();
      throw argumentError(
        summary,
        'too-precise',
        path,
        `Too precise: ${places} decimal places where the metric allows ${precision}`,
        describeReceived(value.toFixed()),
        `a value with at most ${precision} decimal place${precision === 1 ? '' : 's'}`,
        { places: precision, decimals: places },
      );
    }
    units = Number(digits.slice(0, keep));
  }
  if (!Number.isSafeInteger(units)) {
    const largest = toDecimal(`${Number.MAX_SAFE_INTEGER}e-${precision}`).toFixed();
    throw argumentError(
      summary,
      'too-big',
      path,
      `The value is too large to plan with ${precision} decimal place${precision === 1 ? '' : 's'}`,
      describeReceived(value.toFixed()),
      `at most ${largest} in absolute value`,
      { maximum: largest, places: precision },
    );
  }
  return value.s < 0 ? -units : units;
}

/**
 * The value as a whole number of units of `10^-precision` when it is one within the safe integer
 * range, otherwise `undefined`; never throws.
 */
export function unitsOrUndefined(value: Decimal, precision: number): number | undefined {
  const words = value.d;
  if (words[0] === 0) return 0;
  const fast = fastUnits(words, value.e, precision);
  if (fast !== undefined) return value.s < 0 ? -fast : fast;
  if (value.decimalPlaces() > precision || value.e + precision > 15) return undefined;
  const units = Number(value.toFixed(precision).replace('.', ''));
  return Number.isSafeInteger(units) ? units : undefined;
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The number of decimal digits of a digit word of decimal.js (1 to 9,999,999, no leading zero). */
function digitsOfWord(word: number): number {
  return word < 1e4
    ? word < 10
      ? 1
      : word < 100
        ? 2
        : word < 1e3
          ? 3
          : 4
    : word < 1e5
      ? 5
      : word < 1e6
        ? 6
        : 7;
}

/**
 * The digits of decimal.js's words (base 10^7, the first without leading zeros) as one whole
 * number, or -1 when it is not a safe integer. Every partial sum is at most the whole, so a whole
 * within the safe range was summed exactly, and one beyond it cannot round back into the range.
 */
function coefficientOf(words: ReadonlyArray<number>): number {
  let coefficient = words[0] as number;
  for (let i = 1; i < words.length; i++) coefficient = coefficient * 1e7 + (words[i] as number);
  return coefficient <= Number.MAX_SAFE_INTEGER ? coefficient : -1;
}

/**
 * The units in plain integer arithmetic when every intermediate stays a safe integer (so each
 * step is exact); `undefined` sends the caller to the string path (which also reports errors).
 */
function fastUnits(words: ReadonlyArray<number>, e: number, precision: number): number | undefined {
  const coefficient = coefficientOf(words);
  if (coefficient < 0) return undefined;
  const digits = digitsOfWord(words[0] as number) + 7 * (words.length - 1);
  const shift = e + 1 - digits + precision;
  if (shift >= 0) {
    const power = POWERS[shift];
    if (power === undefined) return undefined;
    const units = coefficient * power;
    return Number.isSafeInteger(units) ? units : undefined;
  }
  const power = POWERS[-shift];
  if (power === undefined || coefficient % power !== 0) return undefined;
  return coefficient / power;
}

/** A whole number of units of `10^-precision` as a Decimal, built from its digits (no rounding). */
export function fromUnits(units: number | bigint, precision: number): Decimal {
  return toDecimal(`${units}e-${precision}`);
}

/**
 * The decimal helpers every engine needs, in one place: constants, sums, quantizing, safe
 * division, percentages and the display rules of sentences and rows. All on the library's
 * Decimal (40 significant digits, half-even), never on floats. Not exported from the package
 * (the engines import this module; it is not in `internal/`, so they may); inputs are Decimals
 * the library built, so nothing here checks its arguments.
 *
 * @module
 */
import { ZERO as DECIMAL_ZERO, DecimalImpl } from './internal/decimal.js';
import type { Decimal } from './to-decimal.js';

/** 0, 1 and 100 as Decimals. */
export const ZERO: Decimal = DECIMAL_ZERO;
export const ONE: Decimal = new DecimalImpl(1);
export const HUNDRED: Decimal = new DecimalImpl(100);

/** The value, with a negative zero turned into zero (so JSON never shows `"-0"`). */
export function withoutNegativeZero(value: Decimal): Decimal {
  return value.isZero() ? ZERO : value;
}

/**
 * The sum of some decimals (0 for none), negative zero dropped. Exact while the sum fits the 40
 * significant digits of the context, as every engine's sums of quantized figures do; sums of
 * money that may not go through `sumMoney`, which is exact at any size.
 */
export function sumDecimals(values: ReadonlyArray<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return withoutNegativeZero(total);
}

/** Rounds to a number of decimal places, half to even (monotone: never reorders values). */
export function quantize(value: Decimal, places: number): Decimal {
  return withoutNegativeZero(value.toDecimalPlaces(places));
}

/** `a / b`, or `null` when `b` is zero (never Infinity or NaN). */
export function divideOrNull(a: Decimal, b: Decimal): Decimal | null {
  return b.isZero() ? null : withoutNegativeZero(a.div(b));
}

/** `part / whole × 100` rounded to `places` (default 1), or `null` when `whole` is zero. */
export function percentOf(part: Decimal, whole: Decimal, places = 1): Decimal | null {
  return whole.isZero() ? null : quantize(part.div(whole).times(HUNDRED), places);
}

/**
 * `a / b` rounded up to a whole number, after rounding the quotient to `guardPlaces` (default
 * 20) so that an exact whole quotient carrying a rounding error in its 40th digit (5.000…0001)
 * is not rounded up to the next one. `null` when `b` is zero.
 */
export function ceilQuotient(a: Decimal, b: Decimal, guardPlaces = 20): Decimal | null {
  return b.isZero() ? null : withoutNegativeZero(a.div(b).toDecimalPlaces(guardPlaces).ceil());
}

/** A ratio as a percentage for sentences, `places` (default 1) decimals: `0.125` → `12.5%`. */
export function formatPercent(ratio: Decimal, places = 1): string {
  return `${quantize(ratio.times(HUNDRED), places).toString()}%`;
}

/** A value with exactly `places` decimals, for sentences: `82.35` with 1 → `82.4`. */
export function formatFixed(value: Decimal, places: number): string {
  return withoutNegativeZero(value).toFixed(places);
}

/**
 * A value with at most `places` decimals (default 4) and no trailing zeros, for rows and
 * sentences; `null` reads `n/a`: `1.2500` → `1.25`, `2.00004` → `2`, `-0.00001` → `0`.
 */
export function formatTrimmed(value: Decimal | null, places = 4): string {
  if (value === null) return 'n/a';
  const text = withoutNegativeZero(value).toFixed(places);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

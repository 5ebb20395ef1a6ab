import { type Decimal, toDecimal } from '../../money/to-decimal.js';

export const ZERO: Decimal = toDecimal(0);
export const ONE: Decimal = toDecimal(1);
export const HUNDRED: Decimal = toDecimal(100);

/** Decimal places every score, coverage and cap is kept to, so sums of them stay exact. */
export const SCORE_PLACES = 12;

/** Rounds to {@link SCORE_PLACES} decimal places, half to even (monotone: never reorders). */
export function quantize(value: Decimal): Decimal {
  return value.toDecimalPlaces(SCORE_PLACES);
}

/** The sum of some decimals. */
export function sum(values: ReadonlyArray<Decimal>): Decimal {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** A ratio as a percentage for sentences: `0.125` → `12.5%`. */
export function percent(value: Decimal): string {
  return `${value.times(100).toDecimalPlaces(1).toString()}%`;
}

/** A score for sentences, one decimal place. */
export function points(value: Decimal): string {
  return value.toFixed(1);
}

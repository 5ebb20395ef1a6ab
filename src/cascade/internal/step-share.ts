/**
 * A step's share of its cascade, `weight / Σ weights` to 10 decimal places, as a Decimal.
 *
 * @module
 */
import { ZERO } from '../../money/decimal-arithmetic.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

/** Within this range a double's shortest decimal form is a decimal `toDecimal` reads. */
const inRange = (value: number): boolean =>
  value === 0 || (Math.abs(value) >= 1e-90 && Math.abs(value) <= 1e90);

/** The sum of the weights of a cascade, for {@link shareOf}. */
export function weightSum(weights: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i] as number;
  return sum;
}

/**
 * `weight / sum` to 10 decimal places (the decimal forms of the two doubles divided), or `null`
 * when the weights sum to 0 (only a re-planned cascade whose steps cancel out).
 */
export function shareOf(weight: number, sum: number): Decimal | null {
  if (sum === 0) return null;
  if (weight === 0) return ZERO;
  if (inRange(weight) && inRange(sum)) {
    return toDecimal(String(weight))
      .div(toDecimal(String(sum)))
      .toDecimalPlaces(10);
  }
  const ratio = weight / sum;
  return Math.abs(ratio) < 5e-11 ? ZERO : toDecimal(ratio.toFixed(10));
}

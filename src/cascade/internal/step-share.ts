/**
 * A step's share of its cascade, `weight / Σ weights` to 10 decimal places, as a Decimal.
 *
 * @module
 */
import { quantize } from '../../money/decimal-arithmetic.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

/** Within this range a double's shortest decimal form is a decimal `toDecimal` reads. */
const inRange = (value: number): boolean => Math.abs(value) >= 1e-90 && Math.abs(value) <= 1e90;

/** The sum of the weights of a cascade, for {@link shareOf}. */
export function weightSum(weights: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i] as number;
  return sum;
}

/**
 * `weight / sum` to 10 decimal places, half to even (the decimal forms of the two doubles
 * divided), or `null` when the weights sum to 0 (only a re-planned cascade whose steps cancel
 * out). A weight of 0, or one beyond the range `toDecimal` reads, takes the quotient of the
 * doubles rounded to 10 places instead; neither way gives a negative zero.
 */
export function shareOf(weight: number, sum: number): Decimal | null {
  if (sum === 0) return null;
  if (inRange(weight) && inRange(sum)) {
    return quantize(toDecimal(String(weight)).div(toDecimal(String(sum))), 10);
  }
  return toDecimal((weight / sum).toFixed(10));
}

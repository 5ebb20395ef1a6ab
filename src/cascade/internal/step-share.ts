/**
 * A step's share of its cascade, `weight / Σ weights` to 10 decimal places, as a Decimal.
 *
 * @module
 */
import { quantize } from '../../money/decimal-arithmetic.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

/** Shares from this on are refused (`toFixed` writes them with an exponent; the messages say 1e21). */
const MAX_SHARE = 1e21;

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
 * doubles rounded to 10 places instead; neither way gives a negative zero. `undefined` when the
 * share is no number a Decimal holds: a sum beyond the doubles, or a quotient of 1e21 or more
 * (no cascade the library makes comes near: a re-planned step is at most 2^54 units, and the
 * steps of a split share their total).
 */
export function shareOf(weight: number, sum: number): Decimal | null | undefined {
  if (sum === 0) return null;
  if (!Number.isFinite(sum) || !(Math.abs(weight / sum) < MAX_SHARE)) return undefined;
  if (inRange(weight) && inRange(sum)) {
    return quantize(toDecimal(String(weight)).div(toDecimal(String(sum))), 10);
  }
  return toDecimal((weight / sum).toFixed(10));
}

/**
 * Rounding by running totals: the running total after step i is the exact value total·Pᵢ/W (Pᵢ
 * the weights up to i, W all of them) rounded to the nearest unit, and each step is that minus the
 * rounded total before it. So every running total lies within half a unit of the exact path, the
 * last one is the total itself, and steps never go against the total (the rounding is monotone).
 *
 * **Exact halves.** A running total exactly halfway between two units decides which of the two
 * periods around it gets the unit: rounding up (away from zero) gives it to the period that ends
 * there, rounding down to the next period with a weight. `earliest` rounds up, `latest` rounds
 * down, `largest-weight` gives the unit to the one of the two with the larger weight (the earlier
 * on equal weights). A period of weight 0 never moves the running total.
 *
 * Exact: whole weights whose products stay safe integers are computed exactly in doubles; other
 * weights take a double path guarded by an error bound, and an exact BigInt path (each double
 * weight taken as the exact binary fraction it is) when a decision is too close to call.
 *
 * @module
 */
import type { TieBreak } from '../../money/allocate.js';
import { exactWeights } from './exact-weights.js';

const EPSILON = 2 ** -52;

/** Whether a half at checkpoint i rounds up (the unit to period i) rather than down. */
function halfGoesEarlier(weights: ArrayLike<number>, i: number, tieBreak: TieBreak): boolean {
  if (tieBreak !== 'largest-weight') return tieBreak === 'earliest';
  const here = weights[i] as number;
  for (let j = i + 1; j < weights.length; j++) {
    const next = weights[j] as number;
    if (next > 0) return here >= next;
  }
  return true;
}

/** Writes step i from the rounded running totals, in the total's direction (no negative zero). */
function put(out: number[], i: number, step: number, negative: boolean): void {
  out[i] = negative && step !== 0 ? -step : step;
}

/**
 * Splits `total` (a safe integer) over `weights` (finite, 0 or more, with a positive sum) by
 * running totals, into `out`.
 */
export function roundRunningTotal(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
  out: number[],
): void {
  const n = weights.length;
  const negative = total < 0;
  const units = Math.abs(total);
  let sum = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    sum += weight;
    if (whole && !Number.isInteger(weight)) whole = false;
  }
  if (units === 0) {
    for (let i = 0; i < n; i++) out[i] = 0;
    return;
  }
  if (whole && Number.isSafeInteger(sum) && Number.isSafeInteger(units * sum)) {
    wholeWeights(units, weights, sum, tieBreak, negative, out);
    return;
  }
  // Each prefix sum and the final quotient carry a relative error below (2n + 4)·2⁻⁵³, so the
  // computed running total is within `bound` of the exact one (which is at most `units`).
  const bound = units * (n + 2) * EPSILON;
  if (bound < 0.25 && doubles(units, weights, sum, bound, negative, out)) return;
  exact(units, weights, tieBreak, negative, out);
}

function wholeWeights(
  units: number,
  weights: ArrayLike<number>,
  sum: number,
  tieBreak: TieBreak,
  negative: boolean,
  out: number[],
): void {
  const n = weights.length;
  let prefix = 0;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    prefix += weight;
    let rounded: number;
    if (i === n - 1) rounded = units;
    else if (weight === 0) rounded = previous;
    else {
      const scaled = units * prefix;
      let floor = Math.floor(scaled / sum);
      let remainder = scaled - floor * sum;
      if (remainder < 0) {
        floor -= 1;
        remainder += sum;
      } else if (remainder >= sum) {
        floor += 1;
        remainder -= sum;
      }
      const twice = 2 * remainder;
      rounded =
        twice > sum || (twice === sum && halfGoesEarlier(weights, i, tieBreak)) ? floor + 1 : floor;
    }
    put(out, i, rounded - previous, negative);
    previous = rounded;
  }
}

/** The double path; false (leaving `out` to the exact path) when a decision is too close. */
function doubles(
  units: number,
  weights: ArrayLike<number>,
  sum: number,
  bound: number,
  negative: boolean,
  out: number[],
): boolean {
  const n = weights.length;
  let prefix = 0;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    prefix += weight;
    let rounded: number;
    if (i === n - 1) rounded = units;
    else if (weight === 0) rounded = previous;
    else {
      const value = (units * prefix) / sum;
      const floor = Math.floor(value);
      const fraction = value - floor;
      if (Math.abs(fraction - 0.5) <= bound) return false;
      rounded = fraction > 0.5 ? floor + 1 : floor;
    }
    put(out, i, rounded - previous, negative);
    previous = rounded;
  }
  return true;
}

function exact(
  units: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
  negative: boolean,
  out: number[],
): void {
  const n = weights.length;
  const whole = exactWeights(weights);
  let sum = 0n;
  for (const weight of whole) sum += weight;
  const total = BigInt(units);
  let prefix = 0n;
  let previous = 0n;
  for (let i = 0; i < n; i++) {
    const weight = whole[i] as bigint;
    prefix += weight;
    let rounded: bigint;
    if (i === n - 1) rounded = total;
    else if (weight === 0n) rounded = previous;
    else {
      const scaled = total * prefix;
      const floor = scaled / sum;
      const twice = 2n * (scaled - floor * sum);
      rounded =
        twice > sum || (twice === sum && halfGoesEarlier(weights, i, tieBreak))
          ? floor + 1n
          : floor;
    }
    put(out, i, Number(rounded - previous), negative);
    previous = rounded;
  }
}

/**
 * The largest-remainder split for whole-number weights, in exact integer arithmetic: when every
 * product `total × weight` and `total × Σ weights` is a safe integer, each floor and remainder is
 * computed exactly in doubles (the remainder check corrects a rounded quotient), so the result is
 * exactly the money core's `allocateUnits`, without its error-bound analysis. Even, linear, custom
 * and seasonal weights of whole periods are whole numbers, so most cascades take this path.
 *
 * @module
 */
import type { TieBreak } from '../../money/allocate.js';

// Scratch for one call at a time (the function is synchronous and never re-entered); private, so
// never observable by a caller.
let remainders = new Float64Array(64);
let order = new Int32Array(64);

/**
 * Splits `total` over whole-number `weights` into `out` and returns true, or returns false (and
 * leaves `out` alone) when the weights are not whole or the products could leave the safe range.
 */
export function splitWhole(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
  out: number[],
): boolean {
  const n = weights.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    if (!(weight >= 0) || !Number.isInteger(weight)) return false;
    sum += weight;
  }
  const units = Math.abs(total);
  if (sum === 0 || !Number.isSafeInteger(units * sum) || !Number.isSafeInteger(sum)) return false;
  if (remainders.length < n) {
    remainders = new Float64Array(n * 2);
    order = new Int32Array(n * 2);
  }
  const sign = total < 0 ? -1 : 1;
  let assigned = 0;
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    const scaled = units * weight;
    let floor = Math.floor(scaled / sum);
    let remainder = scaled - floor * sum;
    if (remainder < 0) {
      floor -= 1;
      remainder += sum;
    } else if (remainder >= sum) {
      floor += 1;
      remainder -= sum;
    }
    out[i] = floor;
    assigned += floor;
    if (remainder === 0) continue;
    remainders[i] = remainder;
    // Insert i among the candidates: larger remainder first, then by the tie-break.
    let j = candidates - 1;
    while (j >= 0) {
      const other = order[j] as number;
      const otherRemainder = remainders[other] as number;
      if (otherRemainder > remainder) break;
      if (otherRemainder === remainder) {
        if (tieBreak === 'earliest') break;
        if (tieBreak === 'largest-weight' && (weights[other] as number) >= weight) break;
      }
      order[j + 1] = other;
      j--;
    }
    order[j + 1] = i;
    candidates++;
  }
  const left = units - assigned;
  for (let k = 0; k < left; k++) {
    const index = order[k] as number;
    out[index] = (out[index] as number) + 1;
  }
  if (sign < 0) for (let i = 0; i < n; i++) out[i] = out[i] === 0 ? 0 : -(out[i] as number);
  return true;
}

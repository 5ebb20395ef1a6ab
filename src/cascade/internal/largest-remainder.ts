/**
 * The largest-remainder (Hamilton) split of the cascade's `method: 'largest-remainder'`: each
 * period gets the floor of its exact share, and the units left go to the largest remainders;
 * equal remainders are ordered by the tie-break (`largest-weight`: the larger weight, then the
 * earlier; `earliest`; `latest`). Whole weights whose products stay safe integers are computed
 * exactly in doubles; any other weights exactly in BigInt, each double weight taken as the exact
 * binary fraction it is. The same rule as `allocate`, on the cascade's integer units.
 *
 * @module
 */
import type { TieBreak } from '../../money/allocate.js';
import { exactWeights } from './exact-weights.js';

// Scratch for one call at a time (synchronous, never re-entered); private, never observable.
let remainders = new Float64Array(64);
let order = new Int32Array(64);

/** Whether period `a` comes before `b` among equal remainders. */
function before(weights: ArrayLike<number>, a: number, b: number, tieBreak: TieBreak): boolean {
  if (tieBreak === 'earliest') return a < b;
  if (tieBreak === 'latest') return a > b;
  const wa = weights[a] as number;
  const wb = weights[b] as number;
  return wa !== wb ? wa > wb : a < b;
}

/**
 * Splits `total` (a safe integer) over `weights` (finite, 0 or more, with a positive sum) by
 * largest remainder: the parts, one per weight; a negative total is the mirror of the positive one.
 */
export function largestRemainder(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
): number[] {
  const n = weights.length;
  const out: number[] = new Array(n).fill(0);
  const units = Math.abs(total);
  let sum = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    sum += weight;
    if (whole && !Number.isInteger(weight)) whole = false;
  }
  if (whole && Number.isSafeInteger(sum) && Number.isSafeInteger(units * sum)) {
    wholeWeights(units, weights, sum, tieBreak, out);
  } else {
    exact(units, weights, tieBreak, out);
  }
  if (total < 0) for (let i = 0; i < n; i++) out[i] = out[i] === 0 ? 0 : -(out[i] as number);
  return out;
}

function wholeWeights(
  units: number,
  weights: ArrayLike<number>,
  sum: number,
  tieBreak: TieBreak,
  out: number[],
): void {
  const n = weights.length;
  if (remainders.length < n) {
    remainders = new Float64Array(n * 2);
    order = new Int32Array(n * 2);
  }
  let assigned = 0;
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const scaled = units * (weights[i] as number);
    // Exact: scaled and sum are whole numbers with units · sum below 2^53, so a quotient k − r/sum
    // (1 ≤ r < sum) lies more than half a double's spacing (under 1/(2·sum) there) below k and never
    // rounds up to it; the floor is the true one and the remainder, in [0, sum), exact.
    const floor = Math.floor(scaled / sum);
    const remainder = scaled - floor * sum;
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
      if (otherRemainder === remainder && before(weights, other, i, tieBreak)) break;
      order[j + 1] = other;
      j--;
    }
    order[j + 1] = i;
    candidates++;
  }
  for (let k = 0; k < units - assigned; k++) {
    const index = order[k] as number;
    out[index] = (out[index] as number) + 1;
  }
}

function exact(units: number, weights: ArrayLike<number>, tieBreak: TieBreak, out: number[]): void {
  const whole = exactWeights(weights);
  let sum = 0n;
  for (const weight of whole) sum += weight;
  const total = BigInt(units);
  const floors = whole.map((weight) => (total * weight) / sum);
  const rests = whole.map((weight, i) => total * weight - (floors[i] as bigint) * sum);
  let left = total;
  for (const floor of floors) left -= floor;
  const indices = whole.map((_, i) => i);
  indices.sort((a, b) => {
    const ra = rests[a] as bigint;
    const rb = rests[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return before(weights, a, b, tieBreak) ? -1 : 1;
  });
  for (let k = 0; k < whole.length; k++) out[k] = Number(floors[k]);
  for (let k = 0; k < Number(left); k++) {
    const index = indices[k] as number;
    out[index] = (out[index] as number) + 1;
  }
}

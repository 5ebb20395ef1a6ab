/**
 * The fast integer allocation core for engines that split many totals (the cascade): plain
 * doubles on the fast path, with a rigorous error bound, and an exact BigInt fallback whenever a
 * decision is too close to call. Results are exactly those of {@link allocateUnitsExact}, which
 * treats each double weight as the exact dyadic rational it is.
 *
 * @module
 */
import { AllocationError } from '../errors.js';
import { compareTies, largestRemainderExact, type TieBreak } from './largest-remainder.js';

/** Totals above this go straight to the exact path, so sums of floors stay exact in doubles. */
const FAST_TOTAL_LIMIT = 2 ** 52;
const EPSILON = 2 ** -52;

// Scratch buffers, reused across calls (the function is synchronous and never re-entered).
// They are private to this module and never observable by a caller.
let scratchRemainder = new Float64Array(64);
let scratchFloor = new Float64Array(64);
let scratchOrder = new Int32Array(64);

function ensureScratch(n: number): void {
  if (scratchRemainder.length >= n) return;
  const size = Math.max(n, scratchRemainder.length * 2);
  scratchRemainder = new Float64Array(size);
  scratchFloor = new Float64Array(size);
  scratchOrder = new Int32Array(size);
}

/**
 * Checks the inputs of an allocation in units and returns the sum of the weights (as a double,
 * possibly `Infinity` when it overflows).
 */
function checkInputs(total: number, weights: ArrayLike<number>): number {
  if (!Number.isSafeInteger(total)) {
    throw new AllocationError(
      `Total ${total} is not a safe integer; expected a whole number of units from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`,
    );
  }
  const n = weights.length;
  if (n === 0)
    throw new AllocationError('No weights to allocate over; expected at least one weight');
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    if (!(weight >= 0 && weight <= Number.MAX_VALUE)) {
      throw new AllocationError(
        `Weight at index ${i} is ${weight}; expected a finite number greater than or equal to 0`,
        i,
      );
    }
    sum += weight;
  }
  if (sum === 0) {
    throw new AllocationError(
      `All ${n} weights are zero; expected at least one weight greater than 0`,
    );
  }
  return sum;
}

function outputFor(n: number, out: Float64Array | undefined): Float64Array {
  if (out === undefined) return new Float64Array(n);
  if (out.length !== n) {
    throw new AllocationError(
      `Output array has length ${out.length}; expected the number of weights, ${n}`,
    );
  }
  return out;
}

/**
 * Splits a whole number of units in proportion to double weights by the largest-remainder
 * method, exactly as {@link allocateUnitsExact} would, but fast: no BigInt and no allocation
 * beyond the output unless a decision falls within the rounding error bound.
 *
 * @param total - a safe integer number of units, possibly negative (split symmetrically)
 * @param weights - finite non-negative weights, not all zero
 * @param tieBreak - how to order exactly equal remainders
 * @param out - optional output array of the same length, reused instead of a new one
 * @returns the parts, whole numbers adding up exactly to `total`
 */
export function allocateUnits(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak = 'largest-weight',
  out?: Float64Array,
): Float64Array {
  const sum = checkInputs(total, weights);
  const n = weights.length;
  const result = outputFor(n, out);
  const units = Math.abs(total);
  if (units === 0) return result.fill(0);
  if (sum === Number.POSITIVE_INFINITY || units > FAST_TOTAL_LIMIT) {
    return exactInto(total, weights, tieBreak, result);
  }
  ensureScratch(n);
  const floors = scratchFloor;
  const remainders = scratchRemainder;
  const order = scratchOrder;
  // Every share q̃ = fl(units · fl(w / fl(sum))) is within `bound` of the exact share: naive
  // summation, one division and one product cost at most (n + 2) unit roundoffs relative to a
  // share no larger than `units`; the bound doubles that and adds room for underflow.
  const bound = units * (n + 4) * EPSILON + units * 2 ** -1000;
  // Beyond 1/8 the near-integer and clear-remainder classes below could overlap: go exact.
  if (bound > 0.125) return exactInto(total, weights, tieBreak, result);
  let assigned = 0;
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const share = units * ((weights[i] as number) / sum);
    const floor = Math.floor(share);
    const fraction = share - floor;
    if (fraction <= bound) {
      // Within the bound of an integer: the part is that integer, whichever side the exact
      // share lies on (see the notes after this loop).
      floors[i] = floor;
    } else if (1 - fraction <= bound) {
      floors[i] = floor + 1;
    } else if (fraction > 3 * bound && 1 - fraction > 3 * bound) {
      floors[i] = floor;
      remainders[i] = fraction;
      order[candidates++] = i;
    } else {
      return exactInto(total, weights, tieBreak, result);
    }
    assigned += floors[i] as number;
  }
  // Notes: a part whose share is near an integer k gets k in the exact method too, provided the
  // cut falls among the clear candidates: if its exact share is just below k its exact
  // remainder (≈ 1) outranks every candidate and takes one of the extra leftover units it
  // creates; if just above, its remainder (≈ 0) ranks below every candidate.
  const leftover = units - assigned;
  if (leftover < 0 || leftover > candidates) return exactInto(total, weights, tieBreak, result);
  if (leftover > 0 && leftover < candidates) {
    sortCandidates(order, candidates, remainders, weights, tieBreak);
    const last = order[leftover - 1] as number;
    const next = order[leftover] as number;
    const gap = (remainders[last] as number) - (remainders[next] as number);
    if (
      !(gap > 2 * bound) &&
      !isExactTie(order, candidates, leftover, remainders, weights, bound)
    ) {
      return exactInto(total, weights, tieBreak, result);
    }
  }
  for (let k = 0; k < leftover; k++) {
    const index = order[k] as number;
    floors[index] = (floors[index] as number) + 1;
  }
  const sign = total < 0 ? -1 : 1;
  for (let i = 0; i < result.length; i++) {
    const part = floors[i] as number;
    result[i] = part === 0 ? 0 : sign * part;
  }
  return result;
}

/**
 * Whether the remainders around the cut are exactly equal: every candidate within twice the bound
 * of the cut has the very same weight (hence the same exact remainder), so the tie-break decides
 * exactly and everything outside that window is ordered for certain.
 */
function isExactTie(
  order: Int32Array,
  candidates: number,
  leftover: number,
  remainders: Float64Array,
  weights: ArrayLike<number>,
  bound: number,
): boolean {
  const cut = order[leftover - 1] as number;
  const weight = weights[cut] as number;
  const remainder = remainders[cut] as number;
  for (let k = leftover - 1; k >= 0; k--) {
    const index = order[k] as number;
    if ((remainders[index] as number) - remainder > 2 * bound) break;
    if (weights[index] !== weight) return false;
  }
  for (let k = leftover; k < candidates; k++) {
    const index = order[k] as number;
    if (remainder - (remainders[index] as number) > 2 * bound) break;
    if (weights[index] !== weight) return false;
  }
  return true;
}

/** Sorts candidate indices by remainder (largest first), then by the tie-break: insertion sort. */
function sortCandidates(
  order: Int32Array,
  count: number,
  remainders: Float64Array,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
): void {
  for (let k = 1; k < count; k++) {
    const index = order[k] as number;
    const remainder = remainders[index] as number;
    const weight = weights[index] as number;
    let j = k - 1;
    while (j >= 0) {
      const other = order[j] as number;
      const otherRemainder = remainders[other] as number;
      const before =
        otherRemainder > remainder ||
        (otherRemainder === remainder &&
          compareTies(other, index, weights[other] as number, weight, tieBreak) < 0);
      if (before) break;
      order[j + 1] = other;
      j--;
    }
    order[j + 1] = index;
  }
}

const bitsView = new DataView(new ArrayBuffer(8));

/** A finite non-negative double as `mantissa · 2^exponent` with an integer mantissa. */
function decompose(value: number): { mantissa: bigint; exponent: number } {
  bitsView.setFloat64(0, value);
  const high = bitsView.getUint32(0);
  const low = bitsView.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/** The double weights as BigInt integers with the same ratios (scaled by a common power of 2). */
function toIntegerWeights(weights: ArrayLike<number>): bigint[] {
  const parts: Array<{ mantissa: bigint; exponent: number }> = [];
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < weights.length; i++) {
    const part = decompose(weights[i] as number);
    parts.push(part);
    if (part.mantissa !== 0n && part.exponent < lowest) lowest = part.exponent;
  }
  return parts.map(({ mantissa, exponent }) =>
    mantissa === 0n ? 0n : mantissa << BigInt(exponent - lowest),
  );
}

function exactInto(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
  result: Float64Array,
): Float64Array {
  const parts = largestRemainderExact(BigInt(total), toIntegerWeights(weights), tieBreak);
  for (let i = 0; i < parts.length; i++) {
    const part = Number(parts[i]);
    result[i] = part === 0 ? 0 : part;
  }
  return result;
}

/**
 * The reference allocation in units: the largest-remainder method in exact BigInt arithmetic,
 * each double weight taken as the exact rational it represents.
 *
 * @param total - a safe integer number of units, possibly negative (split symmetrically)
 * @param weights - finite non-negative weights, not all zero
 * @param tieBreak - how to order exactly equal remainders
 * @returns the parts, whole numbers adding up exactly to `total`
 */
export function allocateUnitsExact(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak = 'largest-weight',
): Float64Array {
  checkInputs(total, weights);
  return exactInto(total, weights, tieBreak, new Float64Array(weights.length));
}

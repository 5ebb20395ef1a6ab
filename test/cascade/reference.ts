/**
 * An independent exact reference for the cascade tests: the largest-remainder method on BigInt,
 * each double weight read as the exact binary fraction it is. Written here, not imported from
 * src/, so the tests do not check the code against itself.
 */
import type { TieBreak } from '../../src/index.js';

/** A finite non-negative double as an exact fraction m·2^e with a BigInt m. */
function dyadic(value: number): { m: bigint; e: number } {
  if (value === 0) return { m: 0n, e: 0 };
  let e = 0;
  let m = value;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  while (m > Number.MAX_SAFE_INTEGER) {
    m /= 2;
    e++;
  }
  return { m: BigInt(m), e };
}

/** Double weights as BigInt integers with exactly the same ratios. */
export function exactWeights(weights: ArrayLike<number>): bigint[] {
  const parts = Array.from(weights, dyadic);
  const low = Math.min(...parts.filter((p) => p.m !== 0n).map((p) => p.e));
  return parts.map((p) => (p.m === 0n ? 0n : p.m << BigInt(p.e - low)));
}

/** Largest remainder of `total` over integer weights; ties by `tieBreak`; negative totals mirrored. */
export function referenceSplit(total: bigint, weights: bigint[], tieBreak: TieBreak): bigint[] {
  const sign = total < 0n ? -1n : 1n;
  const units = total * sign;
  const sum = weights.reduce((a, b) => a + b, 0n);
  const floors = weights.map((w) => (units * w) / sum);
  const rems = weights.map((w, i) => units * w - (floors[i] as bigint) * sum);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  const order = weights.map((_, i) => i);
  order.sort((i, j) => {
    const ri = rems[i] as bigint;
    const rj = rems[j] as bigint;
    if (ri !== rj) return ri > rj ? -1 : 1;
    if (tieBreak === 'earliest') return i - j;
    if (tieBreak === 'latest') return j - i;
    const wi = weights[i] as bigint;
    const wj = weights[j] as bigint;
    return wi !== wj ? (wi > wj ? -1 : 1) : i - j;
  });
  for (const i of order) {
    if (left === 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    left--;
  }
  return floors.map((f) => f * sign);
}

/** The reference split of double weights. */
export function referenceUnits(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
): number[] {
  return referenceSplit(BigInt(total), exactWeights(weights), tieBreak).map(Number);
}

/**
 * Rounding of the running total on BigInt: the running total after step i is total·Pᵢ/W rounded to
 * the nearest unit; exactly halfway, up (the unit to period i) for `earliest`, down (to the next
 * period with a weight) for `latest`, and for `largest-weight` up when wᵢ is at least the weight of
 * that next period. A period of weight 0 keeps the running total. Negative totals are mirrored.
 * Returns the steps.
 */
export function referenceRunning(total: bigint, weights: bigint[], tieBreak: TieBreak): bigint[] {
  const sign = total < 0n ? -1n : 1n;
  const units = total * sign;
  const sum = weights.reduce((a, b) => a + b, 0n);
  const steps: bigint[] = [];
  let prefix = 0n;
  let previous = 0n;
  weights.forEach((w, i) => {
    prefix += w;
    let rounded = previous;
    if (w !== 0n) {
      // round(units·prefix/sum): compare twice the remainder with the sum.
      const q = (units * prefix) / sum;
      const twice = 2n * (units * prefix - q * sum);
      const next = weights.slice(i + 1).find((x) => x > 0n);
      const up =
        tieBreak === 'earliest' ||
        (tieBreak === 'largest-weight' && (next === undefined || w >= next));
      rounded = twice > sum || (twice === sum && up) ? q + 1n : q;
    }
    steps.push((rounded - previous) * sign);
    previous = rounded;
  });
  return steps;
}

/** The running-total reference for double weights. */
export function referenceRunningUnits(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
): number[] {
  return referenceRunning(BigInt(total), exactWeights(weights), tieBreak).map(Number);
}

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

/**
 * Splits `total` (a safe integer) over `weights` (finite, 0 or more, with a positive sum) by
 * running totals: the steps, one per weight.
 */
export function roundRunningTotal(
  total: number,
  weights: ArrayLike<number>,
  tieBreak: TieBreak,
): number[] {
  const n = weights.length;
  const negative = total < 0;
  const units = Math.abs(total);
  const out: number[] = new Array(n);
  if (units === 0) return out.fill(0);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i] as number;
  // Each prefix sum and the quotient carry a relative error below (2n + 4)·2⁻⁵³, so a running
  // total computed in doubles is within `bound` of the exact one (which is at most `units`).
  const bound = units * (n + 2) * EPSILON;
  let exact: Exact | undefined;
  // Past a quarter unit of error (totals near 2^53) the doubles decide nothing: a guard of 1
  // (|off| is at most 0.5) sends every checkpoint exact. A number literal, not `Infinity` read
  // from `Number`: that kept the guard boxed and slowed every step by half.
  const guard = bound < 0.25 ? bound : 1;
  let prefix = 0;
  let previous = 0;
  // The last running total is the total itself: the loop stops before it. Whether the running
  // total rounds up is taken as `Math.ceil(off)` (1 above the half, 0 below), not by a branch:
  // it goes either way at random, and a mispredicted branch per step cost more than the rest of
  // the step. Only the rare checkpoints within the error bound of a half branch off.
  for (let i = 0; i < n - 1; i++) {
    const weight = weights[i] as number;
    prefix += weight;
    const value = (units * prefix) / sum;
    const floor = Math.floor(value);
    const off = value - floor - 0.5;
    let rounded = floor + Math.ceil(off);
    if (weight === 0) rounded = previous;
    else if (!(Math.abs(off) > guard)) {
      exact ??= {
        units,
        weights,
        sum,
        tieBreak,
        whole: undefined,
        big: undefined,
        bigSum: 0n,
        bigPrefix: 0n,
        next: 0,
      };
      rounded = exactAt(exact, i, prefix);
    }
    // `0 - step` keeps a step of 0 a positive zero.
    out[i] = negative ? 0 - (rounded - previous) : rounded - previous;
    previous = rounded;
  }
  out[n - 1] = negative ? 0 - (units - previous) : units - previous;
  return out;
}

/**
 * The state of the exact running totals, for the checkpoints too close to a half to decide in
 * doubles: whole weights whose products stay safe integers are exact in double arithmetic; any
 * others go to BigInt (each double weight taken as the exact binary fraction it is), the prefix
 * advanced as far as needed.
 */
interface Exact {
  readonly units: number;
  readonly weights: ArrayLike<number>;
  readonly sum: number;
  readonly tieBreak: TieBreak;
  whole: boolean | undefined;
  big: bigint[] | undefined;
  bigSum: bigint;
  bigPrefix: bigint;
  next: number;
}

/**
 * The running total after step i, rounded exactly; `prefix` is the double sum of the weights up to
 * i, exact when the weights are whole and their sum safe.
 */
function exactAt(state: Exact, i: number, prefix: number): number {
  const { units, weights, sum, tieBreak } = state;
  if (state.whole === undefined) {
    let whole = Number.isSafeInteger(sum) && Number.isSafeInteger(units * sum);
    for (let k = 0; whole && k < weights.length; k++) whole = Number.isInteger(weights[k]);
    state.whole = whole;
  }
  if (state.whole) {
    // Exact: scaled ≤ units · sum < 2^53 (the weights are 0 or more), so a quotient k − r/sum
    // (1 ≤ r < sum) lies more than half a double's spacing below k and never rounds up to it; the
    // floor is the true one and the remainder, in [0, sum), exact.
    const scaled = units * prefix;
    const floor = Math.floor(scaled / sum);
    const twice = 2 * (scaled - floor * sum);
    const up = twice > sum || (twice === sum && halfGoesEarlier(weights, i, tieBreak));
    return up ? floor + 1 : floor;
  }
  if (state.big === undefined) {
    state.big = exactWeights(weights);
    for (const weight of state.big) state.bigSum += weight;
  }
  while (state.next <= i) state.bigPrefix += state.big[state.next++] as bigint;
  const scaled = BigInt(units) * state.bigPrefix;
  const floor = scaled / state.bigSum;
  const twice = 2n * (scaled - floor * state.bigSum);
  const up =
    twice > state.bigSum || (twice === state.bigSum && halfGoesEarlier(weights, i, tieBreak));
  return Number(up ? floor + 1n : floor);
}

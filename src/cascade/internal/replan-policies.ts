/**
 * The replan policies on the remaining amounts of a plan (a flow's amounts, a stock's climbs), in
 * whole units, and the cap. Every split goes through the cascade's own rounding method.
 *
 * @module
 */
import type { TieBreak } from '../../money/allocate.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { CascadeMethod } from '../cascade-result.js';
import type { ReplanPolicy } from '../replan-options.js';
import { largestRemainder } from './largest-remainder.js';
import { roundRunningTotal } from './round-running-total.js';

/** How the remaining amounts are re-split: the cascade's method and tie-break. */
export interface Rounding {
  readonly method: CascadeMethod;
  readonly tieBreak: TieBreak;
}

/** `total` split over weights (a positive sum) by the cascade's rounding. */
function split(total: number, weights: ReadonlyArray<number>, rounding: Rounding): number[] {
  if (total === 0) return new Array(weights.length).fill(0);
  const run = rounding.method === 'running-total' ? roundRunningTotal : largestRemainder;
  return run(total, weights, rounding.tieBreak);
}

/**
 * The remaining amounts after the gap is closed by a policy other than `reset`: `carry-forward`
 * adds the gap to the next period; `keep-shape` splits the remaining total in proportion to the
 * original amounts (`spread` when they change sign, are all 0, or point against the total);
 * `spread` adds the gap split evenly.
 */
export function closeGap(
  policy: Exclude<ReplanPolicy, 'reset'>,
  original: ReadonlyArray<number>,
  gap: number,
  remaining: number,
  rounding: Rounding,
): number[] {
  if (policy === 'carry-forward') {
    return original.map((amount, i) => (i === 0 ? amount + gap : amount));
  }
  if (policy === 'keep-shape') {
    const positive = original.every((a) => a >= 0);
    const negative = original.every((a) => a <= 0);
    if ((positive || negative) && original.some((a) => a !== 0) && remaining >= 0 === positive) {
      return split(remaining, original.map(Math.abs), rounding);
    }
  }
  const extra = split(gap, new Array(original.length).fill(1), rounding);
  return original.map((amount, i) => amount + (extra[i] as number));
}

/**
 * Caps every amount of `next` in place at original + ⌊|original| × cap⌋; what the cap cuts goes to
 * the other amounts in proportion to their room (under `carry-forward`, on to the next period).
 * Returns the units that found no room.
 */
export function applyCap(
  policy: ReplanPolicy,
  original: ReadonlyArray<number>,
  next: number[],
  cap: Decimal,
  rounding: Rounding,
): number {
  const limit = original.map((amount) => amount + cap.times(Math.abs(amount)).floor().toNumber());
  if (policy === 'carry-forward') {
    let carry = 0;
    for (let i = 0; i < next.length; i++) {
      const wanted = (next[i] as number) + carry;
      next[i] = Math.min(wanted, Math.max(limit[i] as number, original[i] as number));
      carry = wanted - (next[i] as number);
    }
    return carry;
  }
  let excess = 0;
  for (let i = 0; i < next.length; i++) {
    const bound = limit[i] as number;
    if ((next[i] as number) > bound) {
      excess += (next[i] as number) - bound;
      next[i] = bound;
    }
  }
  if (excess === 0) return 0;
  const room = next.map((value, i) => (limit[i] as number) - value);
  let totalRoom = 0;
  for (const r of room) totalRoom += r;
  if (totalRoom === 0) return excess;
  const placed = Math.min(excess, totalRoom);
  const parts = split(placed, room, rounding);
  for (let i = 0; i < next.length; i++) next[i] = (next[i] as number) + (parts[i] as number);
  return excess - placed;
}

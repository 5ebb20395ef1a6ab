/**
 * The exact largest-remainder method on BigInt integers: the reference every allocation in the
 * library agrees with.
 *
 * @module
 */
import { AllocationError } from '../errors.js';

/**
 * How to order parts whose exact remainders are equal when leftover units are handed out.
 *
 * - `'largest-weight'` (the default everywhere): the larger weight first; equal weights then the
 *   earliest index. Fair in the sense that a bigger share never loses a tie to a smaller one.
 * - `'earliest'`: the earliest index first.
 * - `'latest'`: the latest index first (for example, back-load a cascade onto later periods).
 *
 * @example
 * ```ts
 * import { allocate, money, type TieBreak } from 'partner-alignment';
 * const tieBreak: TieBreak = 'latest';
 * allocate(money('100', 'EUR'), [1, 1, 1], { tieBreak }).map((part) => part.amount)
 * //=> ['33.33', '33.33', '33.34']
 * ```
 * @category Money
 */
export type TieBreak = 'largest-weight' | 'earliest' | 'latest';

/**
 * Splits `total` units in proportion to `weights` by the largest-remainder method, exactly.
 * Each part gets `floor(total·wᵢ/W)` units; the leftover units go one each to the parts with the
 * largest remainders, ties broken by `tieBreak`. A negative total is split as its absolute value
 * and negated part by part. Assumes non-negative weights with a positive sum.
 */
export function largestRemainderExact(
  total: bigint,
  weights: ReadonlyArray<bigint>,
  tieBreak: TieBreak,
): bigint[] {
  const negative = total < 0n;
  const units = negative ? -total : total;
  let sum = 0n;
  for (const weight of weights) sum += weight;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let assigned = 0n;
  for (const weight of weights) {
    const scaled = units * weight;
    const part = scaled / sum;
    parts.push(part);
    remainders.push(scaled - part * sum);
    assigned += part;
  }
  const leftover = Number(units - assigned);
  if (leftover > 0) {
    const order = parts.map((_, index) => index);
    order.sort((i, j) => {
      const ri = remainders[i] as bigint;
      const rj = remainders[j] as bigint;
      if (ri !== rj) return ri > rj ? -1 : 1;
      return compareTies(i, j, weights[i] as bigint, weights[j] as bigint, tieBreak);
    });
    for (let k = 0; k < leftover; k++) {
      const index = order[k] as number;
      parts[index] = (parts[index] as bigint) + 1n;
    }
  }
  return negative ? parts.map((part) => -part) : parts;
}

/** Orders two parts with equal remainders: negative when `i` gets a leftover unit first. */
export function compareTies<W extends number | bigint>(
  i: number,
  j: number,
  wi: W,
  wj: W,
  tieBreak: TieBreak,
): number {
  switch (tieBreak) {
    case 'largest-weight':
      return wi !== wj ? (wi > wj ? -1 : 1) : i - j;
    case 'earliest':
      return i - j;
    case 'latest':
      return j - i;
    default: {
      const never: never = tieBreak;
      throw new AllocationError(
        `Unknown tie-break ${JSON.stringify(never)}; expected 'largest-weight', 'earliest' or 'latest'`,
      );
    }
  }
}

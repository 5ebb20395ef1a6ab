/**
 * The path a level plan draws through its checkpoints (stocks and averages): the level on any day,
 * interpolated by days between the checkpoint before and the one after, and its mean over a span
 * of days, which is what an average metric's period value is compared with.
 *
 * @module
 */
import { withoutNegativeZero, ZERO } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';

/** A planned level at the end of a day. */
export interface Checkpoint {
  readonly day: number;
  readonly level: Decimal;
}

/**
 * The planned level at the end of a day: the first checkpoint's level before it, the last one's
 * after it, and in between a straight line by days. There is always a first checkpoint: the
 * baseline.
 */
export function levelAt(checkpoints: ReadonlyArray<Checkpoint>, day: number): Decimal {
  let previous = checkpoints[0] as Checkpoint;
  if (day <= previous.day) return previous.level;
  for (let i = 1; i < checkpoints.length; i++) {
    const next = checkpoints[i] as Checkpoint;
    if (day <= next.day) {
      // `previous.day < day <= next.day` here, so the span is at least one day.
      const span = next.day - previous.day;
      const moved = next.level
        .minus(previous.level)
        .times(day - previous.day)
        .div(span);
      return withoutNegativeZero(previous.level.plus(moved));
    }
    previous = next;
  }
  return previous.level;
}

/**
 * The mean of the planned level over the days `first` to `last` (both included): the sum of the
 * daily levels divided by the days. On a straight piece the daily levels sum to the count times
 * the level at the piece's middle, so the sum is exact piece by piece. `first` is never after
 * `last` (a period's days, or an actual's up to the as-of date, on which it has begun).
 */
export function meanLevel(
  checkpoints: ReadonlyArray<Checkpoint>,
  first: number,
  last: number,
): Decimal {
  const start = checkpoints[0] as Checkpoint;
  const end = checkpoints[checkpoints.length - 1] as Checkpoint;
  let total = ZERO;
  // Days up to the first checkpoint hold its level.
  const before = Math.min(last, start.day) - first + 1;
  if (before > 0) total = total.plus(start.level.times(before));
  for (let i = 1; i < checkpoints.length; i++) {
    const from = checkpoints[i - 1] as Checkpoint;
    const to = checkpoints[i] as Checkpoint;
    const low = Math.max(first, from.day + 1);
    const high = Math.min(last, to.day);
    // A piece that does not move forward (overlapping steps) has `high <= to.day <= from.day < low`.
    if (low > high) continue;
    const days = high - low + 1;
    // Σ over t of (t − from.day) is days × (low + high − 2 × from.day) / 2.
    const rise = to.level
      .minus(from.level)
      .times(days * (low + high - 2 * from.day))
      .div(2 * (to.day - from.day));
    total = total.plus(from.level.times(days)).plus(rise);
  }
  // Days after the last checkpoint hold its level.
  const after = last - Math.max(first, end.day + 1) + 1;
  if (after > 0) total = total.plus(end.level.times(after));
  return withoutNegativeZero(total.div(last - first + 1));
}

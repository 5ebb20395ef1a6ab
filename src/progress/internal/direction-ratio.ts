/**
 * The direction rules of progress: how a value compares with what was planned when up, down or
 * holding steady is good, and the pace of flows and of levels built on them.
 *
 * @module
 */

import type { Direction } from '../../model/metric.js';
import { divideOrNull, ONE, withoutNegativeZero } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';

const TWO: Decimal = ONE.plus(ONE);

/** 1 when `ratio` is within `tolerance` of 1, otherwise 1 − |ratio − 1|. */
export function maintainRatio(ratio: Decimal, tolerance: Decimal): Decimal {
  const deviation = ratio.minus(ONE).abs();
  return deviation.lte(tolerance) ? ONE : withoutNegativeZero(ONE.minus(deviation));
}

/**
 * How a value compares with a reference in the metric's direction, as a ratio where 1 is "as
 * planned": `increase` → value / reference; `decrease` → 2 − value / reference (10 % under the
 * reference reads 1.1, 10 % over reads 0.9); `maintain` → 1 within the tolerance band, otherwise
 * 1 − |value / reference − 1|. `null` when the reference is zero.
 */
export function directionRatio(
  value: Decimal,
  reference: Decimal,
  direction: Direction,
  tolerance: Decimal,
): Decimal | null {
  const ratio = divideOrNull(value, reference);
  if (ratio === null) return null;
  switch (direction) {
    case 'increase':
      return ratio;
    case 'decrease':
      return withoutNegativeZero(TWO.minus(ratio));
    case 'maintain':
      return maintainRatio(ratio, tolerance);
    default:
      return unreachable(direction);
  }
}

/**
 * The pace of a flow: actual to date against expected to date in the metric's direction; 1 when
 * both are zero, `null` when only the expectation is.
 */
export function flowPace(
  actual: Decimal,
  expected: Decimal,
  direction: Direction,
  tolerance: Decimal,
): Decimal | null {
  if (expected.isZero()) return actual.isZero() ? ONE : null;
  return directionRatio(actual, expected, direction, tolerance);
}

/**
 * The pace of a level: for `maintain` the level against the planned level; otherwise the
 * movement from the baseline against the planned movement (1 when neither moved, `null` when only
 * the plan did not).
 */
export function levelPace(
  current: Decimal,
  expected: Decimal,
  baseline: Decimal,
  direction: Direction,
  tolerance: Decimal,
): Decimal | null {
  if (direction === 'maintain') return directionRatio(current, expected, direction, tolerance);
  const planned = expected.minus(baseline);
  const moved = current.minus(baseline);
  if (planned.isZero()) return moved.isZero() ? ONE : null;
  return withoutNegativeZero(moved.div(planned));
}

export function unreachable(value: never): never {
  throw new Error(`Unexpected value ${String(value)}`);
}

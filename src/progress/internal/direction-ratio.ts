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
 * A plain ratio (value / reference) read in the metric's direction, where 1 is "as planned":
 * `increase` → the ratio; `decrease` → 2 − ratio (10 % under the reference reads 1.1, 10 % over
 * reads 0.9); `maintain` → 1 within the tolerance band, otherwise 1 − |ratio − 1|.
 */
export function inDirection(ratio: Decimal, direction: Direction, tolerance: Decimal): Decimal {
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
 * How a value compares with a reference in the metric's direction (see {@link inDirection});
 * `null` when the reference is zero.
 */
export function directionRatio(
  value: Decimal,
  reference: Decimal,
  direction: Direction,
  tolerance: Decimal,
): Decimal | null {
  const ratio = divideOrNull(value, reference);
  return ratio === null ? null : inDirection(ratio, direction, tolerance);
}

/** A pace and the plain ratio it was read from (the plan-shape forecast applies the ratio). */
export interface Pace {
  readonly pace: Decimal | null;
  readonly ratio: Decimal | null;
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
): Pace {
  const ratio = divideOrNull(actual, expected);
  if (ratio === null) return { pace: actual.isZero() ? ONE : null, ratio };
  return { pace: inDirection(ratio, direction, tolerance), ratio };
}

/**
 * The pace of a level: for `maintain` the level against the planned level (the ratio is the
 * level's); otherwise the movement from the baseline against the planned movement (1 when
 * neither moved, `null` when only the plan did not; the ratio is the movement's).
 */
export function levelPace(
  current: Decimal,
  expected: Decimal,
  baseline: Decimal,
  direction: Direction,
  tolerance: Decimal,
): Pace {
  if (direction === 'maintain') {
    const ratio = divideOrNull(current, expected);
    return { pace: ratio === null ? null : maintainRatio(ratio, tolerance), ratio };
  }
  const moved = current.minus(baseline);
  const ratio = divideOrNull(moved, expected.minus(baseline));
  if (ratio === null) return { pace: moved.isZero() ? ONE : null, ratio };
  return { pace: ratio, ratio };
}

export function unreachable(value: never): never {
  throw new Error(`Unexpected value ${String(value)}`);
}

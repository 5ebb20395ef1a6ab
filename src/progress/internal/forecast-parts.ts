/**
 * The forecasts' shared parts: a least-squares line through indexed values, and a forecast that
 * has no value for a reason.
 *
 * @module
 */
import { withoutNegativeZero as clean, ZERO } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ProgressForecast } from '../progress-forecast.js';

/** A value at a period index (1 for the first step, 0 for a level's baseline). */
export interface Point {
  readonly index: number;
  readonly value: Decimal;
}

/**
 * A least-squares line `value = intercept + slope × index` through the points (two or more,
 * distinct indices). The indices are small whole numbers, so their sums are exact numbers; only
 * the values are Decimals.
 */
export function leastSquares(points: ReadonlyArray<Point>): { slope: Decimal; intercept: Decimal } {
  const n = points.length;
  let sumX = 0;
  let sumXX = 0;
  let sumY = ZERO;
  let sumXY = ZERO;
  for (const { index, value } of points) {
    sumX += index;
    sumXX += index * index;
    sumY = sumY.plus(value);
    sumXY = sumXY.plus(value.times(index));
  }
  const denominator = n * sumXX - sumX * sumX;
  const slope = clean(sumXY.times(n).minus(sumY.times(sumX)).div(denominator));
  const intercept = clean(sumY.minus(slope.times(sumX)).div(n));
  return { slope, intercept };
}

/** A forecast without a value, with the reason and the inputs it had. */
export function missing(
  method: ProgressForecast['method'],
  reason: string,
  inputs: ProgressForecast['inputs'] = {},
): ProgressForecast {
  return { method, value: null, inputs, reason };
}

/**
 * The forecasts' shared parts: a least-squares line through indexed values, and a forecast that
 * has no value for a reason.
 *
 * @module
 */
import {
  withoutNegativeZero as clean,
  sumDecimals as sum,
} from '../../money/decimal-arithmetic.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import type { ProgressForecast } from '../progress-forecast.js';

/** A value at a period index (1 for the first step, 0 for a level's baseline). */
export interface Point {
  readonly index: number;
  readonly value: Decimal;
}

/** A least-squares line `value = intercept + slope × index` through the points (two or more, distinct indices). */
export function leastSquares(points: ReadonlyArray<Point>): { slope: Decimal; intercept: Decimal } {
  const n = toDecimal(points.length);
  const xs = points.map((p) => toDecimal(p.index));
  const sumX = sum(xs);
  const sumY = sum(points.map((p) => p.value));
  const sumXY = sum(points.map((p, i) => p.value.times(xs[i] ?? 0)));
  const sumXX = sum(xs.map((x) => x.times(x)));
  const denominator = n.times(sumXX).minus(sumX.times(sumX));
  const slope = clean(n.times(sumXY).minus(sumX.times(sumY)).div(denominator));
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

/**
 * The unrounded weights of a cascade's periods: the shape's formula times seasonality times the
 * covered share of each period. See `cascade` for the formulas; the geometric and S-curve curves
 * are in `growth-curves.ts`.
 *
 * @module
 */

import { argumentError } from '../../argument-checks.js';
import type { Granularity } from '../../calendar/period.js';
import type { IssuePath } from '../../errors.js';
import type { CascadeShape, Seasonality } from '../../model/cascade-spec.js';
import type { Decimal } from '../../money/to-decimal.js';
import { type Growth, geometricWeights, sCurveWeights } from './growth-curves.js';
import { type PeriodOutline, scaleByShares, writeCoverage } from './period-outline.js';
import { unitsOrUndefined } from './units.js';

/**
 * Decimals as numbers with the same ratios: whole numbers (scaled by a common power of ten) when
 * every one fits the safe integer range, so their ratios are exact; otherwise each divided by the
 * largest, as the nearest double (a relative error below 2⁻⁵³), so that weights of any size and
 * any number of decimals the document allows are read, never refused as too large. Written into
 * `out` when given (at least as long as `values`).
 */
export function ratioWeights(
  values: ReadonlyArray<Decimal>,
  out: number[] = new Array(values.length),
): number[] {
  // Whole numbers (the usual weights) need one pass; others a second at their decimal places.
  if (scaled(values, 0, out)) return out;
  let places = 0;
  for (const value of values) places = Math.max(places, value.decimalPlaces());
  if (scaled(values, places, out)) return out;
  let largest = values[0] as Decimal;
  for (const value of values) if (value.abs().gt(largest.abs())) largest = value;
  for (let i = 0; i < values.length; i++) {
    out[i] = (values[i] as Decimal).div(largest.abs()).toNumber();
  }
  return out;
}

/** Writes the values in units of `10^-places` into `out`; false when one is not a safe whole number of them. */
function scaled(values: ReadonlyArray<Decimal>, places: number, out: number[]): boolean {
  for (let i = 0; i < values.length; i++) {
    const units = unitsOrUndefined(values[i] as Decimal, places);
    if (units === undefined) return false;
    out[i] = units;
  }
  return true;
}

/** Seasonal weights of fiscal months 1–12 (quarter weights repeat over their three months). */
export function monthWeightsOf(
  seasonality: Seasonality | undefined,
): ReadonlyArray<number> | undefined {
  if (seasonality === undefined) return undefined;
  const weights = ratioWeights(seasonality.weights);
  if (seasonality.by === 'month') return weights;
  const months: number[] = new Array(12);
  for (let m = 0; m < 12; m++) months[m] = weights[Math.floor(m / 3)] as number;
  return months;
}

/**
 * The weight of each period, in a list of its own. Intensity shapes (even, linear, custom) give
 * `intensity × S` where S is the period's covered share (or its seasonal weight); cumulative
 * shapes (geometric, s-curve) give the rise of their curve over the period's elapsed time, times
 * the mean seasonal weight.
 *
 * @throws {ValidationError} at `path` for custom weights not one per period, or all zero where the
 * horizon falls
 */
export function shapeWeights(
  grid: PeriodOutline,
  shape: CascadeShape,
  granularity: Granularity,
  growth: Growth,
  summary: string,
  path: IssuePath,
): number[] {
  const n = grid.count;
  const weights: number[] = new Array(n);
  switch (shape.kind) {
    case 'even':
      for (let i = 0; i < n; i++) weights[i] = 1;
      scaleByShares(grid, weights);
      return weights;
    case 'linear': {
      const [a, b] = ratioWeights([shape.from, shape.to]) as [number, number];
      // Intensity of period i: from + (to − from)·i/(n − 1), scaled by (n − 1) to stay whole.
      for (let i = 0; i < n; i++) weights[i] = n === 1 ? a : a * (n - 1) + (b - a) * i;
      scaleByShares(grid, weights);
      return weights;
    }
    case 'custom': {
      if (shape.weights.length !== n) {
        throw argumentError(
          summary,
          'wrong-count',
          [...path, 'weights'],
          `The horizon has ${n} periods of a ${granularity} but ${shape.weights.length} weights were given`,
          `${shape.weights.length} weights`,
          `exactly ${n} weights, one per period`,
          { count: shape.weights.length, expected: n },
        );
      }
      ratioWeights(shape.weights, weights);
      scaleByShares(grid, weights);
      let any = false;
      for (let i = 0; i < n; i++) if ((weights[i] as number) > 0) any = true;
      if (!any) {
        throw argumentError(
          summary,
          'invalid-value',
          [...path, 'weights'],
          `Every custom weight is 0: nothing says how to spread the objective over its ${n} periods`,
          `${n} weights of 0`,
          'at least one weight above 0',
        );
      }
      return weights;
    }
    case 'geometric':
    case 's-curve': {
      // The curves read each period's coverage before writing its weight: one list serves both.
      writeCoverage(grid, weights);
      if (shape.kind === 'geometric') {
        geometricWeights(weights, n, shape.rate, granularity, growth, summary, path, weights);
      } else {
        sCurveWeights(weights, n, shape.midpoint.toNumber(), shape.steepness.toNumber(), weights);
      }
      const seasonal = grid.season;
      if (seasonal !== undefined) {
        for (let i = 0; i < n; i++) {
          const coverage = i === 0 ? grid.head : i === n - 1 ? grid.tail : 1;
          weights[i] = (weights[i] as number) * ((seasonal[i] as number) / coverage);
        }
      }
      return weights;
    }
    default: {
      const never: never = shape;
      return never;
    }
  }
}

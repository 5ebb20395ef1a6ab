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
import { type PeriodGrid, seasonalWeights } from './period-grid.js';
import { unitsOrUndefined } from './units.js';

/**
 * Decimals as numbers with the same ratios: whole numbers (scaled by a common power of ten) when
 * every one fits the safe integer range, so their ratios are exact; otherwise each divided by the
 * largest, as the nearest double (a relative error below 2⁻⁵³), so that weights of any size and
 * any number of decimals the document allows are read, never refused as too large.
 */
export function ratioWeights(values: ReadonlyArray<Decimal>): number[] {
  // Whole numbers (the usual weights) need one pass; others a second at their decimal places.
  const whole = scaled(values, 0);
  if (whole !== undefined) return whole;
  let places = 0;
  for (const value of values) places = Math.max(places, value.decimalPlaces());
  const decimals = scaled(values, places);
  if (decimals !== undefined) return decimals;
  let largest = values[0] as Decimal;
  for (const value of values) if (value.abs().gt(largest.abs())) largest = value;
  return values.map((value) => value.div(largest.abs()).toNumber());
}

/** The values in units of `10^-places`, or `undefined` when one is not a safe whole number of them. */
function scaled(values: ReadonlyArray<Decimal>, places: number): number[] | undefined {
  const out: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const units = unitsOrUndefined(values[i] as Decimal, places);
    if (units === undefined) return undefined;
    out[i] = units;
  }
  return out;
}

/** Seasonal weights of fiscal months 1–12 (quarter weights repeat over their three months). */
export function monthWeightsOf(
  seasonality: Seasonality | undefined,
): ReadonlyArray<number> | undefined {
  if (seasonality === undefined) return undefined;
  const weights = ratioWeights(seasonality.weights);
  if (seasonality.by === 'month') return weights;
  const months: number[] = [];
  for (let m = 0; m < 12; m++) months.push(weights[Math.floor(m / 3)] as number);
  return months;
}

/**
 * The weight of each period. Intensity shapes (even, linear, custom) give `intensity × S` where S
 * is the period's covered share (or its seasonal weight); cumulative shapes (geometric, s-curve)
 * give the rise of their curve over the period's elapsed time, times the mean seasonal weight.
 *
 * @throws {ValidationError} at `path` for custom weights not one per period, or all zero where the
 * horizon falls
 */
export function shapeWeights(
  grid: PeriodGrid,
  shape: CascadeShape,
  granularity: Granularity,
  growth: Growth,
  monthWeights: ReadonlyArray<number> | undefined,
  summary: string,
  path: IssuePath,
): number[] {
  const n = grid.count;
  const seasonal = monthWeights === undefined ? undefined : seasonalWeights(grid, monthWeights);
  const season = seasonal ?? grid.coverage;
  switch (shape.kind) {
    case 'even':
      // A copy: the grid may be remembered for other cascades.
      return seasonal ?? grid.coverage.slice();
    case 'linear': {
      const [a, b] = ratioWeights([shape.from, shape.to]) as [number, number];
      const weights: number[] = new Array(n);
      // Intensity of period i: from + (to − from)·i/(n − 1), scaled by (n − 1) to stay whole.
      for (let i = 0; i < n; i++) {
        const intensity = n === 1 ? a : a * (n - 1) + (b - a) * i;
        weights[i] = intensity * (season[i] as number);
      }
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
      const custom = ratioWeights(shape.weights);
      const weights: number[] = new Array(n);
      let any = false;
      for (let i = 0; i < n; i++) {
        const weight = (custom[i] as number) * (season[i] as number);
        weights[i] = weight;
        if (weight > 0) any = true;
      }
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
      const weights =
        shape.kind === 'geometric'
          ? geometricWeights(grid.coverage, shape.rate, granularity, growth, summary, path)
          : sCurveWeights(grid.coverage, shape.midpoint.toNumber(), shape.steepness.toNumber());
      if (seasonal !== undefined) {
        for (let i = 0; i < n; i++) {
          weights[i] =
            (weights[i] as number) * ((seasonal[i] as number) / (grid.coverage[i] as number));
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

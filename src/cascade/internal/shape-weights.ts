/**
 * The unrounded weights of a cascade's periods: the shape's formula times seasonality times the
 * covered share of each period. See `cascade` for the formulas.
 *
 * @module
 */
import type { Granularity } from '../../calendar/period.js';
import { ValidationError } from '../../errors.js';
import type { CascadeShape, Seasonality } from '../../model/cascade-spec.js';
import type { Decimal } from '../../money/to-decimal.js';
import { type PeriodGrid, seasonalWeights } from './period-grid.js';
import { placesOf, toUnits } from './units.js';

/** Periods in a year at each granularity, for a yearly growth rate (52 for weeks). */
const periodsPerYear = { year: 1, half: 2, quarter: 4, month: 12, week: 52 } as const;

/**
 * Decimal weights as whole numbers with the same ratios (scaled by a common power of ten), so
 * their ratios are exact in doubles.
 */
export function integerWeights(values: ReadonlyArray<Decimal>, what: string): number[] {
  const places = placesOf(values);
  const out: number[] = [];
  for (const value of values) out.push(toUnits(value, places, what));
  return out;
}

/** Seasonal weights of fiscal months 1–12 (quarter weights repeat over their three months). */
export function monthWeightsOf(
  seasonality: Seasonality | undefined,
): ArrayLike<number> | undefined {
  if (seasonality === undefined) return undefined;
  const weights = integerWeights(seasonality.weights, 'Seasonal weight');
  if (seasonality.by === 'month') return weights;
  const months: number[] = [];
  for (let m = 0; m < 12; m++) months.push(weights[Math.floor(m / 3)] as number);
  return months;
}

/** What the geometric shape needs to know about the objective. */
export interface GrowthContext {
  readonly kind: 'flow' | 'stock';
  readonly baseline: number;
  readonly target: number;
}

/**
 * The yearly growth factor x of a flow whose yearly amounts grow by x from a baseline year just
 * before the horizon: target / baseline = x + x² + … + x^Y, continued to fractional Y as
 * x·(x^Y − 1)/(x − 1). Solved by bisection (monotone in x).
 */
export function flowGrowthFactor(ratio: number, years: number): number {
  const total = (x: number): number =>
    Math.abs(x - 1) < 1e-12 ? years : (x * (x ** years - 1)) / (x - 1);
  let low = 1e-9;
  let high = 2;
  while (total(high) < ratio) high *= 2;
  for (let k = 0; k < 200 && high - low > 1e-15 * high; k++) {
    const mid = (low + high) / 2;
    if (total(mid) < ratio) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function growthInvalid(message: string, received: string, expected: string): ValidationError {
  return new ValidationError('Cannot derive the geometric growth rate', [
    { code: 'invalid-argument', path: ['baseline'], message, received, expected },
  ]);
}

/** The growth per period (`ln` of the factor) of a geometric shape. */
function logGrowthPerPeriod(
  shape: Extract<CascadeShape, { kind: 'geometric' }>,
  granularity: Granularity,
  elapsed: number,
  growth: GrowthContext,
): number {
  const perYear = periodsPerYear[granularity];
  if (shape.rate !== undefined) return Math.log1p(shape.rate.toNumber()) / perYear;
  const { baseline, target } = growth;
  if (!(baseline > 0) || !(target > 0)) {
    throw growthInvalid(
      'Deriving the growth rate needs a baseline and a target greater than 0',
      `baseline ${baseline}, target ${target} (in units)`,
      'a positive baseline and target, or a shape with an explicit "rate"',
    );
  }
  if (growth.kind === 'stock') return Math.log(target / baseline) / elapsed;
  return Math.log(flowGrowthFactor(target / baseline, elapsed / perYear)) / perYear;
}

/**
 * The weight of each period. Intensity shapes (even, linear, custom) give `intensity × S` where S
 * is the period's covered share (or its seasonal weight); cumulative shapes (geometric, s-curve)
 * give the rise of their curve over the period's elapsed time, times the mean seasonal weight.
 */
export function shapeWeights(
  grid: PeriodGrid,
  shape: CascadeShape,
  granularity: Granularity,
  growth: GrowthContext,
  monthWeights: ArrayLike<number> | undefined,
): ReadonlyArray<number> {
  const n = grid.count;
  const seasonal = monthWeights === undefined ? undefined : seasonalWeights(grid, monthWeights);
  const season = seasonal ?? grid.coverage;
  // Both are read-only from here on (the grid's is frozen): `even` takes them as its weights.
  if (shape.kind === 'even') return season;
  const weights: number[] = new Array(n).fill(0);
  switch (shape.kind) {
    case 'linear': {
      const [from, to] = integerWeights([shape.from, shape.to], 'Linear intensity');
      const a = from as number;
      const b = to as number;
      // Intensity of period i: from + (to − from)·i/(n − 1), scaled by (n − 1) to stay whole.
      for (let i = 0; i < n; i++) {
        const intensity = n === 1 ? a : a * (n - 1) + (b - a) * i;
        weights[i] = intensity * (season[i] as number);
      }
      return weights;
    }
    case 'custom': {
      if (shape.weights.length !== n) {
        throw new ValidationError('Invalid custom cascade shape', [
          {
            code: 'wrong-count',
            path: ['cascade', 'shape', 'weights'],
            message: `The horizon has ${n} periods of a ${granularity} but ${shape.weights.length} weights were given`,
            received: `${shape.weights.length} weights`,
            expected: `exactly ${n} weights, one per period`,
          },
        ]);
      }
      const custom = integerWeights(shape.weights, 'Custom weight');
      for (let i = 0; i < n; i++) weights[i] = (custom[i] as number) * (season[i] as number);
      return weights;
    }
    case 'geometric':
    case 's-curve': {
      let elapsed = 0;
      for (let i = 0; i < n; i++) elapsed += grid.coverage[i] as number;
      const curve = cumulativeCurve(shape, granularity, elapsed, growth);
      let t = 0;
      let previous = curve(0);
      for (let i = 0; i < n; i++) {
        const coverage = grid.coverage[i] as number;
        t += coverage;
        const next = curve(i === n - 1 ? elapsed : t);
        const mean = seasonal === undefined ? 1 : (seasonal[i] as number) / coverage;
        weights[i] = Math.max(0, next - previous) * mean;
        previous = next;
      }
      return weights;
    }
    default: {
      const never: never = shape;
      throw new ValidationError('Unknown cascade shape', [
        {
          code: 'invalid-value',
          path: ['cascade', 'shape', 'kind'],
          message: 'Unknown shape',
          received: JSON.stringify((never as { kind: unknown }).kind),
          expected: "'even', 'linear', 'geometric', 's-curve' or 'custom'",
        },
      ]);
    }
  }
}

/** The cumulative curve C(t) of a geometric or S-curve shape over elapsed periods t. */
function cumulativeCurve(
  shape: Extract<CascadeShape, { kind: 'geometric' | 's-curve' }>,
  granularity: Granularity,
  elapsed: number,
  growth: GrowthContext,
): (t: number) => number {
  if (shape.kind === 'geometric') {
    const rate = logGrowthPerPeriod(shape, granularity, elapsed, growth);
    // C(t) = (e^{rate·t} − 1)/rate, tending to t when the rate is 0 (an even shape).
    if (Math.abs(rate) < 1e-12) return (t) => t;
    return (t) => Math.expm1(rate * t) / rate;
  }
  const midpoint = shape.midpoint.toNumber();
  const steepness = shape.steepness.toNumber();
  const logistic = (u: number): number => 1 / (1 + Math.exp(-steepness * (u - midpoint)));
  return (t) => logistic(t / elapsed);
}

import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import type { Granularity } from '../calendar/period.js';
import { ValidationError } from '../errors.js';
import type { CascadeShape, CascadeSpec, Seasonality } from '../model/cascade-spec.js';
import type { Horizon } from '../model/horizon.js';
import { type Aggregation, type Direction, type Metric, metricPrecision } from '../model/metric.js';
import type { TieBreak } from '../money/allocate.js';
import { allocateUnits } from '../money/internal/allocate-units.js';
import type { Decimal } from '../money/to-decimal.js';
import { periodGrid } from './internal/period-grid.js';
import { monthWeightsOf, shapeWeights } from './internal/shape-weights.js';
import { splitWhole } from './internal/split-whole.js';
import { toUnits } from './internal/units.js';

/**
 * What {@link cascade} needs of an objective: its id, metric, baseline, target, horizon and,
 * optionally, its own cascade spec. A parsed `StrategicObjective` is one.
 *
 * @example
 * ```ts
 * import { toDecimal, type CascadeObjective } from 'partner-alignment';
 * const objective: CascadeObjective = {
 *   id: 'new-deals',
 *   metric: { name: 'Deals won', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *   baseline: toDecimal('18'),
 *   target: toDecimal('90'),
 *   horizon: { start: '2026-07-01', end: '2029-06-30' },
 *   cascade: { granularity: 'quarter', shape: { kind: 'even' } },
 * };
 * objective.metric.aggregation //=> 'sum'
 * ```
 * @category Cascade
 */
export interface CascadeObjective {
  /** The objective's id; periods goals made from the cascade name it. */
  readonly id: string;
  /** What is measured: the unit gives the precision, the aggregation the meaning of a step. */
  readonly metric: Metric;
  /** Flows: the amount in the year before the horizon. Stocks: the level at the horizon's start. */
  readonly baseline: Decimal;
  /** Flows: the total over the horizon. Stocks: the level at the horizon's end. */
  readonly target: Decimal;
  /** The first and last day covered (both included). */
  readonly horizon: Horizon;
  /** The objective's own cascade spec, overridden field by field by {@link CascadeOptions}. */
  readonly cascade?: CascadeSpec | undefined;
}

/**
 * Options of {@link cascade}; each overrides the same field of the objective's own cascade spec.
 *
 * @example
 * ```ts
 * import type { CascadeOptions } from 'partner-alignment';
 * const options: CascadeOptions = { granularity: 'month', tieBreak: 'latest' };
 * options.granularity //=> 'month'
 * ```
 * @category Cascade
 */
export interface CascadeOptions {
  /** Period length: `year`, `half`, `quarter`, `month` or `week` (week-based calendars only). Required here or in the objective's spec. */
  readonly granularity?: Granularity | undefined;
  /** The shape; default the spec's, else `{ kind: 'even' }`. */
  readonly shape?: CascadeShape | undefined;
  /** Seasonal weights by fiscal month or quarter; default the spec's, else none. */
  readonly seasonality?: Seasonality | undefined;
  /** Who gets a leftover unit when rounding remainders tie exactly; default the spec's, else `'largest-weight'` (then the earliest). */
  readonly tieBreak?: TieBreak | undefined;
}

/**
 * An objective cut into period steps: plain readonly data. The step targets are held compactly as
 * whole numbers of units of `10^-precision` in `units` (a flow's amount per period, or a stock's
 * checkpoint level at each period's end), so a cascade costs one small typed array rather than a
 * Decimal per step. Read them as Decimals with {@link stepTarget}, as full steps with
 * {@link cascadeSteps}, or as rows with {@link toRows}.
 *
 * @example
 * ```ts
 * import { cascade, calendarYear, toDecimal } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *     baseline: toDecimal('10'), target: toDecimal('10'), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear,
 *   { granularity: 'quarter' },
 * );
 * [plan.length, plan.precision, Array.from(plan.units)] //=> [4, 0, [3, 3, 2, 2]]
 * ```
 * @category Cascade
 */
export interface Cascade {
  /** The id of the objective cascaded. */
  readonly objective: string;
  /** The fiscal calendar the periods belong to. */
  readonly calendar: FiscalCalendar;
  /** The objective's horizon; the steps cover each of its days exactly once. */
  readonly horizon: Horizon;
  /** The metric's aggregation: `sum` steps are amounts; `last` and `average` steps are checkpoint levels. */
  readonly aggregation: Aggregation;
  /** The metric's direction (`maintain` holds every checkpoint at the target). */
  readonly direction: Direction;
  /** Decimals of every target: a unit is `10^-precision`. */
  readonly precision: number;
  /** The objective's baseline, in units. */
  readonly baselineUnits: number;
  /** The objective's target, in units. */
  readonly targetUnits: number;
  /** The granularity used. */
  readonly granularity: Granularity;
  /** The shape used. */
  readonly shape: CascadeShape;
  /** The seasonality used, if any. */
  readonly seasonality: Seasonality | undefined;
  /** The tie-break used. */
  readonly tieBreak: TieBreak;
  /** The number of steps. */
  readonly length: number;
  /** Fiscal year of the first period. */
  readonly firstYear: number;
  /** Index of the first period within its fiscal year. */
  readonly firstIndex: number;
  /** Each step's target in units: a flow's amount in the period, or a stock's level at its end. */
  readonly units: ArrayLike<number>;
  /** Each step's unrounded weight: its share of the total (flows) or of the climb (stocks) is `weights[i] / Σ weights`. */
  readonly weights: ArrayLike<number>;
}

function requireGranularity(objective: CascadeObjective): never {
  throw new ValidationError(`Cannot cascade objective ${JSON.stringify(objective.id)}`, [
    {
      code: 'required',
      path: ['cascade', 'granularity'],
      message: 'No granularity: neither the options nor the objective give one',
      received: 'undefined',
      expected: "'year', 'half', 'quarter', 'month' or 'week'",
    },
  ]);
}

/**
 * Cuts an objective into period steps on a fiscal calendar, shaped and rounded exactly.
 *
 * **Weights.** Each period i gets a weight wᵢ; `sᵢ` below is its covered share of days (1 for a
 * whole period; partial first and last periods are prorated by days), or with seasonality the sum
 * over its fiscal months of (month weight × covered share of the month) (weeks: the weight of the
 * fiscal month the week starts in × covered share). Time t counts elapsed periods, a partial
 * period counting its covered share; T is the whole horizon.
 * - `even`: wᵢ = sᵢ.
 * - `linear`: wᵢ = (from + (to − from)·i/(n − 1))·sᵢ, i = 0…n−1.
 * - `custom`: wᵢ = weightᵢ·sᵢ (one weight per period, else a `ValidationError`).
 * - `geometric`: wᵢ = C(tᵢ) − C(tᵢ₋₁) times the period's mean seasonal weight, with
 *   C(t) = (e^{gt} − 1)/g and g the growth per period: ln(1 + rate)/periodsPerYear (1, 2, 4, 12 or
 *   52). Without a rate it is derived: stocks g = ln(target/baseline)/T, so each checkpoint is
 *   baseline·(target/baseline)^{t/T} (the CAGR path); flows take the yearly factor x solving
 *   target/baseline = x + x² + … + x^Y (Y = T/periodsPerYear years, continued as x(x^Y − 1)/(x − 1)),
 *   so the year before the horizon, at the baseline's run rate, grows by x a year.
 * - `s-curve`: wᵢ = L(tᵢ/T) − L(tᵢ₋₁/T) times the mean seasonal weight, with the logistic
 *   L(u) = 1/(1 + e^{−steepness·(u − midpoint)}).
 *
 * Decimal shape and seasonal weights are scaled to whole numbers, so even, linear and custom
 * weights of whole periods are exact; proration and the geometric and S-curve formulas are
 * evaluated in double precision, and each resulting weight is then taken as the exact binary
 * fraction it is.
 *
 * **Rounding.** Flows (`sum`): the target, in units of the metric's precision, is split over the
 * weights by largest remainder, so the steps add up exactly to the target. Stocks (`last`) and
 * `average` metrics (treated as a stock path whose last checkpoint is the target): the climb
 * target − baseline is split the same way and each step is the checkpoint baseline + the climb so
 * far, so the last step equals the target exactly; a `decrease` climbs downwards (a negative
 * split is the mirror of the positive one); `maintain` holds every checkpoint at the target.
 * Exact remainder ties go by `tieBreak`; the computation is exact (a fast double path guarded by an
 * error bound, with an exact BigInt fallback).
 *
 * @param objective - the objective (a parsed `StrategicObjective` will do)
 * @param calendar - the fiscal calendar of the partnership
 * @param options - overrides of the objective's cascade spec; see {@link CascadeOptions}
 * @returns the cascade, its targets held as integer units (see {@link Cascade})
 * @throws {@link ValidationError} without a granularity, with custom weights not one per period, or
 * when a geometric rate must be derived from a baseline or target that is not positive
 * @throws {@link PrecisionError} when the baseline or target has more decimals than the metric's precision
 * @throws {@link AllocationError} when every weight is zero
 * @example
 * ```ts
 * import { cascade, calendarYear, toDecimal, cascadeTotal } from 'partner-alignment';
 * const arr = cascade(
 *   { id: 'arr', metric: { name: 'ARR', unit: { kind: 'money', currency: 'USD' }, aggregation: 'last', direction: 'increase', motives: [] },
 *     baseline: toDecimal('2000000'), target: toDecimal('5000000'), horizon: { start: '2027-01-01', end: '2029-12-31' } },
 *   calendarYear,
 *   { granularity: 'year', shape: { kind: 'geometric' } },
 * );
 * Array.from(arr.units, (cents) => cents / 100) //=> [2714417.62, 3684031.5, 5000000]
 * cascadeTotal(arr).toFixed(2) //=> '5000000.00'
 * ```
 * @category Cascade
 */
export function cascade(
  objective: CascadeObjective,
  calendar: FiscalCalendar,
  options: CascadeOptions = {},
): Cascade {
  const spec = objective.cascade;
  const granularity = options.granularity ?? spec?.granularity ?? requireGranularity(objective);
  const shape: CascadeShape = options.shape ?? spec?.shape ?? EVEN;
  const seasonality = options.seasonality ?? spec?.seasonality;
  const tieBreak: TieBreak = options.tieBreak ?? spec?.tieBreak ?? 'largest-weight';
  const metric = objective.metric;
  const precision = metricPrecision(metric);
  const baselineUnits = toUnits(objective.baseline, precision, 'Baseline');
  const targetUnits = toUnits(objective.target, precision, 'Target');
  const flow = metric.aggregation === 'sum';
  const grid = periodGrid(calendar, objective.horizon, granularity);
  const weights = shapeWeights(
    grid,
    shape,
    granularity,
    { kind: flow ? 'flow' : 'stock', baseline: baselineUnits, target: targetUnits },
    monthWeightsOf(seasonality),
  );
  const n = grid.count;
  const units: number[] = new Array(n);
  if (!flow && metric.direction === 'maintain') {
    units.fill(targetUnits);
  } else {
    const total = flow ? targetUnits : targetUnits - baselineUnits;
    if (total === 0) {
      units.fill(0);
    } else if (!splitWhole(total, weights, tieBreak, units)) {
      const parts = allocateUnits(total, weights, tieBreak, scratchOf(n));
      for (let i = 0; i < n; i++) units[i] = parts[i] as number;
    }
    if (!flow) {
      let level = baselineUnits;
      for (let i = 0; i < n; i++) {
        level += units[i] as number;
        units[i] = level;
      }
    }
  }
  return {
    objective: objective.id,
    calendar,
    horizon: objective.horizon,
    aggregation: metric.aggregation,
    direction: metric.direction,
    precision,
    baselineUnits,
    targetUnits,
    granularity,
    shape,
    seasonality,
    tieBreak,
    length: grid.count,
    firstYear: grid.firstYear,
    firstIndex: grid.firstIndex,
    units,
    weights,
  };
}

const EVEN: CascadeShape = Object.freeze({ kind: 'even' });

// One output buffer per step count for `allocateUnits`, copied out before `cascade` returns: a
// typed array costs more to create than a whole 36-step cascade, and these never escape (the
// function is synchronous and not re-entered), so no caller can observe them.
const scratch: Float64Array[] = [];
function scratchOf(n: number): Float64Array {
  let buffer = scratch[n];
  if (buffer === undefined) {
    buffer = new Float64Array(n);
    if (n <= 1024) scratch[n] = buffer;
  }
  return buffer;
}

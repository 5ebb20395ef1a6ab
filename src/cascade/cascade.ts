import type { z } from 'zod';
import { argumentError, checkOneOf, checkOptions } from '../argument-checks.js';
import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import { Granularity } from '../calendar/period.js';
import type { IssuePath } from '../errors.js';
import { acceptValue } from '../model/accept.js';
import { CascadeShape, Seasonality } from '../model/cascade-spec.js';
import { aggregationRules, metricPrecision } from '../model/metric.js';
import type { TieBreak } from '../money/allocate.js';
import { CascadeObjective, type CascadeObjectiveJson } from './cascade-objective.js';
import type { Cascade, CascadeMethod } from './cascade-result.js';
import { acceptCalendar } from './internal/accept-arguments.js';
import { largestRemainder } from './internal/largest-remainder.js';
import { madeCascade } from './internal/make-cascade.js';
import { periodOutline } from './internal/period-outline.js';
import { roundRunningTotal } from './internal/round-running-total.js';
import { monthWeightsOf, shapeWeights } from './internal/shape-weights.js';
import { toUnits } from './internal/units.js';

/**
 * Options of {@link cascade}; each overrides the same field of the objective's own cascade spec,
 * and each takes the JSON form too (decimal strings in a shape or seasonality).
 *
 * @example
 * ```ts
 * import type { CascadeOptions } from 'partner-alignment';
 * const options: CascadeOptions = { granularity: 'month', shape: { kind: 'linear', from: '1', to: '2' }, tieBreak: 'latest' };
 * options.granularity //=> 'month'
 * ```
 * @category Cascade
 */
export interface CascadeOptions {
  /** Period length: `year`, `half`, `quarter`, `month` or `week` (52/53-week calendars only). Required here or in the objective's spec. */
  readonly granularity?: Granularity | undefined;
  /** The shape; default the spec's, else `{ kind: 'even' }`. */
  readonly shape?: CascadeShape | z.input<typeof CascadeShape> | undefined;
  /** Seasonal weights by fiscal month or quarter; default the spec's, else none. */
  readonly seasonality?: Seasonality | z.input<typeof Seasonality> | undefined;
  /** How steps are rounded: `'running-total'` or `'largest-remainder'` (see {@link CascadeMethod}); default the spec's, else `'running-total'`. */
  readonly method?: CascadeMethod | undefined;
  /**
   * Who gets a unit on an exact tie: `'largest-weight'`, `'earliest'` or `'latest'`; default the
   * spec's, else `'largest-weight'`. Running totals: a running total exactly halfway between two
   * units rounds up (the unit goes to the period ending there) under `'earliest'`, down (to the
   * next period with a weight) under `'latest'`, and to the one of those two periods with the
   * larger weight under `'largest-weight'` (the earlier on equal weights). Largest remainder:
   * equal remainders are served in the same order.
   */
  readonly tieBreak?: TieBreak | undefined;
}

const OPTIONS = ['granularity', 'shape', 'seasonality', 'method', 'tieBreak'];
const METHODS: ReadonlyArray<CascadeMethod> = ['running-total', 'largest-remainder'];
const TIE_BREAKS: ReadonlyArray<TieBreak> = ['largest-weight', 'earliest', 'latest'];
const EVEN: CascadeShape = Object.freeze({ kind: 'even' });
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});
// Issue paths of the arguments read on every call, built once (an array literal per call was a
// tenth of a cascade's garbage).
const OBJECTIVE_PATH: IssuePath = ['objective'];
const BASELINE_PATH: IssuePath = ['objective', 'baseline'];
const TARGET_PATH: IssuePath = ['objective', 'target'];
const SPEC_SHAPE_PATH: IssuePath = ['objective', 'cascade', 'shape'];
const OPTIONS_SHAPE_PATH: IssuePath = ['options', 'shape'];

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
 * - `custom`: wᵢ = weightᵢ·sᵢ (one weight per period, not all 0).
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
 * weights of whole periods are exact (weights needing more than 15 significant digits of ratio are
 * read as the nearest double); proration and the geometric and S-curve formulas are evaluated in
 * double precision, without overflow or cancellation for any rate or steepness a document allows,
 * and each resulting weight is then taken as the exact binary fraction it is.
 *
 * **Rounding.** What a step is comes from the metric's aggregation rule (`aggregationRules`).
 * Amounts (`sum`): the target, in units of the metric's precision, is split over the weights, so
 * the steps add up exactly to the target. Checkpoints (`last`, `average`): the climb
 * target − baseline is split the same way and each step is the baseline plus the climb so far, so
 * the last step equals the target exactly; a `decrease` climbs downwards (the mirror of the climb
 * up); `maintain` holds every checkpoint at the target. The split rounds the **running total** by
 * default, so every checkpoint (a flow's total to date, a stock's level) lies within half a unit of
 * the exact path; `method: 'largest-remainder'` splits by Hamilton's method instead. Exact ties go
 * by `tieBreak` (see {@link CascadeOptions}). The computation is exact (a fast double path guarded
 * by an error bound, with an exact BigInt fallback).
 *
 * @param objective - the objective: a parsed `StrategicObjective`, or its JSON (see {@link CascadeObjective})
 * @param calendar - the fiscal calendar of the partnership, parsed or as JSON
 * @param options - overrides of the objective's cascade spec; see {@link CascadeOptions}
 * @returns the cascade, frozen, its targets held as integer units (see {@link Cascade})
 * @throws {@link ValidationError} for an argument that is not what it says (paths start at
 * `objective`, `calendar` or `options`), without a granularity, with custom weights not one per
 * period or all 0, a baseline or target finer than the metric's precision, or when a geometric
 * rate must be derived from a baseline or target that is not positive
 * @throws {@link UnsupportedGranularityError} for weeks on a month-based calendar
 * @example
 * ```ts
 * import { cascade, calendarYear, cascadeTotal } from 'partner-alignment';
 * const arr = cascade(
 *   { id: 'arr', metric: { name: 'ARR', unit: { kind: 'money', currency: 'USD' }, aggregation: 'last', direction: 'increase' },
 *     baseline: '2000000', target: '5000000', horizon: { start: '2027-01-01', end: '2029-12-31' } },
 *   calendarYear,
 *   { granularity: 'year', shape: { kind: 'geometric' } },
 * );
 * arr.units.map((cents) => cents / 100) //=> [2714417.62, 3684031.5, 5000000]
 * cascadeTotal(arr).toFixed(2) //=> '5000000.00'
 * ```
 * @category Cascade
 */
export function cascade(
  objective: CascadeObjective | CascadeObjectiveJson,
  calendar: FiscalCalendar,
  options?: CascadeOptions,
): Cascade {
  const given = acceptValue(
    CascadeObjective,
    objective,
    'Cannot cascade the objective',
    OBJECTIVE_PATH,
  );
  // An objective id holds no quote or backslash, so it needs no escaping here.
  const summary = `Cannot cascade objective "${given.id}"`;
  const fiscal = acceptCalendar(calendar, summary);
  const option = options === undefined ? NO_OPTIONS : checkOptions(options, OPTIONS, summary);
  const spec = given.cascade;
  const granularity =
    option['granularity'] !== undefined
      ? checkOneOf(option['granularity'], Granularity.options, summary, ['options', 'granularity'])
      : (spec?.granularity ?? missingGranularity(summary));
  const fromOptions = option['shape'] !== undefined;
  const shapePath = fromOptions ? OPTIONS_SHAPE_PATH : SPEC_SHAPE_PATH;
  const shape = fromOptions
    ? acceptValue(CascadeShape, option['shape'], summary, shapePath)
    : (spec?.shape ?? EVEN);
  const seasonality =
    option['seasonality'] !== undefined
      ? acceptValue(Seasonality, option['seasonality'], summary, ['options', 'seasonality'])
      : spec?.seasonality;
  const method =
    option['method'] !== undefined
      ? checkOneOf(option['method'], METHODS, summary, ['options', 'method'])
      : (spec?.method ?? 'running-total');
  const tieBreak =
    option['tieBreak'] !== undefined
      ? checkOneOf(option['tieBreak'], TIE_BREAKS, summary, ['options', 'tieBreak'])
      : (spec?.tieBreak ?? 'largest-weight');
  const metric = given.metric;
  const precision = metricPrecision(metric);
  const baselineUnits = toUnits(given.baseline, precision, summary, BASELINE_PATH);
  const targetUnits = toUnits(given.target, precision, summary, TARGET_PATH);
  const amounts = aggregationRules[metric.aggregation].step === 'amount';
  const total = amounts ? targetUnits : targetUnits - baselineUnits;
  if (!Number.isSafeInteger(total)) tooFarApart(summary, total);
  const grid = periodOutline(fiscal, given.horizon, granularity, monthWeightsOf(seasonality));
  const weights = shapeWeights(
    grid,
    shape,
    granularity,
    { kind: amounts ? 'flow' : 'stock', baseline: baselineUnits, target: targetUnits },
    summary,
    shapePath,
  );
  const n = grid.count;
  let units: number[];
  if (!amounts && metric.direction === 'maintain') {
    units = new Array(n).fill(targetUnits);
  } else {
    units =
      method === 'running-total'
        ? roundRunningTotal(total, weights, tieBreak)
        : largestRemainder(total, weights, tieBreak);
    if (!amounts) {
      let level = baselineUnits;
      for (let i = 0; i < n; i++) {
        level += units[i] as number;
        units[i] = level;
      }
    }
  }
  return madeCascade({
    objective: given.id,
    calendar: fiscal,
    horizon: given.horizon,
    aggregation: metric.aggregation,
    direction: metric.direction,
    precision,
    baselineUnits,
    targetUnits,
    granularity,
    shape,
    seasonality,
    tieBreak,
    method,
    length: n,
    firstYear: grid.firstYear,
    firstIndex: grid.firstIndex,
    units,
    weights,
  });
}

function missingGranularity(summary: string): never {
  throw argumentError(
    summary,
    'required',
    ['options', 'granularity'],
    "No granularity: neither the options nor the objective's cascade spec give one",
    'undefined',
    "'year', 'half', 'quarter', 'month' or 'week'",
  );
}

function tooFarApart(summary: string, climb: number): never {
  throw argumentError(
    summary,
    'too-big',
    ['objective', 'target'],
    'The climb from the baseline to the target is too large to plan in whole units',
    String(climb),
    `a target within ${Number.MAX_SAFE_INTEGER} units of the baseline`,
    { maximum: Number.MAX_SAFE_INTEGER },
  );
}

import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import type { Granularity } from '../calendar/period.js';
import type { CascadeShape, CascadeSpec, Seasonality } from '../model/cascade-spec.js';
import type { Horizon } from '../model/horizon.js';
import type { ObjectiveId } from '../model/ids.js';
import type { Aggregation, Direction } from '../model/metric.js';
import type { TieBreak } from '../money/allocate.js';

/**
 * How a cascade rounds its steps to whole units:
 * - `'running-total'` (the default): the running total (a flow's total to date, a stock's level)
 *   is rounded at every step, so every checkpoint lies within half a unit of the exact path;
 * - `'largest-remainder'`: each step is the floor of its exact share and the units left go to the
 *   largest remainders (Hamilton's method, as `allocate` splits money), so every step lies within
 *   one unit of its exact share, but early checkpoints can run ahead of the path.
 *
 * Both add a flow's steps up exactly to its target and end a stock exactly on its target.
 *
 * @example
 * ```ts
 * import type { CascadeMethod } from 'partner-alignment';
 * const method: CascadeMethod = 'largest-remainder';
 * method //=> 'largest-remainder'
 * ```
 * @category Cascade
 */
export type CascadeMethod = NonNullable<CascadeSpec['method']>;

/**
 * An objective cut into period steps: plain readonly data, frozen. The step targets are held as
 * whole numbers of units of `10^-precision` in `units` (a flow's amount per period, or a stock's
 * checkpoint level at each period's end). Read them as Decimals with {@link stepTarget}, as full
 * steps with {@link cascadeSteps}, or as rows with `cascadeRows` of `partner-alignment/report`. Its JSON
 * (`JSON.parse(JSON.stringify(plan))`) is accepted back by every function that takes a cascade,
 * after the same checks as any cascade not made by this library: the fields as documented, the
 * periods of the horizon, and the steps adding up to (flows) or ending on (stocks) the target.
 *
 * @example
 * ```ts
 * import { cascade, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '10', target: '10', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear,
 *   { granularity: 'quarter' },
 * );
 * // Running totals 2.5, 5, 7.5, 10 round (halves up, to the earlier period) to 3, 5, 8, 10.
 * [plan.length, plan.precision, plan.units] //=> [4, 0, [3, 2, 3, 2]]
 * ```
 * @category Cascade
 */
export interface Cascade {
  /** The id of the objective cascaded. */
  readonly objective: ObjectiveId;
  /** The fiscal calendar the periods belong to. */
  readonly calendar: FiscalCalendar;
  /** The objective's horizon; the steps cover each of its days exactly once. */
  readonly horizon: Horizon;
  /**
   * The metric's aggregation; `aggregationRules[aggregation].step` says what a step is: an amount
   * (`sum`) or a checkpoint level at the period's end (`last`, `average`).
   */
  readonly aggregation: Aggregation;
  /** The metric's direction (`maintain` holds every checkpoint of a stock at the target). */
  readonly direction: Direction;
  /** Decimals of every target: a unit is `10^-precision`. */
  readonly precision: number;
  /** The objective's baseline, in units. */
  readonly baselineUnits: number;
  /** The objective's target, in units. */
  readonly targetUnits: number;
  /** The granularity of the steps. */
  readonly granularity: Granularity;
  /** The shape the steps were split by. */
  readonly shape: CascadeShape;
  /** The seasonality the steps were split by, if any. */
  readonly seasonality?: Seasonality | undefined;
  /** Who gets a unit on an exact tie (see {@link CascadeOptions}). */
  readonly tieBreak: TieBreak;
  /** How the steps were rounded (see {@link CascadeMethod}). */
  readonly method: CascadeMethod;
  /** The number of steps. */
  readonly length: number;
  /** Fiscal year of the first period. */
  readonly firstYear: number;
  /** Index of the first period within its fiscal year. */
  readonly firstIndex: number;
  /** Each step's target in units: a flow's amount in the period, or a stock's level at its end. */
  readonly units: ReadonlyArray<number>;
  /**
   * Each step's weight: its share of the total (flows) or of the whole climb (stocks) is
   * `weights[i] / Σ weights`. Unrounded for a split; for a re-planned cascade, each step's amount
   * in units as re-planned (a re-planned step is set, not split), so shares stay true to the steps.
   */
  readonly weights: ReadonlyArray<number>;
}

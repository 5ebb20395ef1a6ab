import type { IsoDate } from '../calendar/iso-date.js';
import type { Period } from '../calendar/period.js';
import type { Aggregation, Direction } from '../model/metric.js';
import type { Decimal } from '../money/to-decimal.js';

/**
 * The plan progress is measured against: an objective and its period steps. A structural input, so
 * any source of steps fits: the cascade engine's steps (each has `period` and `target`), or the
 * partnership's hand-set period goals through {@link planFromGoals}. The parsed
 * `StrategicObjective` of the model is assignable to `objective`.
 *
 * For a flow (`aggregation: 'sum'`) a step's `target` is the amount planned for that period, and
 * the objective's `target` the total over the horizon. For a stock (`last`) or an `average`, a
 * step's `target` is the checkpoint level at the period's end, `baseline` the level at the
 * horizon's start and `target` the level at its end (the plan runs on to it when the steps stop
 * short). Steps should not overlap; their order does not matter.
 *
 * @example
 * ```ts
 * import { toDecimal, type ProgressPlan } from 'partner-alignment';
 * const plan: ProgressPlan = {
 *   objective: {
 *     id: 'deals',
 *     metric: { aggregation: 'sum', direction: 'increase' },
 *     baseline: toDecimal(10),
 *     target: toDecimal(20),
 *     horizon: { start: '2027-01-01', end: '2027-12-31' },
 *   },
 *   steps: [{ period: { calendar: 'calendar', granularity: 'year', year: 2027, index: 1 }, target: toDecimal(20) }],
 * };
 * plan.steps.length //=> 1
 * ```
 * @category Progress
 */
export interface ProgressPlan {
  /** The objective: its id, metric (aggregation and direction), baseline, target, horizon and optional roll-up weight. */
  readonly objective: {
    readonly id: string;
    readonly name?: string | undefined;
    readonly metric: { readonly aggregation: Aggregation; readonly direction: Direction };
    readonly baseline: Decimal;
    readonly target: Decimal;
    readonly horizon: { readonly start: IsoDate; readonly end: IsoDate };
    readonly weight?: Decimal | undefined;
  };
  /** The period steps of the plan: an amount per period (flows) or a checkpoint level (stocks). */
  readonly steps: ReadonlyArray<{ readonly period: Period; readonly target: Decimal }>;
}

/**
 * A recorded value of the objective's metric for one period. The parsed `Actual` of the model is
 * assignable; when `objective` is present, only actuals of the plan's objective are read. Flows
 * match actuals to steps by period key (an actual of another granularity is not counted, and a
 * note says so); stocks read the latest level of any granularity. Of two actuals for the same
 * period the later in the list counts.
 *
 * @example
 * ```ts
 * import { toDecimal, type ProgressActual } from 'partner-alignment';
 * const actual: ProgressActual = {
 *   objective: 'deals',
 *   period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 },
 *   value: toDecimal(4),
 * };
 * actual.value.toString() //=> '4'
 * ```
 * @category Progress
 */
export interface ProgressActual {
  /** The objective measured; when absent the actual is taken to be the plan's. */
  readonly objective?: string | undefined;
  /** The period the value was recorded for; matched to the plan's steps by period key. */
  readonly period: Period;
  /** The value: the period's amount (flows) or the level at the period's end or as of now (stocks). */
  readonly value: Decimal;
}

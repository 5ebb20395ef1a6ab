import type { Decimal } from '../money/to-decimal.js';

/**
 * How a forecast method projects the objective to the plan's end: `plan-shape` (the pace to date
 * applied to the rest of the plan), `run-rate` (the recent periods' average carried forward) or
 * `trend` (a least-squares line through the period actuals).
 *
 * @example
 * ```ts
 * import type { ForecastMethod } from 'partner-alignment';
 * const method: ForecastMethod = 'run-rate';
 * method //=> 'run-rate'
 * ```
 * @category Progress
 */
export type ForecastMethod = 'plan-shape' | 'run-rate' | 'trend';

/**
 * A forecast at the plan's end (`planEnd` of the progress: the horizon's end for a plan that
 * covers it): the method, the value (the total for a flow, the level at the end for a stock or an
 * average; `null` with a `reason` when the method lacks data) and the inputs it used.
 *
 * @example
 * ```ts
 * import { toDecimal, type ProgressForecast } from 'partner-alignment';
 * const forecast: ProgressForecast = {
 *   method: 'run-rate',
 *   value: toDecimal(380),
 *   inputs: { periods: 2, average: toDecimal(95), remainingPeriods: toDecimal(2), actualToDate: toDecimal(190) },
 *   reason: null,
 * };
 * forecast.value //=> '380'
 * ```
 * @category Progress
 */
export interface ProgressForecast {
  /** The method used. */
  readonly method: ForecastMethod;
  /** The forecast at the plan's end, or `null` when the method had too little data. */
  readonly value: Decimal | null;
  /** The numbers the method used, by name. */
  readonly inputs: Readonly<Record<string, Decimal | number | null>>;
  /** Why the value is `null`; `null` when there is a value. */
  readonly reason: string | null;
}

/**
 * What the rest of the plan must deliver to reach the plan's end (the sum of the steps for a flow;
 * for a stock or an average, the level of the last step when the steps reach the end of the
 * horizon, else the objective's target; for a cascade both are the objective's target), and its
 * ratio to what the plan asked of those periods.
 *
 * @example
 * ```ts
 * import { toDecimal, type RequiredRate } from 'partner-alignment';
 * const rate: RequiredRate = {
 *   toReach: toDecimal(400),
 *   needed: toDecimal(240),
 *   planned: toDecimal(200),
 *   ratio: toDecimal('1.2'),
 *   periods: [],
 * };
 * rate.ratio //=> '1.2'
 * ```
 * @category Progress
 */
export interface RequiredRate {
  /**
   * The plan's end: the sum of the steps (flows); for stocks and averages, the level of the last
   * step when the steps reach the end of the horizon, else the objective's target.
   */
  readonly toReach: Decimal;
  /** What is still needed: `toReach` minus the actual to date (flows) or the current level. `null` without actuals. */
  readonly needed: Decimal | null;
  /** What the plan asks of the remaining periods (the unelapsed part of the current one included). */
  readonly planned: Decimal;
  /** `needed / planned`: 1.2 means every remaining period must deliver 120 % of its plan. `null` when nothing remains planned or nothing is known. */
  readonly ratio: Decimal | null;
  /** Each remaining period: what the plan asked (flows: the remaining amount; levels: the checkpoint) and what is now required. */
  readonly periods: ReadonlyArray<{
    readonly key: string;
    readonly planned: Decimal;
    readonly required: Decimal | null;
  }>;
}

import type { IsoDate } from '../calendar/iso-date.js';
import type { Period } from '../calendar/period.js';
import type { Direction } from '../model/metric.js';
import type { Decimal } from '../money/to-decimal.js';
import type { ProgressStatus } from './default-thresholds.js';

/**
 * One period of the plan as of a date: its target, its actual (or `null` when none was recorded),
 * and their attainment in the metric's direction.
 *
 * @example
 * ```ts
 * import { toDecimal, type PeriodProgress } from 'partner-alignment';
 * const row: PeriodProgress = {
 *   period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 },
 *   key: 'FY2027-Q1',
 *   state: 'completed',
 *   elapsedDays: 90,
 *   totalDays: 90,
 *   target: toDecimal(100),
 *   actual: toDecimal(90),
 *   attainment: toDecimal('0.9'),
 * };
 * row.attainment //=> '0.9'
 * ```
 * @category Progress
 */
export interface PeriodProgress {
  /** The period of the step. */
  readonly period: Period;
  /** Its canonical key, such as `FY2027-Q1`. */
  readonly key: string;
  /** `completed` (ended by the as-of date), `current` (running) or `future` (not started). */
  readonly state: 'completed' | 'current' | 'future';
  /** Days of the period elapsed by the end of the as-of date, counting only days inside the horizon. */
  readonly elapsedDays: number;
  /** Days of the period inside the horizon (a partial first or last period counts only those). */
  readonly totalDays: number;
  /** The step's target: the period's amount (flows) or the checkpoint level (stocks). */
  readonly target: Decimal;
  /** The recorded actual for the period, or `null`: a missing actual is never a zero. */
  readonly actual: Decimal | null;
  /**
   * Flows: the actual against the target in the metric's direction (see `pace`). Stocks:
   * baseline-relative progress `(actual − baseline) / (target − baseline)`; `maintain`: 1 within
   * the tolerance band. `null` without an actual, or when the ratio would divide by zero.
   */
  readonly attainment: Decimal | null;
}

/**
 * How a forecast method projects the objective to the horizon's end: `plan-shape` (the pace to
 * date applied to the rest of the plan), `run-rate` (the recent periods' average carried forward)
 * or `trend` (a least-squares line through the period actuals).
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
 * A forecast to the horizon's end: the method, the value (the total for a flow, the level at the
 * end for a stock; `null` with a `reason` when the method lacks data) and the inputs it used.
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
  /** The forecast at the horizon's end, or `null` when the method had too little data. */
  readonly value: Decimal | null;
  /** The numbers the method used, by name. */
  readonly inputs: Readonly<Record<string, Decimal | number | null>>;
  /** Why the value is `null`; `null` when there is a value. */
  readonly reason: string | null;
}

/**
 * What the rest of the plan must deliver to reach the plan's end (the sum of the steps for a flow,
 * the objective's target for a stock; for a cascade both are the objective's target), and its ratio
 * to what the plan asked of those periods.
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
  /** The plan's end: the sum of the steps (flows) or the objective's target level (stocks). */
  readonly toReach: Decimal;
  /** What is still needed: `toReach` minus the actual to date (flows) or the current level (stocks). `null` without actuals. */
  readonly needed: Decimal | null;
  /** What the plan asks of the remaining periods (the unelapsed part of the current one included). */
  readonly planned: Decimal;
  /** `needed / planned`: 1.2 means every remaining period must deliver 120 % of its plan. `null` when nothing remains planned or nothing is known. */
  readonly ratio: Decimal | null;
  /** Each remaining period: what the plan asked (flows: the remaining amount; stocks: the checkpoint) and what is now required. */
  readonly periods: ReadonlyArray<{
    readonly key: string;
    readonly planned: Decimal;
    readonly required: Decimal | null;
  }>;
}

/**
 * A status with the rule that produced it (a sentence naming the threshold) and the numbers the
 * rule read.
 *
 * @example
 * ```ts
 * import { toDecimal, type StatusExplanation } from 'partner-alignment';
 * const explanation: StatusExplanation = {
 *   status: 'at-risk',
 *   rule: 'Pace 0.9 is at least the at-risk threshold 0.8 and below the on-track threshold 0.95.',
 *   numbers: { pace: toDecimal('0.9'), attainment: null, expectedToDate: toDecimal(100), actualToDate: toDecimal(90), gap: toDecimal(-10), threshold: toDecimal('0.8') },
 *   missingPeriods: [],
 * };
 * explanation.status //=> 'at-risk'
 * ```
 * @category Progress
 */
export interface StatusExplanation {
  /** The status. */
  readonly status: ProgressStatus;
  /** The rule that produced it, as a sentence with its numbers and threshold. */
  readonly rule: string;
  /** The numbers the rule read (`threshold` is the one the decisive comparison used). */
  readonly numbers: {
    readonly pace: Decimal | null;
    readonly attainment: Decimal | null;
    readonly expectedToDate: Decimal | null;
    readonly actualToDate: Decimal | null;
    readonly gap: Decimal | null;
    readonly threshold: Decimal | null;
  };
  /** The keys of completed periods without an actual, when they made the status `unknown`. */
  readonly missingPeriods: ReadonlyArray<string>;
}

/**
 * Where one objective stands against its plan as of a date, with every number explained. Read
 * `status` first; `notes` says why any ratio is `null`.
 *
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress, toDecimal } from 'partner-alignment';
 * const q = (index: number) => ({ calendar: 'calendar', granularity: 'quarter', year: 2027, index }) as const;
 * const progress = evaluateProgress(
 *   {
 *     objective: { id: 'deals', metric: { aggregation: 'sum', direction: 'increase' }, baseline: toDecimal(0), target: toDecimal(40), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *     steps: [1, 2, 3, 4].map((index) => ({ period: q(index), target: toDecimal(10) })),
 *   },
 *   [{ period: q(1), value: toDecimal(10) }],
 *   calendarYear,
 *   { asOf: '2027-04-30' },
 * );
 * progress.kind //=> 'flow'
 * ```
 * @category Progress
 */
export interface ObjectiveProgress {
  /** `flow` for a `sum` metric; `stock` for `last` and `average` metrics. */
  readonly kind: 'flow' | 'stock';
  /** The objective's id. */
  readonly objective: string;
  /** The objective's name, when the plan gave one. */
  readonly name: string | null;
  /** The objective's roll-up weight, or `null` when it has none (roll-ups then count it as 1). */
  readonly weight: Decimal | null;
  /** Which way is good for the metric. */
  readonly direction: Direction;
  /** The date progress is measured at (its day counts as elapsed). */
  readonly asOf: IsoDate;
  /** Each step of the plan, in period order. */
  readonly periods: ReadonlyArray<PeriodProgress>;
  /**
   * What the plan expected by now, from its own shape. Flows: completed periods in full, plus the
   * current period prorated by days elapsed when it has an actual. Stocks: the planned level at
   * `measuredAt`, interpolated by days between the previous checkpoint (or the baseline) and the next.
   */
  readonly expectedToDate: Decimal;
  /** Flows: the sum of the same periods' actuals. Stocks: the latest level recorded. `null` when unknown. */
  readonly actualToDate: Decimal | null;
  /** `actualToDate − expectedToDate`, in the metric's unit (negative is below the plan). */
  readonly gap: Decimal | null;
  /**
   * The pace index, 1 when exactly on plan. Flows: actual to date against expected to date in the
   * metric's direction (`increase`: actual / expected; `decrease`: 2 − actual / expected;
   * `maintain`: 1 within the tolerance band, else 1 − |actual / expected − 1|). Stocks: the
   * movement from the baseline against the movement planned by then,
   * `(current − baseline) / (expected − baseline)` (`maintain`: as for flows, on levels).
   */
  readonly pace: Decimal | null;
  /**
   * How much of the objective is attained. Flows with `increase`: actual to date / target; other
   * flows only once the horizon has ended. Stocks: `progress`, or for `maintain` 1 within the
   * tolerance band of the target.
   */
  readonly attainment: Decimal | null;
  /** Stocks: baseline-relative progress `(current − baseline) / (target − baseline)`, negative below the baseline. Flows: `null`. */
  readonly progress: Decimal | null;
  /** Stocks: the date the current level refers to (its period's end, or the as-of date if the period is running). */
  readonly measuredAt: IsoDate | null;
  /** The forecast by the method chosen in the options. */
  readonly forecast: ProgressForecast;
  /** The forecasts of all three methods, to compare. */
  readonly forecasts: ReadonlyArray<ProgressForecast>;
  /** What the remaining periods must deliver. */
  readonly requiredRate: RequiredRate;
  /** The status, its rule and its numbers. */
  readonly status: StatusExplanation;
  /** Why any ratio is `null`, and which actuals were not used. */
  readonly notes: ReadonlyArray<string>;
}

import type { IsoDate } from '../calendar/iso-date.js';
import type { ObjectiveId } from '../model/ids.js';
import type { Direction } from '../model/metric.js';
import type { Decimal } from '../money/to-decimal.js';
import type { ProgressStatus } from './default-thresholds.js';
import type { PeriodProgress } from './period-progress.js';
import type { ProgressFinding } from './progress-finding.js';
import type { ProgressForecast, RequiredRate } from './progress-forecast.js';
import type { StatusExplanation } from './status-explanation.js';

/**
 * The same actuals read against a straight line from the baseline to the target over the
 * horizon, instead of the plan's own (seasonal) shape, over the same days. A partner behind the
 * straight line but on pace against its plan only *looks* behind: its plan expects more later.
 *
 * @example
 * ```ts
 * import { toDecimal, type StraightLineProgress } from 'partner-alignment';
 * const line: StraightLineProgress = {
 *   expectedToDate: toDecimal('62.19'),
 *   gap: toDecimal('-27.19'),
 *   pace: toDecimal('0.5628'),
 *   status: 'off-track',
 * };
 * line.status //=> 'off-track'
 * ```
 * @category Progress
 */
export interface StraightLineProgress {
  /**
   * What a straight line expects by the same date. Flows: the target spread evenly over the
   * horizon's days, times the days the actuals to date cover. Stocks: the line's level at
   * `measuredAt`; averages: its mean over the measured period.
   */
  readonly expectedToDate: Decimal;
  /** `actualToDate − expectedToDate`, or `null` when the actual to date is unknown. */
  readonly gap: Decimal | null;
  /** The pace index against the straight line, by the same rule as the plan's `pace`. */
  readonly pace: Decimal | null;
  /** The status the thresholds give that pace (the same rule as the plan's status). */
  readonly status: ProgressStatus;
}

/**
 * Where one objective stands against its plan as of a date, with every number explained. Read
 * `status` first; `findings` says why any ratio is `null`, which actuals were not used and which
 * periods lack data; `straightLine` tells a partner that only looks behind from one that is.
 *
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress } from 'partner-alignment';
 * const progress = evaluateProgress(
 *   {
 *     objective: { id: 'deals', metric: { aggregation: 'sum', direction: 'increase' }, baseline: '0', target: '40', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *     steps: ['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4'].map((period) => ({ period, target: '10' })),
 *   },
 *   [{ period: 'FY2027-Q1', value: '10' }],
 *   calendarYear,
 *   { asOf: '2027-04-30' },
 * );
 * progress.kind //=> 'flow'
 * progress.missingActuals //=> []
 * ```
 * @category Progress
 */
export interface ObjectiveProgress {
  /** What the metric's aggregation rule makes of it: `flow` (`sum`), `stock` (`last`) or `average`. */
  readonly kind: 'flow' | 'stock' | 'average';
  /** The objective's id. */
  readonly objective: ObjectiveId;
  /** The objective's name, when the plan gave one. */
  readonly name: string | null;
  /** The objective's roll-up weight, or `null` when it has none (roll-ups then count it as 1). */
  readonly weight: Decimal | null;
  /** Which way is good for the metric. */
  readonly direction: Direction;
  /** The date progress is measured at (its day counts as elapsed). */
  readonly asOf: IsoDate;
  /** The last day the plan covers, which the forecasts and the required rate refer to: the end of the last step for a flow (the horizon's end when the steps cover it), the horizon's end for a level. */
  readonly planEnd: IsoDate;
  /** Each step of the plan, in period order. */
  readonly periods: ReadonlyArray<PeriodProgress>;
  /**
   * What the plan expected by now, from its own shape. Flows: completed periods in full, plus the
   * current period prorated by days elapsed when it has an actual. Stocks: the planned level at
   * `measuredAt`, interpolated by days between the previous checkpoint (or the baseline) and the
   * next. Averages: the plan's mean level over the days the latest actual covers.
   */
  readonly expectedToDate: Decimal;
  /** Flows: the sum of the same periods' actuals. Stocks and averages: the latest level recorded. `null` when unknown. */
  readonly actualToDate: Decimal | null;
  /** `actualToDate − expectedToDate`, in the metric's unit (negative is below the plan). */
  readonly gap: Decimal | null;
  /**
   * The pace index, 1 when exactly on plan. Flows: actual to date against expected to date in the
   * metric's direction (`increase`: actual / expected; `decrease`: 2 − actual / expected;
   * `maintain`: 1 within the tolerance band, else 1 − |actual / expected − 1|). Stocks and
   * averages: the movement from the baseline against the movement planned by then,
   * `(current − baseline) / (expected − baseline)` (`maintain`: as for flows, on levels).
   */
  readonly pace: Decimal | null;
  /**
   * How much of the objective is attained. Flows with `increase`: actual to date / target; other
   * flows only once the horizon has ended. Stocks and averages: `progress`, or for `maintain` 1
   * within the tolerance band of the target.
   */
  readonly attainment: Decimal | null;
  /** Stocks and averages: baseline-relative progress `(current − baseline) / (target − baseline)`, negative below the baseline. Flows: `null`. */
  readonly progress: Decimal | null;
  /** Stocks and averages: the last day the current level refers to (its period's end, or the as-of date if the period is running). */
  readonly measuredAt: IsoDate | null;
  /** The same actuals against a straight line from the baseline to the target. */
  readonly straightLine: StraightLineProgress;
  /** Keys of the completed steps without an actual: the data the plan expects and lacks (for a flow, any makes the status `unknown`). */
  readonly missingActuals: ReadonlyArray<string>;
  /** The forecast by the method chosen in the options. */
  readonly forecast: ProgressForecast;
  /** The forecasts of all three methods, to compare. */
  readonly forecasts: ReadonlyArray<ProgressForecast>;
  /** What the remaining periods must deliver. */
  readonly requiredRate: RequiredRate;
  /** The status, its rule and its numbers. */
  readonly status: StatusExplanation;
  /** What is worth saying: why a ratio is `null`, which actuals were not used, which periods lack data. */
  readonly findings: ReadonlyArray<ProgressFinding>;
}

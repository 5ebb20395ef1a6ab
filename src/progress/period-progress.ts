import type { Period } from '../calendar/period.js';
import type { Decimal } from '../money/to-decimal.js';

/**
 * One step of the plan as of a date: its target, what the plan expects the period's value to be,
 * its actual (or `null` when none was recorded) and their attainment in the metric's direction.
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
 *   planned: toDecimal(100),
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
  /** The step's target: the period's amount (flows) or the checkpoint level at its end (stocks, averages). */
  readonly target: Decimal;
  /**
   * What the plan expects the period's value to be, in the sense of the metric's aggregation
   * rule: the amount (flows) and the level at the period's end (stocks) are the target; for an
   * average it is the plan's mean level over the period's days, read from the path through the
   * checkpoints.
   */
  readonly planned: Decimal;
  /** The recorded actual for the period, or `null`: a missing actual is never a zero. */
  readonly actual: Decimal | null;
  /**
   * Flows: the actual against the target in the metric's direction (see `pace`). Stocks and
   * averages: baseline-relative progress `(actual − baseline) / (planned − baseline)`; `maintain`:
   * 1 within the tolerance band. `null` without an actual, or when the ratio would divide by zero.
   */
  readonly attainment: Decimal | null;
}

import type { Decimal } from '../money/to-decimal.js';
import type { ProgressStatus } from './default-thresholds.js';

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

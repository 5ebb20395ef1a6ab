import { argumentError, checkOptions, describeReceived, wrongType } from '../argument-checks.js';
import { trust } from '../model/trusted.js';
import type { Decimal } from '../money/to-decimal.js';
import { type ProgressStatus, progressStatusOrder } from './default-thresholds.js';
import { readProgressList } from './internal/read-progress.js';
import { rollUpObjectives } from './internal/roll-up.js';
import type { ObjectiveProgress } from './objective-progress.js';

/**
 * Options of {@link rollUpProgress}. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { progressStatusOrder, type RollUpProgressOptions } from 'partner-alignment';
 * const options: RollUpProgressOptions = { statusOrder: progressStatusOrder };
 * options.statusOrder?.length //=> 7
 * ```
 * @category Progress
 */
export interface RollUpProgressOptions {
  /** Every status from weakest to strongest, each exactly once. Default {@link progressStatusOrder}. */
  readonly statusOrder?: ReadonlyArray<ProgressStatus> | undefined;
}

/**
 * A partnership's progress across its objectives: weighted attainment and the weakest status.
 *
 * @example
 * ```ts
 * import { toDecimal, type ProgressRollUp } from 'partner-alignment';
 * const rollUp: ProgressRollUp = {
 *   attainment: toDecimal('0.5'),
 *   objectives: [{ objective: 'deals', weight: toDecimal(1), attainment: toDecimal('0.5'), status: 'on-track' }],
 *   excluded: [],
 *   weakest: { status: 'on-track', objective: 'deals', rule: 'Pace 1 is at least the on-track threshold 0.95.' },
 * };
 * rollUp.weakest?.objective //=> 'deals'
 * ```
 * @category Progress
 */
export interface ProgressRollUp {
  /** Σ weight × attainment / Σ weight over the objectives with an attainment; `null` when none has one. */
  readonly attainment: Decimal | null;
  /** Each objective counted: its weight (its own, or 1), attainment and status. */
  readonly objectives: ReadonlyArray<{
    readonly objective: string;
    readonly weight: Decimal;
    readonly attainment: Decimal;
    readonly status: ProgressStatus;
  }>;
  /** Objectives left out of the weighted attainment, with why. */
  readonly excluded: ReadonlyArray<{ readonly objective: string; readonly reason: string }>;
  /** The weakest status, the first objective that has it and the rule that produced it; `null` for an empty list. */
  readonly weakest: {
    readonly status: ProgressStatus;
    readonly objective: string;
    readonly rule: string;
  } | null;
}

const SUMMARY = 'Invalid arguments to rollUpProgress';

function readOrder(value: unknown): ReadonlyArray<ProgressStatus> {
  if (value === undefined) return progressStatusOrder;
  if (!Array.isArray(value)) {
    throw wrongType(SUMMARY, ['options', 'statusOrder'], value, 'an array of every status');
  }
  const complete =
    value.length === progressStatusOrder.length &&
    progressStatusOrder.every((status) => value.includes(status));
  if (complete) return value as ReadonlyArray<ProgressStatus>;
  throw argumentError(
    SUMMARY,
    'invalid-value',
    ['options', 'statusOrder'],
    'statusOrder must list every status exactly once',
    describeReceived(JSON.stringify(value.slice(0, 10))),
    `the statuses ${progressStatusOrder.map((s) => JSON.stringify(s)).join(', ')} in any order, weakest first`,
  );
}

/**
 * Rolls the progress of a partnership's objectives up into one weighted attainment and the weakest
 * status. Weights come from the objectives (`weight`); an objective without one counts as 1, so
 * with no weights at all every objective counts equally. Objectives whose attainment is `null`
 * are left out of the average and listed in `excluded` with the findings that say why, never
 * counted as zero. The weakest status follows `statusOrder`; among equals the first objective in
 * the list is named. {@link evaluatePartnershipProgress} returns this roll-up too.
 *
 * @param list - the progress of each objective, from {@link evaluateProgress} (or its JSON)
 * @param options - `statusOrder`, every status from weakest to strongest
 * @returns the weighted attainment, the objectives counted and excluded, and the weakest status
 * @throws {@link ValidationError} when `list` is not a list of progress results, an option is unknown, or `statusOrder` does not list every status exactly once
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress, rollUpProgress } from 'partner-alignment';
 * const plan = (id: string, weight: string) => ({
 *   objective: { id, weight, metric: { aggregation: 'sum', direction: 'increase' }, baseline: '0', target: '100', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   steps: [{ period: 'FY2027', target: '100' }],
 * } as const);
 * const asOf = { asOf: '2027-12-31' };
 * const rollUp = rollUpProgress([
 *   evaluateProgress(plan('a', '3'), [{ period: 'FY2027', value: '100' }], calendarYear, asOf),
 *   evaluateProgress(plan('b', '1'), [{ period: 'FY2027', value: '60' }], calendarYear, asOf),
 * ]);
 * rollUp.attainment //=> '0.9'
 * rollUp.weakest //=> { status: 'off-track', objective: 'b', rule: "The horizon ended on 2027-12-31 with attainment 0.6, below the achieved threshold 1." }
 * ```
 * @category Progress
 */
export function rollUpProgress(
  list: ReadonlyArray<ObjectiveProgress>,
  options?: RollUpProgressOptions,
): ProgressRollUp {
  const given = checkOptions(options, ['statusOrder'], SUMMARY);
  const order = readOrder(given['statusOrder']);
  if (!Array.isArray(list)) {
    throw wrongType(SUMMARY, ['list'], list, 'a list of progress results of evaluateProgress');
  }
  return trust(rollUpObjectives(readProgressList(list, SUMMARY, ['list']), order));
}

import { ValidationError } from '../errors.js';
import type { Decimal } from '../money/to-decimal.js';
import { type ProgressStatus, progressStatusOrder } from './default-thresholds.js';
import { clean, divide, ONE, sum } from './internal/numbers.js';
import type { ObjectiveProgress } from './progress-result.js';

/**
 * Options of {@link rollUpProgress}.
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
  /** Every status from weakest to strongest. Default {@link progressStatusOrder}. */
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

/**
 * Rolls the progress of a partnership's objectives up into one weighted attainment and the weakest
 * status. Weights come from the objectives (`weight`); an objective without one counts as 1, so
 * with no weights at all every objective counts equally. Objectives whose attainment is `null`
 * are left out of the average and listed in `excluded`, never counted as zero. The weakest status
 * follows `statusOrder`; among equals the first objective in the list is named.
 *
 * @param list - the progress of each objective, from {@link evaluateProgress}
 * @param options - `statusOrder`, every status from weakest to strongest
 * @returns the weighted attainment, the objectives counted and excluded, and the weakest status
 * @throws {@link ValidationError} when `statusOrder` does not list every status exactly once
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress, rollUpProgress, toDecimal } from 'partner-alignment';
 * const year = { calendar: 'calendar', granularity: 'year', year: 2027, index: 1 } as const;
 * const plan = (id: string, weight: number) => ({
 *   objective: { id, weight: toDecimal(weight), metric: { aggregation: 'sum', direction: 'increase' }, baseline: toDecimal(0), target: toDecimal(100), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   steps: [{ period: year, target: toDecimal(100) }],
 * } as const);
 * const asOf = { asOf: '2027-12-31' };
 * const rollUp = rollUpProgress([
 *   evaluateProgress(plan('a', 3), [{ period: year, value: toDecimal(100) }], calendarYear, asOf),
 *   evaluateProgress(plan('b', 1), [{ period: year, value: toDecimal(60) }], calendarYear, asOf),
 * ]);
 * rollUp.attainment //=> '0.9'
 * rollUp.weakest //=> { status: 'off-track', objective: 'b', rule: "The horizon ended on 2027-12-31 with attainment 0.6, below the achieved threshold 1." }
 * ```
 * @category Progress
 */
export function rollUpProgress(
  list: ReadonlyArray<ObjectiveProgress>,
  options: RollUpProgressOptions = {},
): ProgressRollUp {
  const order = options.statusOrder ?? progressStatusOrder;
  checkOrder(order);
  const objectives: Array<ProgressRollUp['objectives'][number]> = [];
  const excluded: Array<ProgressRollUp['excluded'][number]> = [];
  for (const progress of list) {
    if (progress.attainment === null) {
      excluded.push({
        objective: progress.objective,
        reason: `No attainment (${progress.status.status}): ${progress.notes.join(' ') || progress.status.rule}`,
      });
    } else {
      objectives.push({
        objective: progress.objective,
        weight: progress.weight ?? ONE,
        attainment: progress.attainment,
        status: progress.status.status,
      });
    }
  }
  const totalWeight = sum(objectives.map((o) => o.weight));
  const weighted = sum(objectives.map((o) => o.weight.times(o.attainment)));
  const attainment = objectives.length === 0 ? null : divide(weighted, totalWeight);
  let weakest: ProgressRollUp['weakest'] = null;
  for (const progress of list) {
    const rank = order.indexOf(progress.status.status);
    if (weakest === null || rank < order.indexOf(weakest.status)) {
      weakest = {
        status: progress.status.status,
        objective: progress.objective,
        rule: progress.status.rule,
      };
    }
  }
  return {
    attainment: attainment === null ? null : clean(attainment),
    objectives,
    excluded,
    weakest,
  };
}

function checkOrder(order: ReadonlyArray<ProgressStatus>): void {
  const complete =
    order.length === progressStatusOrder.length &&
    progressStatusOrder.every((status) => order.includes(status));
  if (complete) return;
  throw new ValidationError('Invalid roll-up options', [
    {
      code: 'invalid-value',
      path: ['statusOrder'],
      message: 'statusOrder must list every status exactly once',
      received: JSON.stringify(order),
      expected: `the statuses ${progressStatusOrder.map((s) => JSON.stringify(s)).join(', ')} in any order, weakest first`,
    },
  ]);
}

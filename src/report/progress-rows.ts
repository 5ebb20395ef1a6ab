import type { Decimal } from '../money/to-decimal.js';
import type { PartnershipProgress } from '../progress/evaluate-partnership-progress.js';
import type { ObjectiveProgress } from '../progress/objective-progress.js';
import { exactOrNull, exactText, numberOf } from './internal/exact.js';
import { type ProgressView, readProgressInput } from './internal/read-progress.js';

/**
 * One period of one objective's progress as a flat row: the plan and the actual of the period,
 * and where both stand at its end, each as a number to plot beside its exact decimal string. A
 * missing value is `null` in both columns, never a zero.
 *
 * @example
 * ```ts
 * import type { ProgressRow } from 'partner-alignment/report';
 * const row: ProgressRow = {
 *   objective: 'deals', kind: 'flow', period: 'FY2027-Q1', state: 'completed',
 *   target: 20, targetExact: '20', planned: 20, plannedExact: '20', actual: 18, actualExact: '18',
 *   attainment: 0.9, attainmentExact: '0.9', plannedToDate: 20, plannedToDateExact: '20', actualToDate: 18, actualToDateExact: '18',
 * };
 * row.actualToDate //=> 18
 * ```
 * @category Report
 */
export interface ProgressRow {
  /** The objective's id. */
  readonly objective: string;
  /** What the metric's aggregation makes of it: `flow`, `stock` or `average`. */
  readonly kind: 'flow' | 'stock' | 'average';
  /** The period's canonical key, such as `FY2027-Q1`. */
  readonly period: string;
  /** `completed` (ended by the as-of date), `current` (running) or `future` (not started). */
  readonly state: 'completed' | 'current' | 'future';
  /** The step's target as a period goal states it: the amount (flows), the level at the end (stocks, averages). */
  readonly target: number;
  /** `target` as an exact decimal string. */
  readonly targetExact: string;
  /** What the plan expects the period's value to be: the target, or for an average the plan's mean level over the period. */
  readonly planned: number;
  /** `planned` as an exact decimal string. */
  readonly plannedExact: string;
  /** The period's recorded actual, in the same sense as `planned`; `null` when none was recorded. */
  readonly actual: number | null;
  /** `actual` as an exact decimal string, or `null`. */
  readonly actualExact: string | null;
  /** The actual against the plan in the metric's direction (see `PeriodProgress`); `null` without an actual. */
  readonly attainment: number | null;
  /** `attainment` as an exact decimal string, or `null`. */
  readonly attainmentExact: string | null;
  /** Where the plan stands at the period's end: the running total of the targets (flows), the planned level (stocks, averages). */
  readonly plannedToDate: number;
  /** `plannedToDate` as an exact decimal string. */
  readonly plannedToDateExact: string;
  /**
   * Where the actuals stand at the period's end, in the same sense as `plannedToDate`: the running
   * total of the actuals (flows; `null` from the first period without an actual on), the
   * period's actual level (stocks, averages; `null` without one).
   */
  readonly actualToDate: number | null;
  /** `actualToDate` as an exact decimal string, or `null`. */
  readonly actualToDateExact: string | null;
}

const SUMMARY = 'Cannot write the progress as rows';

/** The rows of one objective's progress, as read (shared with the progress chart). */
export function rowsOf(progress: ProgressView): ProgressRow[] {
  const flow = progress.kind === 'flow';
  let planned: Decimal | null = null;
  let actual: Decimal | null = null;
  let complete = true;
  return progress.periods.map((period) => {
    planned = flow
      ? planned === null
        ? period.target
        : planned.plus(period.target)
      : period.planned;
    if (flow) {
      complete = complete && period.actual !== null;
      actual =
        complete && period.actual !== null
          ? actual === null
            ? period.actual
            : actual.plus(period.actual)
          : null;
    } else {
      actual = period.actual;
    }
    const cells = {
      target: exactText(period.target),
      planned: exactText(period.planned),
      actual: exactOrNull(period.actual),
      attainment: exactOrNull(period.attainment),
      plannedToDate: exactText(planned),
      actualToDate: exactOrNull(actual),
    };
    return {
      objective: progress.objective,
      kind: progress.kind,
      period: period.key,
      state: period.state,
      target: numberOf(cells.target),
      targetExact: cells.target,
      planned: numberOf(cells.planned),
      plannedExact: cells.planned,
      actual: numberOf(cells.actual),
      actualExact: cells.actual,
      attainment: numberOf(cells.attainment),
      attainmentExact: cells.attainment,
      plannedToDate: numberOf(cells.plannedToDate),
      plannedToDateExact: cells.plannedToDate,
      actualToDate: numberOf(cells.actualToDate),
      actualToDateExact: cells.actualToDate,
    };
  });
}

/**
 * Flattens progress into tidy rows, one per plan period of each objective: the period's plan and
 * actual, and where both stand at its end (running totals for flows, levels for stocks), ready to
 * plot plan against actual. The objective's own figures (status, pace, forecast) are one row per
 * objective in {@link progressStatusRows}.
 *
 * @param progress - one objective's progress, a list of them, or a partnership's progress (as the progress engine returns them, or their JSON)
 * @returns one row per period, objectives in the order given and periods in period order
 * @throws {@link index!ValidationError} when `progress` is not progress, with issues under `progress`
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress } from 'partner-alignment';
 * import { progressRows } from 'partner-alignment/report';
 * const progress = evaluateProgress(
 *   {
 *     objective: { id: 'deals', metric: { aggregation: 'sum', direction: 'increase' }, baseline: '0', target: '40', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *     steps: [{ period: 'FY2027-Q1', target: '20' }, { period: 'FY2027-Q2', target: '20' }],
 *   },
 *   [{ period: 'FY2027-Q1', value: '18' }],
 *   calendarYear,
 *   { asOf: '2027-04-30' },
 * );
 * progressRows(progress).map((row) => [row.period, row.plannedToDate, row.actualToDate])
 * //=> [['FY2027-Q1', 20, 18], ['FY2027-Q2', 40, null]]
 * ```
 * @category Report
 */
export function progressRows(
  progress: ObjectiveProgress | ReadonlyArray<ObjectiveProgress> | PartnershipProgress,
): ReadonlyArray<ProgressRow> {
  return readProgressInput(progress, SUMMARY).flatMap(rowsOf);
}

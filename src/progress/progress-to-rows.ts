import { formatTrimmed } from '../money/decimal-arithmetic.js';
import type { Decimal } from '../money/to-decimal.js';
import { readProgressList } from './internal/read-progress.js';
import type { ObjectiveProgress } from './objective-progress.js';

/**
 * One flat row of progress for notebooks and spreadsheets: a plan period of one objective, with
 * that objective's to-date numbers and status repeated on each of its rows. Every cell is a string:
 * values keep all their digits, ratios (`attainment`, `pace`, `objectiveAttainment`) are rounded to
 * 4 decimals half-even, and a missing value is the empty string.
 *
 * @example
 * ```ts
 * import type { ProgressRow } from 'partner-alignment';
 * const row: ProgressRow = {
 *   objective: 'deals', period: 'FY2027-Q1', state: 'completed', target: '10', actual: '9', attainment: '0.9',
 *   asOf: '2027-04-30', expectedToDate: '10', actualToDate: '9', pace: '0.9', objectiveAttainment: '0.225', status: 'at-risk',
 * };
 * row.status //=> 'at-risk'
 * ```
 * @category Progress
 */
export interface ProgressRow {
  readonly objective: string;
  readonly period: string;
  readonly state: string;
  readonly target: string;
  readonly actual: string;
  readonly attainment: string;
  readonly asOf: string;
  readonly expectedToDate: string;
  readonly actualToDate: string;
  readonly pace: string;
  readonly objectiveAttainment: string;
  readonly status: string;
}

/**
 * Flattens progress into rows, one per plan period of each objective, for notebooks (tidy data).
 *
 * @param progress - the progress of one objective, or a list of them (results of {@link evaluateProgress}, or their JSON)
 * @returns one row per period, objectives in the order given and periods in period order
 * @throws {@link ValidationError} when `progress` is not a progress result or a list of them
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress, progressToRows } from 'partner-alignment';
 * const progress = evaluateProgress(
 *   {
 *     objective: { id: 'deals', metric: { aggregation: 'sum', direction: 'increase' }, baseline: '0', target: '40', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *     steps: [{ period: 'FY2027-Q1', target: '20' }, { period: 'FY2027-Q2', target: '20' }],
 *   },
 *   [{ period: 'FY2027-Q1', value: '18' }],
 *   calendarYear,
 *   { asOf: '2027-03-31' },
 * );
 * progressToRows(progress)[0]
 * //=> { objective: 'deals', period: 'FY2027-Q1', state: 'completed', target: '20', actual: '18', attainment: '0.9', asOf: '2027-03-31', expectedToDate: '20', actualToDate: '18', pace: '0.9', objectiveAttainment: '0.45', status: 'at-risk' }
 * ```
 * @category Progress
 */
export function progressToRows(
  progress: ObjectiveProgress | ReadonlyArray<ObjectiveProgress>,
): ReadonlyArray<ProgressRow> {
  const list = readProgressList(progress, 'Invalid arguments to progressToRows', ['progress']);
  return list.flatMap((p) =>
    p.periods.map((period) => ({
      objective: p.objective,
      period: period.key,
      state: period.state,
      target: value(period.target),
      actual: value(period.actual),
      attainment: ratio(period.attainment),
      asOf: p.asOf,
      expectedToDate: value(p.expectedToDate),
      actualToDate: value(p.actualToDate),
      pace: ratio(p.pace),
      objectiveAttainment: ratio(p.attainment),
      status: p.status.status,
    })),
  );
}

function value(decimal: Decimal | null): string {
  return decimal === null ? '' : decimal.toFixed();
}

function ratio(decimal: Decimal | null): string {
  return decimal === null ? '' : formatTrimmed(decimal);
}

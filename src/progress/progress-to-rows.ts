import type { Decimal } from '../money/to-decimal.js';
import { show } from './internal/numbers.js';
import type { ObjectiveProgress } from './progress-result.js';

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
 * @param progress - the progress of one objective, or a list of them
 * @returns one row per period, objectives in the order given and periods in period order
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress, progressToRows, toDecimal } from 'partner-alignment';
 * const q = (index: number) => ({ calendar: 'calendar', granularity: 'quarter', year: 2027, index }) as const;
 * const progress = evaluateProgress(
 *   {
 *     objective: { id: 'deals', metric: { aggregation: 'sum', direction: 'increase' }, baseline: toDecimal(0), target: toDecimal(40), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *     steps: [1, 2].map((index) => ({ period: q(index), target: toDecimal(20) })),
 *   },
 *   [{ period: q(1), value: toDecimal(18) }],
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
  const list: ReadonlyArray<ObjectiveProgress> = isList(progress) ? progress : [progress];
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

function isList(
  progress: ObjectiveProgress | ReadonlyArray<ObjectiveProgress>,
): progress is ReadonlyArray<ObjectiveProgress> {
  return Array.isArray(progress);
}

function value(decimal: Decimal | null): string {
  return decimal === null ? '' : decimal.toFixed();
}

function ratio(decimal: Decimal | null): string {
  return decimal === null ? '' : show(decimal);
}

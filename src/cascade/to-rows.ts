import { formatPeriodKeyUnchecked as formatPeriodKey } from '../calendar/format-period-key.js';
import type { Granularity } from '../calendar/period.js';
import type { Cascade } from './cascade-result.js';
import { cascadeSteps } from './cascade-steps.js';
import { acceptCascade } from './internal/accept-cascade.js';

/**
 * One flat row of a cascade, all strings and numbers: ready for `console.table`, a notebook or
 * CSV. Targets are decimal strings with the metric's precision.
 *
 * @example
 * ```ts
 * import type { CascadeRow } from 'partner-alignment';
 * const row: CascadeRow = { objective: 'deals', period: 'FY2027-Q1', granularity: 'quarter', start: '2026-07-01', end: '2026-09-30', days: 92, partial: false, target: '6', cumulative: '6', share: '0.25' };
 * row.period //=> 'FY2027-Q1'
 * ```
 * @category Cascade
 */
export interface CascadeRow {
  /** The objective's id. */
  readonly objective: string;
  /** The period's canonical key, such as `FY2027-Q1`. */
  readonly period: string;
  /** The granularity of the period. */
  readonly granularity: Granularity;
  /** The period's first day. */
  readonly start: string;
  /** The period's last day. */
  readonly end: string;
  /** Days of the period inside the horizon. */
  readonly days: number;
  /** Whether the horizon covers only part of the period. */
  readonly partial: boolean;
  /** The step's target (amount for flows, level for stocks) as a decimal string. */
  readonly target: string;
  /** Running total (flows) or climb from the baseline (stocks) as a decimal string. */
  readonly cumulative: string;
  /** The step's share of the total or climb, to 10 decimal places, as a decimal string (see {@link CascadeStep}). */
  readonly share: string | null;
}

/**
 * The steps of a cascade as flat rows of strings and numbers.
 *
 * @param plan - the cascade (as {@link cascade} returns it, or its JSON)
 * @returns one row per step, in period order
 * @throws {@link ValidationError} when `plan` is not a cascade
 * @example
 * ```ts
 * import { cascade, toRows, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'fees', metric: { name: 'Fees', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '100', horizon: { start: '2027-01-01', end: '2027-06-30' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * toRows(plan).map((row) => [row.period, row.target, row.cumulative, row.share])
 * //=> [['FY2027-Q1', '50.00', '50.00', '0.5'], ['FY2027-Q2', '50.00', '100.00', '0.5']]
 * ```
 * @category Cascade
 */
export function toRows(plan: Cascade): ReadonlyArray<CascadeRow> {
  const accepted = acceptCascade(plan, 'Cannot write the cascade as rows');
  return cascadeSteps(accepted).map((step) => ({
    objective: accepted.objective,
    period: formatPeriodKey(step.period),
    granularity: step.period.granularity,
    start: step.start,
    end: step.end,
    days: step.days,
    partial: step.partial,
    target: step.target.toFixed(accepted.precision),
    cumulative: step.cumulative.toFixed(accepted.precision),
    share: step.share === null ? null : step.share.toString(),
  }));
}

import { formatPeriodKeyUnchecked as formatPeriodKey } from '../calendar/format-period-key.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Cascade } from './cascade.js';
import { stepPeriods } from './internal/step-periods.js';
import { fromUnits } from './internal/units.js';

/**
 * Options of {@link toPeriodGoals}.
 *
 * @example
 * ```ts
 * import type { ToPeriodGoalsOptions } from 'partner-alignment';
 * const options: ToPeriodGoalsOptions = { proposedBy: 'partner', proposedOn: '2026-06-15' };
 * options.proposedBy //=> 'partner'
 * ```
 * @category Cascade
 */
export interface ToPeriodGoalsOptions {
  /** Which side proposes the goals: `'vendor'` or `'partner'` (required). */
  readonly proposedBy: 'vendor' | 'partner';
  /** The day of the proposal; omitted from the goals when absent. */
  readonly proposedOn?: IsoDate | undefined;
}

/**
 * A period goal as a JSON-ready document, as stored with the partnership: the model's
 * `PeriodGoal` in its JSON form, with provenance `proposed`.
 *
 * @example
 * ```ts
 * import type { ProposedPeriodGoal } from 'partner-alignment';
 * const goal: ProposedPeriodGoal = { objective: 'deals', period: 'FY2027-Q1', target: '6', provenance: { status: 'proposed', proposedBy: 'vendor' } };
 * goal.provenance.status //=> 'proposed'
 * ```
 * @category Cascade
 */
export interface ProposedPeriodGoal {
  /** The objective's id. */
  readonly objective: string;
  /** The period's canonical key. */
  readonly period: string;
  /** The step's target as a decimal string with the metric's precision. */
  readonly target: string;
  /** Who proposed the goal, and when. */
  readonly provenance: {
    readonly status: 'proposed';
    readonly proposedBy: 'vendor' | 'partner';
    readonly proposedOn?: IsoDate;
  };
}

/**
 * The steps of a cascade as period goals proposed by one side, so the cascade becomes a plan the
 * other side can agree to and that is stored with the partnership.
 *
 * @param plan - the cascade
 * @param options - who proposes, and when; see {@link ToPeriodGoalsOptions}
 * @returns one goal per step, in period order
 * @example
 * ```ts
 * import { cascade, toPeriodGoals, calendarYear, toDecimal } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *     baseline: toDecimal('0'), target: toDecimal('9'), horizon: { start: '2027-01-01', end: '2027-06-30' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * toPeriodGoals(plan, { proposedBy: 'partner', proposedOn: '2026-12-01' })[0]
 * //=> { objective: 'deals', period: 'FY2027-Q1', target: '5', provenance: { status: 'proposed', proposedBy: 'partner', proposedOn: '2026-12-01' } }
 * ```
 * @category Cascade
 */
export function toPeriodGoals(
  plan: Cascade,
  options: ToPeriodGoalsOptions,
): ReadonlyArray<ProposedPeriodGoal> {
  const provenance =
    options.proposedOn === undefined
      ? { status: 'proposed' as const, proposedBy: options.proposedBy }
      : {
          status: 'proposed' as const,
          proposedBy: options.proposedBy,
          proposedOn: options.proposedOn,
        };
  return stepPeriods(plan).map((span, i) => ({
    objective: plan.objective,
    period: formatPeriodKey(span.period),
    target: fromUnits(plan.units[i] as number, plan.precision).toFixed(plan.precision),
    provenance,
  }));
}

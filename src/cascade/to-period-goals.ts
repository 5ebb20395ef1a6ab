import { checkOneOf, checkOptions } from '../argument-checks.js';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../calendar/format-period-key.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { acceptValue } from '../model/accept.js';
import type { ObjectiveId } from '../model/ids.js';
import { Provenance } from '../model/period-goal.js';
import type { Side } from '../model/side.js';
import type { Cascade } from './cascade-result.js';
import { acceptCascade } from './internal/accept-cascade.js';
import { stepPeriods } from './internal/step-periods.js';
import { fromUnits } from './internal/units.js';

const SUMMARY = 'Cannot propose goals from the cascade';
const SIDES: ReadonlyArray<Side> = ['vendor', 'partner'];

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
  readonly proposedBy: Side;
  /** The day of the proposal, a real ISO date; omitted from the goals when absent. */
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
  readonly objective: ObjectiveId;
  /** The period's canonical key. */
  readonly period: string;
  /** The step's target as a decimal string with the metric's precision. */
  readonly target: string;
  /** Who proposed the goal, and when. */
  readonly provenance: {
    readonly status: 'proposed';
    readonly proposedBy: Side;
    readonly proposedOn?: IsoDate;
  };
}

/**
 * The steps of a cascade as period goals proposed by one side, so the cascade becomes a plan the
 * other side can agree to and that is stored with the partnership.
 *
 * @param plan - the cascade (as {@link cascade} returns it, or its JSON)
 * @param options - who proposes, and when; see {@link ToPeriodGoalsOptions}
 * @returns one goal per step, in period order
 * @throws {@link ValidationError} when `plan` is not a cascade, or the options are not as documented
 * @example
 * ```ts
 * import { cascade, toPeriodGoals, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '9', horizon: { start: '2027-01-01', end: '2027-06-30' } },
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
  const accepted = acceptCascade(plan, SUMMARY);
  const option = checkOptions(options, ['proposedBy', 'proposedOn'], SUMMARY);
  const proposedBy = checkOneOf(option['proposedBy'], SIDES, SUMMARY, ['options', 'proposedBy']);
  const proposedOn = option['proposedOn'];
  // The provenance of a document: a real ISO date within the document's years, checked as there.
  const provenance = Object.freeze(
    acceptValue(
      Provenance,
      proposedOn === undefined
        ? { status: 'proposed', proposedBy }
        : { status: 'proposed', proposedBy, proposedOn },
      SUMMARY,
      ['options'],
    ),
  ) as ProposedPeriodGoal['provenance'];
  return stepPeriods(accepted).map((span, i) => ({
    objective: accepted.objective,
    period: formatPeriodKey(span.period),
    target: fromUnits(accepted.units[i] as number, accepted.precision).toFixed(accepted.precision),
    provenance,
  }));
}

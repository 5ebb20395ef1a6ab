import type { Period } from '../calendar/period.js';
import { ValidationError } from '../errors.js';
import type { Decimal } from '../money/to-decimal.js';
import type { ProgressPlan } from './progress-plan.js';

/**
 * Builds a progress plan from the period goals a partnership set by hand (its `goals` list)
 * rather than from a cascade: the objective with that id, and one step per goal of it, whatever
 * the goal's provenance. The parsed `Partnership` of the model is assignable. For a flow the
 * plan's end is the sum of the goals and periods without a goal expect nothing; for a stock the
 * levels between goals are interpolated, and after the last goal they run on to the objective's
 * target at the horizon's end.
 *
 * @param partnership - the partnership (only `charter.objectives` and `goals` are read)
 * @param objectiveId - the id of the objective
 * @returns the objective and its goals as steps, in the goals' order
 * @throws {@link ValidationError} when no objective has that id
 * @example
 * ```ts
 * import { planFromGoals, toDecimal } from 'partner-alignment';
 * const objective = {
 *   id: 'deals',
 *   metric: { aggregation: 'sum', direction: 'increase' },
 *   baseline: toDecimal(10),
 *   target: toDecimal(20),
 *   horizon: { start: '2027-01-01', end: '2027-12-31' },
 * } as const;
 * const q1 = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 } as const;
 * const plan = planFromGoals(
 *   { charter: { objectives: [objective] }, goals: [{ objective: 'deals', period: q1, target: toDecimal(4) }] },
 *   'deals',
 * );
 * plan.steps.map((step) => step.target) //=> ['4']
 * planFromGoals({ charter: { objectives: [objective] }, goals: [] }, 'nope') //!> ValidationError
 * ```
 * @category Progress
 */
export function planFromGoals(
  partnership: {
    readonly charter: { readonly objectives: ReadonlyArray<ProgressPlan['objective']> };
    readonly goals: ReadonlyArray<{
      readonly objective: string;
      readonly period: Period;
      readonly target: Decimal;
    }>;
  },
  objectiveId: string,
): ProgressPlan {
  const objective = partnership.charter.objectives.find((o) => o.id === objectiveId);
  if (objective === undefined) {
    const known = partnership.charter.objectives.map((o) => JSON.stringify(o.id));
    throw new ValidationError('Invalid objective id', [
      {
        code: 'unknown-reference',
        path: ['objectiveId'],
        message: 'No objective of the partnership has this id',
        received: JSON.stringify(objectiveId),
        expected:
          known.length > 0
            ? `one of ${known.join(', ')}`
            : 'an objective of the partnership (it has none)',
      },
    ]);
  }
  const steps = partnership.goals
    .filter((goal) => goal.objective === objectiveId)
    .map((goal) => ({ period: goal.period, target: goal.target }));
  return { objective, steps };
}

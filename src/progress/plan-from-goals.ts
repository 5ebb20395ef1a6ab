import { argumentError, describeReceived, wrongType } from '../argument-checks.js';
import { acceptPartnership } from '../model/accept.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { ProgressPlan } from './progress-plan.js';

const SUMMARY = 'Invalid arguments to planFromGoals';

/**
 * Builds a progress plan from the period goals a partnership set by hand (its `goals` list)
 * rather than from a cascade: the objective with that id, and one step per goal of it, whatever
 * the goal's provenance. For a flow the plan's end is the sum of the goals and periods without a
 * goal expect nothing; for a stock or an average the levels between goals are interpolated, and
 * after the last goal they run on to the objective's target at the horizon's end. To evaluate
 * every objective of a partnership, {@link evaluatePartnershipProgress} does this for each at once.
 *
 * @param partnership - the partnership, parsed or as its JSON document
 * @param objectiveId - the id of the objective
 * @returns the objective and its goals as steps, in the goals' order
 * @throws {@link ValidationError} when the partnership is invalid or no objective has that id
 * @example
 * ```ts
 * import { parsePartnership, planFromGoals, samples } from 'partner-alignment';
 * const northwind = parsePartnership(samples.northwindAdvisory);
 * const plan = planFromGoals(northwind, 'services-revenue');
 * plan.steps.map((step) => step.target) //=> ['560000', '640000', '660000']
 * planFromGoals(northwind, 'nope') //!> ValidationError
 * ```
 * @category Progress
 */
export function planFromGoals(
  partnership: Partnership | PartnershipJson,
  objectiveId: string,
): ProgressPlan {
  if (typeof objectiveId !== 'string') {
    throw wrongType(SUMMARY, ['objectiveId'], objectiveId, 'an objective id');
  }
  const parsed = acceptPartnership(partnership, SUMMARY);
  const objective = parsed.charter.objectives.find((o) => o.id === objectiveId);
  if (objective === undefined) {
    const known = parsed.charter.objectives.map((o) => JSON.stringify(o.id));
    throw argumentError(
      SUMMARY,
      'unknown-reference',
      ['objectiveId'],
      'No objective of the partnership has this id',
      describeReceived(objectiveId),
      known.length > 0
        ? `one of ${known.slice(0, 10).join(', ')}${known.length > 10 ? ` and ${known.length - 10} more` : ''}`
        : 'an objective of the partnership (it has none)',
      { kind: 'objective', id: objectiveId.slice(0, 100) },
    );
  }
  const steps = parsed.goals
    .filter((goal) => goal.objective === objectiveId)
    .map((goal) => ({ period: goal.period, target: goal.target }));
  return { objective, steps };
}

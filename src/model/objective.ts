import { z } from 'zod';
import { DecimalSchema } from '../money/schemas.js';
import { CascadeSpec } from './cascade-spec.js';
import { documentLimits } from './document-limits.js';
import { Horizon } from './horizon.js';
import { ObjectiveId, OpportunityId } from './ids.js';
import { boundedDecimal } from './internal/bounded-decimal.js';
import { boundedList } from './internal/bounded-list.js';
import { Metric } from './metric.js';
import { MotiveId } from './motive.js';

/**
 * Who owns an objective: the vendor, the partner, or both together.
 *
 * @example
 * ```ts
 * import { ObjectiveOwner } from 'partner-alignment';
 * ObjectiveOwner.options //=> ['vendor', 'partner', 'joint']
 * ```
 * @category Model
 */
export const ObjectiveOwner = z.enum(['vendor', 'partner', 'joint']).meta({
  id: 'ObjectiveOwner',
  title: 'Objective owner',
  description: 'Who owns the objective: "vendor", "partner" or "joint".',
});
/** Who owns an objective (see the schema of the same name). @category Model */
export type ObjectiveOwner = z.output<typeof ObjectiveOwner>;

/**
 * How strongly an objective advances a motive of the partner.
 *
 * @example
 * ```ts
 * import { Contribution } from 'partner-alignment';
 * Contribution.parse({ motive: 'bill-rate', strength: 'weak' }) //=> { motive: 'bill-rate', strength: 'weak' }
 * ```
 * @category Model
 */
export const Contribution = z
  .strictObject({
    motive: MotiveId,
    get strength() {
      return z
        .enum(['weak', 'moderate', 'strong'])
        .describe('How strongly the objective advances the motive.');
    },
  })
  .meta({
    id: 'Contribution',
    title: 'Contribution to a motive',
    description: 'A motive the objective advances and how strongly.',
  });
/** How strongly an objective advances a motive (see the schema of the same name). @category Model */
export type Contribution = z.output<typeof Contribution>;

/**
 * A long-term objective on one metric: from `baseline` to `target` over a horizon. For a flow
 * (`sum`) the target is the total over the horizon and the baseline the flow of the year before;
 * for a stock (`last`) or an `average`, the baseline is the level at the start and the target the
 * level at the end.
 *
 * @example
 * ```ts
 * import { StrategicObjective } from 'partner-alignment';
 * const objective = StrategicObjective.parse({
 *   id: 'new-deals',
 *   name: 'Deals won together',
 *   metric: { name: 'Deals won', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *   baseline: '18',
 *   target: '90',
 *   horizon: { start: '2026-07-01', end: '2029-06-30' },
 *   owner: 'joint',
 * });
 * objective.target.toString() //=> '90'
 * objective.contributions //=> []
 * ```
 * @category Model
 */
export const StrategicObjective = z
  .strictObject({
    id: ObjectiveId,
    get name() {
      return z
        .string()
        .min(1)
        .max(documentLimits.text.name)
        .describe('The objective in a few words.');
    },
    get description() {
      return z
        .string()
        .max(documentLimits.text.long)
        .optional()
        .describe('More about the objective.');
    },
    metric: Metric,
    get baseline() {
      return DecimalSchema.describe(
        'Flows: the flow in the year before the horizon. Stocks and averages: the level at the start of the horizon.',
      );
    },
    get target() {
      return DecimalSchema.describe(
        'Flows: the total over the horizon. Stocks and averages: the level at the end of the horizon.',
      );
    },
    get horizon() {
      return Horizon.describe('The span of the objective, within the charter horizon.');
    },
    owner: ObjectiveOwner,
    get opportunity() {
      return OpportunityId.optional().describe('The market opportunity the objective serves.');
    },
    get contributions() {
      return boundedList(Contribution, documentLimits.lists.contributions)
        .default([])
        .describe('The partner motives the objective advances, and how strongly. Default: none.');
    },
    get weight() {
      return boundedDecimal({ min: 0, minExclusive: true }, 'a weight above 0, such as "2"')
        .optional()
        .describe('The weight of the objective in roll-ups (above 0). Default: equal weights.');
    },
    get cascade() {
      return CascadeSpec.optional().describe('How the objective is cascaded into period goals.');
    },
  })
  .meta({
    id: 'StrategicObjective',
    title: 'Strategic objective',
    description: 'A long-term target on one metric over a horizon.',
  });
/** A long-term objective (see the schema of the same name). @category Model */
export type StrategicObjective = z.output<typeof StrategicObjective>;
/**
 * A strategic objective as written in JSON (see {@link StrategicObjective}).
 *
 * @example
 * ```ts
 * import type { StrategicObjectiveJson } from 'partner-alignment';
 * const json: StrategicObjectiveJson = {
 *   id: 'arr', name: 'ARR', baseline: '1', target: '2', owner: 'partner',
 *   metric: { name: 'ARR', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'last', direction: 'increase' },
 *   horizon: { start: '2026-01-01', end: '2026-12-31' },
 * };
 * json.target //=> '2'
 * ```
 * @category Model
 */
export type StrategicObjectiveJson = z.input<typeof StrategicObjective>;

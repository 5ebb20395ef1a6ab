import type { z } from 'zod';
import { StrategicObjective } from '../model/objective.js';

/**
 * What {@link cascade} needs of an objective: a strategic objective in which only `id`, `metric`,
 * `baseline`, `target`, `horizon` and the optional `cascade` spec are required. A parsed
 * `StrategicObjective` is one, and so is its JSON; the same rules apply as in a document.
 *
 * @example
 * ```ts
 * import { CascadeObjective } from 'partner-alignment';
 * const objective = CascadeObjective.parse({
 *   id: 'new-deals',
 *   metric: { name: 'Deals won', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *   baseline: '18',
 *   target: '90',
 *   horizon: { start: '2026-07-01', end: '2029-06-30' },
 *   cascade: { granularity: 'quarter' },
 * });
 * objective.target.toString() //=> '90'
 * ```
 * @category Cascade
 */
export const CascadeObjective = StrategicObjective.partial({
  name: true,
  description: true,
  owner: true,
  opportunity: true,
  contributions: true,
  weight: true,
});
/** What {@link cascade} needs of an objective (see the schema of the same name). @category Cascade */
export type CascadeObjective = z.output<typeof CascadeObjective>;
/**
 * A {@link CascadeObjective} as written in JSON: decimal strings for the baseline, target and
 * shape numbers.
 *
 * @example
 * ```ts
 * import type { CascadeObjectiveJson } from 'partner-alignment';
 * const json: CascadeObjectiveJson = {
 *   id: 'arr', baseline: '1000000', target: '2000000',
 *   metric: { name: 'ARR', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'last', direction: 'increase' },
 *   horizon: { start: '2027-01-01', end: '2029-12-31' },
 * };
 * json.target //=> '2000000'
 * ```
 * @category Cascade
 */
export type CascadeObjectiveJson = z.input<typeof CascadeObjective>;

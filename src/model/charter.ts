import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { Horizon } from './horizon.js';
import { boundedList } from './internal/bounded-list.js';
import { StrategicObjective } from './objective.js';
import { MarketOpportunity } from './opportunity.js';
import { ReviewCadence, ReviewHeld } from './review.js';
import { Stakeholder } from './stakeholder.js';

const lists = documentLimits.lists;

/**
 * The why, what and how of a partnership: its purpose and horizon, the market opportunities and
 * long-term objectives, the stakeholders on both sides, and the reviews planned and held.
 *
 * @example
 * ```ts
 * import { Charter } from 'partner-alignment';
 * const charter = Charter.parse({
 *   purpose: 'Grow together', horizon: { start: '2026-01-01', end: '2028-12-31' },
 *   opportunities: [], objectives: [], stakeholders: [], reviewCadences: [], reviewsHeld: [],
 * });
 * charter.horizon.end //=> '2028-12-31'
 * ```
 * @category Model
 */
export const Charter = z
  .strictObject({
    get purpose() {
      return z
        .string()
        .min(1)
        .max(documentLimits.text.long)
        .describe('Why the two companies are in business together: the long-term direction.');
    },
    get horizon() {
      return Horizon.describe('The span of the charter; every objective lies within it.');
    },
    get opportunities() {
      return boundedList(MarketOpportunity, lists.opportunities).describe(
        'The market opportunities pursued.',
      );
    },
    get objectives() {
      return boundedList(StrategicObjective, lists.objectives).describe(
        'The long-term objectives.',
      );
    },
    get stakeholders() {
      return boundedList(Stakeholder, lists.stakeholders).describe(
        'The people involved on both sides.',
      );
    },
    get reviewCadences() {
      return boundedList(ReviewCadence, lists.reviewCadences).describe('The reviews planned.');
    },
    get reviewsHeld() {
      return boundedList(ReviewHeld, lists.reviewsHeld).describe('The reviews that took place.');
    },
  })
  .meta({
    id: 'Charter',
    title: 'Charter',
    description: 'Why, what and how: purpose, opportunities, objectives, people and reviews.',
  });
/** The why, what and how of a partnership (see the schema of the same name). @category Model */
export type Charter = z.output<typeof Charter>;
/**
 * A charter as written in JSON (see {@link Charter}).
 *
 * @example
 * ```ts
 * import type { CharterJson } from 'partner-alignment';
 * const json: CharterJson = {
 *   purpose: 'Grow', horizon: { start: '2026-01-01', end: '2026-12-31' },
 *   opportunities: [], objectives: [], stakeholders: [], reviewCadences: [], reviewsHeld: [],
 * };
 * json.purpose //=> 'Grow'
 * ```
 * @category Model
 */
export type CharterJson = z.input<typeof Charter>;

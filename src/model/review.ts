import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { CadenceId, StakeholderId } from './ids.js';
import { boundedList } from './internal/bounded-list.js';
import { DocumentDate as IsoDate } from './internal/document-date.js';

/**
 * A recurring review of the partnership: strategic, business or operational, how often it is
 * held, and within how many days after a fiscal period ends its review is due.
 *
 * @example
 * ```ts
 * import { ReviewCadence } from 'partner-alignment';
 * ReviewCadence.parse({ id: 'qbr', kind: 'business', name: 'QBR', frequency: 'quarterly', dueWithinDays: 30 }).dueWithinDays
 * //=> 30
 * ```
 * @category Model
 */
export const ReviewCadence = z
  .strictObject({
    id: CadenceId,
    get kind() {
      return z.enum(['strategic', 'business', 'operational']).describe('What the review is about.');
    },
    get name() {
      return z.string().min(1).max(documentLimits.text.name).describe('The review name.');
    },
    get frequency() {
      return z
        .enum(['monthly', 'quarterly', 'half-yearly', 'yearly'])
        .describe('How often: once per fiscal month, quarter, half or year.');
    },
    get dueWithinDays() {
      return z
        .int()
        .min(1)
        .max(366)
        .describe('The review of a fiscal period is due within this many days after it ends.');
    },
  })
  .meta({
    id: 'ReviewCadence',
    title: 'Review cadence',
    description: 'A recurring review of the partnership.',
  });
/** A recurring review (see the schema of the same name). @category Model */
export type ReviewCadence = z.output<typeof ReviewCadence>;

/**
 * A review that took place: which cadence, when, and who attended.
 *
 * @example
 * ```ts
 * import { ReviewHeld } from 'partner-alignment';
 * ReviewHeld.parse({ cadence: 'qbr', date: '2026-10-15', attendees: ['s-pam'] }).date //=> '2026-10-15'
 * ```
 * @category Model
 */
export const ReviewHeld = z
  .strictObject({
    get cadence() {
      return CadenceId.describe('The cadence the review belongs to.');
    },
    get date() {
      return IsoDate.describe('When it was held.');
    },
    get attendees() {
      return boundedList(StakeholderId, documentLimits.lists.attendees).describe(
        'The stakeholders who attended.',
      );
    },
  })
  .meta({ id: 'ReviewHeld', title: 'Review held', description: 'A review that took place.' });
/** A review that took place (see the schema of the same name). @category Model */
export type ReviewHeld = z.output<typeof ReviewHeld>;

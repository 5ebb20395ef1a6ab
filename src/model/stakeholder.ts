import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { StakeholderId } from './ids.js';
import { Side } from './side.js';

/**
 * A person involved in the partnership, on either side, with the role they play.
 *
 * @example
 * ```ts
 * import { Stakeholder } from 'partner-alignment';
 * Stakeholder.parse({ id: 's-pam', side: 'vendor', name: 'Marco Ruiz', role: 'partner-manager' }).role
 * //=> 'partner-manager'
 * ```
 * @category Model
 */
export const Stakeholder = z
  .strictObject({
    id: StakeholderId,
    get side() {
      return Side.describe('Which company the person works for.');
    },
    get name() {
      return z.string().min(1).max(documentLimits.text.name).describe('The person name.');
    },
    get role() {
      return z
        .enum([
          'executive-sponsor',
          'partner-manager',
          'practice-lead',
          'product-lead',
          'sales-lead',
          'technical-lead',
          'marketing-lead',
          'alliance-manager',
          'other',
        ])
        .describe('The role the person plays in the partnership.');
    },
    get title() {
      return z.string().min(1).max(documentLimits.text.name).optional().describe('The job title.');
    },
  })
  .meta({
    id: 'Stakeholder',
    title: 'Stakeholder',
    description: 'A person involved in the partnership.',
  });
/** A person involved in the partnership (see the schema of the same name). @category Model */
export type Stakeholder = z.output<typeof Stakeholder>;

import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { CompanyId } from './ids.js';
import { boundedList } from './internal/bounded-list.js';
import { addIssue, whenClean } from './internal/document-issue.js';
import { requireSumOfOne } from './internal/sum-to-one.js';
import { MotiveProfile } from './motive-profile.js';
import { Ratio } from './ratio.js';

/**
 * A partner business model: consulting house or SI, solution provider (ISV on the platform),
 * reseller (VAR), managed-service provider, distributor, or referral partner.
 *
 * @example
 * ```ts
 * import { Archetype } from 'partner-alignment';
 * Archetype.options.length //=> 6
 * Archetype.parse('msp') //=> 'msp'
 * ```
 * @category Model
 */
export const Archetype = z
  .enum(['consulting', 'solution-provider', 'reseller', 'msp', 'distributor', 'referral'])
  .meta({
    id: 'Archetype',
    title: 'Archetype',
    description:
      'A partner business model: "consulting", "solution-provider", "reseller", "msp", "distributor" or "referral".',
  });
/** A partner business model (see the schema of the same name). @category Model */
export type Archetype = z.output<typeof Archetype>;

/**
 * One business model of a partner and the share of its business it makes up.
 *
 * @example
 * ```ts
 * import { ArchetypeShare } from 'partner-alignment';
 * ArchetypeShare.parse({ archetype: 'reseller', share: '0.2' }).share.toString() //=> '0.2'
 * ```
 * @category Model
 */
export const ArchetypeShare = z
  .strictObject({
    archetype: Archetype,
    get share() {
      return Ratio.describe('The share of the partner business, from 0 to 1.');
    },
  })
  .meta({
    id: 'ArchetypeShare',
    title: 'Archetype share',
    description: 'A business model and its share of the partner business.',
  });
/** A business model and its share (see the schema of the same name). @category Model */
export type ArchetypeShare = z.output<typeof ArchetypeShare>;

/**
 * The partner company: its id and name, its business models with their shares (distinct, summing
 * to exactly 1), and optionally its region, program tier and motive profile.
 *
 * @example
 * ```ts
 * import { Partner } from 'partner-alignment';
 * const partner = Partner.parse({ id: 'northwind', name: 'Northwind', archetypes: [{ archetype: 'consulting', share: '1' }] });
 * partner.archetypes[0]?.archetype //=> 'consulting'
 * Partner.safeParse({ id: 'northwind', name: 'Northwind', archetypes: [{ archetype: 'consulting', share: '0.9' }] }).success //=> false
 * ```
 * @category Model
 */
export const Partner = z
  .strictObject({
    id: CompanyId,
    get name() {
      return z.string().min(1).max(documentLimits.text.name).describe('The company name.');
    },
    get archetypes() {
      return boundedList(ArchetypeShare, documentLimits.lists.archetypes, 1).describe(
        'The partner business models, each once, with shares summing to 1.',
      );
    },
    get region() {
      return z
        .string()
        .min(1)
        .max(documentLimits.text.name)
        .optional()
        .describe('Where the partner mainly operates.');
    },
    get tier() {
      return z
        .string()
        .min(1)
        .max(100)
        .optional()
        .describe('The partner program tier, such as "gold".');
    },
    get motiveProfile() {
      return MotiveProfile.optional().describe(
        'What the partner cares about; derived from the archetypes when absent.',
      );
    },
  })
  .superRefine(
    (partner, context) => {
      const seen = new Set<string>();
      partner.archetypes.forEach((entry, index) => {
        if (seen.has(entry.archetype)) {
          addIssue(context, ['archetypes', index, 'archetype'], {
            code: 'duplicate-entry',
            message: `Archetype "${entry.archetype}" is listed twice`,
            received: JSON.stringify(entry.archetype),
            expected: 'each archetype listed once',
            params: { archetype: entry.archetype },
          });
        }
        seen.add(entry.archetype);
      });
      requireSumOfOne(
        context,
        partner.archetypes.map((entry) => entry.share),
        { path: 'archetypes', noun: 'archetype shares' },
      );
    },
    { when: whenClean(['archetypes']) },
  )
  .meta({ id: 'Partner', title: 'Partner', description: 'The partner company.' });
/** The partner company (see the schema of the same name). @category Model */
export type Partner = z.output<typeof Partner>;
/**
 * A partner as written in JSON (see {@link Partner}).
 *
 * @example
 * ```ts
 * import type { PartnerJson } from 'partner-alignment';
 * const json: PartnerJson = { id: 'lumen', name: 'Lumen', archetypes: [{ archetype: 'solution-provider', share: '1' }] };
 * json.archetypes.length //=> 1
 * ```
 * @category Model
 */
export type PartnerJson = z.input<typeof Partner>;

/**
 * The vendor company: its id and name.
 *
 * @example
 * ```ts
 * import { Vendor } from 'partner-alignment';
 * Vendor.parse({ id: 'stratus', name: 'Stratus Cloud' }) //=> { id: 'stratus', name: 'Stratus Cloud' }
 * ```
 * @category Model
 */
export const Vendor = z
  .strictObject({
    id: CompanyId,
    get name() {
      return z.string().min(1).max(documentLimits.text.name).describe('The company name.');
    },
  })
  .meta({ id: 'Vendor', title: 'Vendor', description: 'The vendor company.' });
/** The vendor company (see the schema of the same name). @category Model */
export type Vendor = z.output<typeof Vendor>;

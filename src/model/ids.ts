import { z } from 'zod';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const ID_EXPECTED =
  'an id of 1 to 100 characters: letters, digits, ".", "_", ":" or "-", starting with a letter or digit';

// The explicit return type keeps the brand: inferred inside this generic function, zod's
// `brand<B>()` collapses to the unbranded string schema and every id type becomes `string`.
function idSchema<B extends string>(brand: B, title: string): z.core.$ZodBranded<z.ZodString, B> {
  return z
    .string()
    .regex(ID_PATTERN, { error: `Expected ${ID_EXPECTED}`, abort: true })
    .brand<B>()
    .meta({
      id: brand,
      title,
      description: `${title}: ${ID_EXPECTED}.`,
    }) as unknown as z.core.$ZodBranded<z.ZodString, B>;
}

/**
 * The id of a partnership document.
 *
 * @example
 * ```ts
 * import { PartnershipId } from 'partner-alignment';
 * PartnershipId.parse('stratus-northwind') //=> 'stratus-northwind'
 * PartnershipId.safeParse('has space').success //=> false
 * ```
 * @category Model
 */
export const PartnershipId = idSchema('PartnershipId', 'Partnership id');
/** The id of a partnership (see the schema of the same name). @category Model */
export type PartnershipId = z.infer<typeof PartnershipId>;

/**
 * The id of a company: the vendor or the partner.
 *
 * @example
 * ```ts
 * import { CompanyId } from 'partner-alignment';
 * CompanyId.parse('northwind') //=> 'northwind'
 * ```
 * @category Model
 */
export const CompanyId = idSchema('CompanyId', 'Company id');
/** The id of a company (see the schema of the same name). @category Model */
export type CompanyId = z.infer<typeof CompanyId>;

/**
 * The id of a strategic objective, unique within its partnership.
 *
 * @example
 * ```ts
 * import { ObjectiveId } from 'partner-alignment';
 * ObjectiveId.parse('services-revenue') //=> 'services-revenue'
 * ```
 * @category Model
 */
export const ObjectiveId = idSchema('ObjectiveId', 'Objective id');
/** The id of a strategic objective (see the schema of the same name). @category Model */
export type ObjectiveId = z.infer<typeof ObjectiveId>;

/**
 * The id of a market opportunity, unique within its partnership.
 *
 * @example
 * ```ts
 * import { OpportunityId } from 'partner-alignment';
 * OpportunityId.parse('us-ne-healthcare-mid') //=> 'us-ne-healthcare-mid'
 * ```
 * @category Model
 */
export const OpportunityId = idSchema('OpportunityId', 'Opportunity id');
/** The id of a market opportunity (see the schema of the same name). @category Model */
export type OpportunityId = z.infer<typeof OpportunityId>;

/**
 * The id of a stakeholder, unique within its partnership.
 *
 * @example
 * ```ts
 * import { StakeholderId } from 'partner-alignment';
 * StakeholderId.parse('n-practice-lead') //=> 'n-practice-lead'
 * ```
 * @category Model
 */
export const StakeholderId = idSchema('StakeholderId', 'Stakeholder id');
/** The id of a stakeholder (see the schema of the same name). @category Model */
export type StakeholderId = z.infer<typeof StakeholderId>;

/**
 * The id of a commitment, unique within its partnership.
 *
 * @example
 * ```ts
 * import { CommitmentId } from 'partner-alignment';
 * CommitmentId.parse('c-mdf') //=> 'c-mdf'
 * ```
 * @category Model
 */
export const CommitmentId = idSchema('CommitmentId', 'Commitment id');
/** The id of a commitment (see the schema of the same name). @category Model */
export type CommitmentId = z.infer<typeof CommitmentId>;

/**
 * The id of a review cadence, unique within its partnership.
 *
 * @example
 * ```ts
 * import { CadenceId } from 'partner-alignment';
 * CadenceId.parse('qbr') //=> 'qbr'
 * ```
 * @category Model
 */
export const CadenceId = idSchema('CadenceId', 'Review cadence id');
/** The id of a review cadence (see the schema of the same name). @category Model */
export type CadenceId = z.infer<typeof CadenceId>;

import { z } from 'zod';
import type { Period } from '../calendar/period.js';
import { CurrencyCode } from '../money/schemas.js';
import { Actual } from './actual.js';
import { Charter } from './charter.js';
import { Commitment } from './commitment.js';
import { documentLimits } from './document-limits.js';
import { EconomicsProfile } from './economics-profile.js';
import { PartnershipId } from './ids.js';
import { boundedList } from './internal/bounded-list.js';
import { crossCheck } from './internal/cross-check.js';
import { documentCalendar } from './internal/document-calendar.js';
import { Partner, Vendor } from './partner.js';
import { PeriodGoal } from './period-goal.js';
import { ProgramTerms } from './program-terms.js';

/**
 * The parts of a document, each with its own rules, before the cross-checks and before periods
 * carry the document's calendar id.
 */
export const PartnershipShape = z.strictObject({
  get schemaVersion() {
    return z
      .literal(1)
      .describe('The version of the document format. This library reads schemaVersion 1.');
  },
  id: PartnershipId,
  get name() {
    return z
      .string()
      .min(1)
      .max(documentLimits.text.name)
      .describe('The partnership in a few words.');
  },
  vendor: Vendor,
  partner: Partner,
  get currency() {
    return CurrencyCode.describe('The currency of every money amount in the document.');
  },
  get calendar() {
    return documentCalendar().describe('The fiscal calendar every period key refers to.');
  },
  charter: Charter,
  get goals() {
    return boundedList(PeriodGoal, documentLimits.lists.goals).describe(
      'Short-term period goals toward the objectives.',
    );
  },
  get commitments() {
    return boundedList(Commitment, documentLimits.lists.commitments).describe(
      'What each side promises.',
    );
  },
  terms: ProgramTerms,
  get actuals() {
    return boundedList(Actual, documentLimits.lists.actuals).describe(
      'Recorded values of the objectives metrics by period.',
    );
  },
  get economics() {
    return EconomicsProfile.optional();
  },
});

// The cross-checks run even when some parts failed (they read only the parts that passed);
// parsePartnership runs them itself, so that no aborted check of a part can skip them.
const PartnershipDocument = PartnershipShape.superRefine(crossCheck, { when: () => true });

/** The value of a document whose parts and cross-checks passed. */
export type PartnershipValue = z.output<typeof PartnershipShape>;

function stamp<T extends { readonly period: Period }>(item: T, calendar: string): T {
  return { ...item, period: { ...item.period, calendar } };
}

/** Gives every period of the document its calendar id. */
function stampCalendar(document: PartnershipValue): PartnershipValue {
  const id = document.calendar.id;
  const { funds, ...terms } = document.terms;
  return {
    ...document,
    goals: document.goals.map((goal) => stamp(goal, id)),
    commitments: document.commitments.map((commitment) => stamp(commitment, id)),
    terms: funds === undefined ? terms : { ...terms, funds: funds.map((fund) => stamp(fund, id)) },
    actuals: document.actuals.map((actual) => stamp(actual, id)),
  };
}

/**
 * A partnership document: the two companies, the currency and fiscal calendar, the charter (why,
 * what, how), the period goals, the commitments of both sides, the program terms and the actuals.
 * Parsing it also checks what a schema of one part cannot: references between parts, duplicate
 * ids, periods on the calendar and within horizons, currencies, and custom cascade weights. Use
 * {@link parsePartnership} for a {@link ValidationError} that lists every issue.
 *
 * @example
 * ```ts
 * import { Partnership, samples } from 'partner-alignment';
 * const partnership = Partnership.parse(samples.northwindAdvisory);
 * partnership.goals[0]?.period //=> { calendar: 'stratus-fy', granularity: 'quarter', year: 2027, index: 1 }
 * Partnership.safeParse({ ...samples.northwindAdvisory, currency: 'EUR' }).success //=> false
 * ```
 * @category Model
 */
export const Partnership = z
  .codec(
    PartnershipDocument,
    z.custom<PartnershipValue>((value) => typeof value === 'object' && value !== null),
    { decode: stampCalendar, encode: (value) => value },
  )
  .meta({
    id: 'Partnership',
    title: 'Partnership',
    description:
      'A partnership between a vendor and a partner: charter, period goals, commitments, program terms and actuals (schemaVersion 1).',
  });
/** A partnership document as domain values (see the schema of the same name). @category Model */
export type Partnership = z.output<typeof Partnership>;
/**
 * A partnership document as written in JSON (see {@link Partnership}).
 *
 * @example
 * ```ts
 * import { type PartnershipJson, samples } from 'partner-alignment';
 * const json: PartnershipJson = samples.lumenField;
 * json.currency //=> 'EUR'
 * ```
 * @category Model
 */
export type PartnershipJson = z.input<typeof Partnership>;

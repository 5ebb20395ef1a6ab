import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { OpportunityId } from './ids.js';
import { boundedDecimal } from './internal/bounded-decimal.js';
import { DocumentMoney } from './internal/document-money.js';
import { Ratio } from './ratio.js';

const segmentText = (what: string) =>
  z.string().min(1).max(documentLimits.text.name).optional().describe(what);

/**
 * A market opportunity: a segment with a yearly size, its growth, and the share of it the
 * partnership holds today and means to hold by the end of the horizon.
 *
 * @example
 * ```ts
 * import { MarketOpportunity } from 'partner-alignment';
 * const opportunity = MarketOpportunity.parse({
 *   id: 'eu-utilities', name: 'EU utilities', segment: { industry: 'utilities' },
 *   yearlySize: { amount: '420000000', currency: 'EUR' }, sizeYear: 2026, growthRate: '0.12', targetShare: '0.007',
 * });
 * opportunity.yearlySize.currency //=> 'EUR'
 * ```
 * @category Model
 */
export const MarketOpportunity = z
  .strictObject({
    id: OpportunityId,
    get name() {
      return z
        .string()
        .min(1)
        .max(documentLimits.text.name)
        .describe('The opportunity in a few words.');
    },
    get segment() {
      return z
        .strictObject({
          get industry() {
            return segmentText('The industry, such as "healthcare".');
          },
          get region() {
            return segmentText('The region, such as "US Northeast".');
          },
          get companySize() {
            return segmentText('The size of the customers, such as "mid-market".');
          },
          get solution() {
            return segmentText('The solution sold, such as "field-service management".');
          },
        })
        .describe('Who and what the opportunity is about.');
    },
    get yearlySize() {
      return DocumentMoney.describe('The size of the segment in one year.');
    },
    get sizeYear() {
      return z.int().min(1900).max(2200).describe('The calendar year the size refers to.');
    },
    get growthRate() {
      return boundedDecimal(
        { min: -1, minExclusive: true },
        'a yearly growth rate above -1, such as "0.09" (9 %)',
      ).describe('Yearly growth of the segment as a fraction: "0.09" is 9 %.');
    },
    get currentShare() {
      return Ratio.optional().describe('The share of the segment held today.');
    },
    get targetShare() {
      return Ratio.describe('The share of the segment to hold by the end of the horizon.');
    },
  })
  .meta({
    id: 'MarketOpportunity',
    title: 'Market opportunity',
    description: 'A segment, its yearly size and growth, and the share to capture.',
  });
/** A market opportunity (see the schema of the same name). @category Model */
export type MarketOpportunity = z.output<typeof MarketOpportunity>;
/**
 * A market opportunity as written in JSON (see {@link MarketOpportunity}).
 *
 * @example
 * ```ts
 * import type { MarketOpportunityJson } from 'partner-alignment';
 * const json: MarketOpportunityJson = {
 *   id: 'o', name: 'O', segment: {}, yearlySize: { amount: '1000', currency: 'USD' },
 *   sizeYear: 2026, growthRate: '0.1', targetShare: '0.2',
 * };
 * json.growthRate //=> '0.1'
 * ```
 * @category Model
 */
export type MarketOpportunityJson = z.input<typeof MarketOpportunity>;

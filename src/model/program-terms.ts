import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { boundedList } from './internal/bounded-list.js';
import { DocumentMoney } from './internal/document-money.js';
import { PeriodField } from './internal/period-field.js';
import { Ratio } from './ratio.js';

/**
 * The partner program terms: the partner tier, the resale margin it earns and the margin the
 * market pays (the price of entry), and any funds granted by period.
 *
 * @example
 * ```ts
 * import { ProgramTerms } from 'partner-alignment';
 * const terms = ProgramTerms.parse({ tier: 'gold', resaleMargin: '0.15', benchmarkMargin: '0.15' });
 * terms.resaleMargin.toString() //=> '0.15'
 * ```
 * @category Model
 */
export const ProgramTerms = z
  .strictObject({
    get tier() {
      return z
        .string()
        .min(1)
        .max(documentLimits.text.name)
        .describe('The partner program tier, such as "gold".');
    },
    get resaleMargin() {
      return Ratio.describe('The resale margin the partner earns: "0.15" is 15 %.');
    },
    get benchmarkMargin() {
      return Ratio.describe(
        'The resale margin the market pays for comparable products: the price of entry.',
      );
    },
    get funds() {
      return boundedList(
        z
          .strictObject({
            get kind() {
              return z.enum(['mdf', 'coop', 'rebate', 'other']).describe('What kind of fund.');
            },
            get amount() {
              return DocumentMoney.describe('How much, in the document currency.');
            },
            get period() {
              return PeriodField.describe('The fiscal period, such as "FY2027".');
            },
          })
          .describe('A fund granted for a period.'),
        documentLimits.lists.funds,
      )
        .optional()
        .describe('Funds granted: market development, co-op, rebates.');
    },
  })
  .meta({ id: 'ProgramTerms', title: 'Program terms', description: 'The partner program terms.' });
/** The partner program terms (see the schema of the same name). @category Model */
export type ProgramTerms = z.output<typeof ProgramTerms>;
/**
 * Program terms as written in JSON (see {@link ProgramTerms}).
 *
 * @example
 * ```ts
 * import type { ProgramTermsJson } from 'partner-alignment';
 * const json: ProgramTermsJson = { tier: 'select', resaleMargin: '0.10', benchmarkMargin: '0.12' };
 * json.tier //=> 'select'
 * ```
 * @category Model
 */
export type ProgramTermsJson = z.input<typeof ProgramTerms>;

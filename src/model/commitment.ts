import { z } from 'zod';
import { DecimalSchema } from '../money/schemas.js';
import { documentLimits } from './document-limits.js';
import { CommitmentId, ObjectiveId } from './ids.js';
import { boundedList } from './internal/bounded-list.js';
import { DocumentMoney } from './internal/document-money.js';
import { PeriodField } from './internal/period-field.js';
import { Side } from './side.js';

/**
 * What one side promises toward some objectives in a fiscal period: enablement, funding, leads,
 * co-selling, certification or resourcing, with an amount of money or a quantity, and how far it
 * has come.
 *
 * @example
 * ```ts
 * import { Commitment } from 'partner-alignment';
 * const commitment = Commitment.parse({
 *   id: 'c-mdf', side: 'vendor', kind: 'funding', amount: { amount: '60000', currency: 'USD' },
 *   period: 'FY2027', objectives: ['new-deals'], status: 'planned',
 * });
 * commitment.amount?.amount.toString() //=> '60000'
 * ```
 * @category Model
 */
export const Commitment = z
  .strictObject({
    id: CommitmentId,
    get side() {
      return Side.describe('Who makes the commitment.');
    },
    get kind() {
      return z
        .enum(['enablement', 'funding', 'leads', 'co-selling', 'certification', 'resourcing'])
        .describe('What is promised.');
    },
    get description() {
      return z
        .string()
        .max(documentLimits.text.long)
        .optional()
        .describe('The commitment in words.');
    },
    get amount() {
      return DocumentMoney.optional().describe('Money committed, in the document currency.');
    },
    get quantity() {
      return z
        .strictObject({
          get value() {
            return DecimalSchema.describe('How many.');
          },
          get unit() {
            return z
              .string()
              .min(1)
              .max(documentLimits.text.unit)
              .describe('Of what, such as "people" or "hours".');
          },
        })
        .optional()
        .describe('A quantity committed, such as 16 people.');
    },
    get period() {
      return PeriodField.describe('The fiscal period of the commitment, such as "FY2027-H1".');
    },
    get objectives() {
      return boundedList(ObjectiveId, documentLimits.lists.commitmentObjectives).describe(
        'The objectives the commitment serves.',
      );
    },
    get status() {
      return z
        .enum(['planned', 'in-progress', 'delivered', 'missed'])
        .describe('How far the commitment has come.');
    },
  })
  .meta({
    id: 'Commitment',
    title: 'Commitment',
    description: 'What one side promises toward some objectives.',
  });
/** What one side promises (see the schema of the same name). @category Model */
export type Commitment = z.output<typeof Commitment>;
/**
 * A commitment as written in JSON (see {@link Commitment}).
 *
 * @example
 * ```ts
 * import type { CommitmentJson } from 'partner-alignment';
 * const json: CommitmentJson = { id: 'c', side: 'partner', kind: 'resourcing', period: 'FY2027', objectives: [], status: 'planned' };
 * json.kind //=> 'resourcing'
 * ```
 * @category Model
 */
export type CommitmentJson = z.input<typeof Commitment>;

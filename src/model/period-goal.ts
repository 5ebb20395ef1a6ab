import { z } from 'zod';
import { DecimalSchema } from '../money/schemas.js';
import { documentLimits } from './document-limits.js';
import { ObjectiveId, StakeholderId } from './ids.js';
import { boundedList } from './internal/bounded-list.js';
import { DocumentDate as IsoDate } from './internal/document-date.js';
import { PeriodField } from './internal/period-field.js';
import { Side } from './side.js';

/**
 * Where a period goal comes from: `assigned` by one side (quota-style), `proposed` by one side,
 * or `agreed` by stakeholders of both.
 *
 * @example
 * ```ts
 * import { Provenance } from 'partner-alignment';
 * Provenance.parse({ status: 'assigned', assignedBy: 'vendor' }).status //=> 'assigned'
 * Provenance.safeParse({ status: 'agreed', agreedBy: [], agreedOn: '2026-07-14' }).success //=> false
 * ```
 * @category Model
 */
export const Provenance = z
  .discriminatedUnion('status', [
    z
      .strictObject({
        get status() {
          return z.literal('assigned').describe('Set by one side alone.');
        },
        assignedBy: Side,
      })
      .describe('Set by one side alone, quota-style.'),
    z
      .strictObject({
        get status() {
          return z.literal('proposed').describe('Proposed by one side.');
        },
        proposedBy: Side,
        get proposedOn() {
          return IsoDate.optional().describe('When it was proposed.');
        },
      })
      .describe('Proposed by one side, not yet agreed.'),
    z
      .strictObject({
        get status() {
          return z.literal('agreed').describe('Agreed by both sides.');
        },
        get agreedBy() {
          return boundedList(StakeholderId, documentLimits.lists.agreedBy, 1).describe(
            'The stakeholders who agreed (ids from the charter).',
          );
        },
        get agreedOn() {
          return IsoDate.describe('When it was agreed.');
        },
      })
      .describe('Agreed together.'),
  ])
  .meta({ id: 'Provenance', title: 'Provenance', description: 'Where a period goal comes from.' });
/** Where a period goal comes from (see the schema of the same name). @category Model */
export type Provenance = z.output<typeof Provenance>;

/**
 * One short-term step toward an objective: its target for one fiscal period and where the target
 * comes from. The period is a key such as `FY2027-Q3` in JSON and a `Period` once parsed (its
 * `calendar` is the document's calendar id when parsed as part of a partnership, `''` alone).
 *
 * @example
 * ```ts
 * import { PeriodGoal } from 'partner-alignment';
 * const goal = PeriodGoal.parse({ objective: 'new-deals', period: 'FY2027-Q2', target: '5', provenance: { status: 'assigned', assignedBy: 'vendor' } });
 * goal.period //=> { calendar: '', granularity: 'quarter', year: 2027, index: 2 }
 * ```
 * @category Model
 */
export const PeriodGoal = z
  .strictObject({
    get objective() {
      return ObjectiveId.describe('The objective this goal is a step of.');
    },
    get period() {
      return PeriodField.describe('The fiscal period, such as "FY2027-Q3".');
    },
    get target() {
      return DecimalSchema.describe('The target for the period, in the unit of the metric.');
    },
    provenance: Provenance,
  })
  .meta({
    id: 'PeriodGoal',
    title: 'Period goal',
    description: 'A target for one fiscal period, and where it comes from.',
  });
/** A short-term step toward an objective (see the schema of the same name). @category Model */
export type PeriodGoal = z.output<typeof PeriodGoal>;
/**
 * A period goal as written in JSON (see {@link PeriodGoal}).
 *
 * @example
 * ```ts
 * import type { PeriodGoalJson } from 'partner-alignment';
 * const json: PeriodGoalJson = { objective: 'o', period: 'FY2027', target: '1', provenance: { status: 'proposed', proposedBy: 'partner' } };
 * json.period //=> 'FY2027'
 * ```
 * @category Model
 */
export type PeriodGoalJson = z.input<typeof PeriodGoal>;

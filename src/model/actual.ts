import { z } from 'zod';
import { DecimalSchema } from '../money/schemas.js';
import { ObjectiveId } from './ids.js';
import { PeriodField } from './internal/period-field.js';

/**
 * A recorded value of an objective's metric for one fiscal period.
 *
 * @example
 * ```ts
 * import { Actual } from 'partner-alignment';
 * Actual.parse({ objective: 'new-deals', period: 'FY2027-Q1', value: '4' }).value.toString() //=> '4'
 * ```
 * @category Model
 */
export const Actual = z
  .strictObject({
    get objective() {
      return ObjectiveId.describe('The objective whose metric was measured.');
    },
    get period() {
      return PeriodField.describe('The fiscal period, such as "FY2027-Q1".');
    },
    get value() {
      return DecimalSchema.describe('The value recorded, in the unit of the metric.');
    },
  })
  .meta({ id: 'Actual', title: 'Actual', description: 'A recorded value for one period.' });
/** A recorded value for one period (see the schema of the same name). @category Model */
export type Actual = z.output<typeof Actual>;
/**
 * An actual as written in JSON (see {@link Actual}).
 *
 * @example
 * ```ts
 * import type { ActualJson } from 'partner-alignment';
 * const json: ActualJson = { objective: 'o', period: 'FY2027-Q1', value: '4' };
 * json.value //=> '4'
 * ```
 * @category Model
 */
export type ActualJson = z.input<typeof Actual>;

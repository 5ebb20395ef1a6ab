import { argumentError } from '../argument-checks.js';
import type { Period } from '../calendar/period.js';
import type { Decimal } from '../money/to-decimal.js';
import type { Cascade } from './cascade-result.js';
import { acceptPeriod } from './internal/accept-arguments.js';
import { acceptCascade } from './internal/accept-cascade.js';
import { stepsOfPeriod, valueOfSteps } from './internal/steps-of-period.js';
import { fromUnits } from './internal/units.js';

const SUMMARY = 'Cannot read the step of the cascade';

/**
 * The cascade's target for one step or one period, as a Decimal, without building the others.
 * A period coarser than the steps (a quarter of a monthly cascade) gets the value of the steps
 * inside it, as the metric's aggregation rule combines them: a flow's amounts add up, a stock's
 * (and an average's) value is the last checkpoint inside it.
 *
 * @param plan - the cascade (as {@link cascade} returns it, or its JSON)
 * @param step - the step's index from 0, or a period of the cascade's calendar (or its key, such
 * as `'FY2027-Q3'`) as long as its steps or longer
 * @returns the amount in the step or period (flows) or the level at its end (stocks)
 * @throws {@link ValidationError} when there is no such step (paths start at `step`): an index out
 * of range, a period of another calendar, shorter than the steps, or outside the horizon
 * @example
 * ```ts
 * import { cascade, stepTarget, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'fees', metric: { name: 'Fees', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '1200', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'month' },
 * );
 * stepTarget(plan, 3).toFixed(2) //=> '100.00'
 * stepTarget(plan, 'FY2027-Q2').toFixed(2) //=> '300.00'
 * stepTarget(plan, 12) //!> ValidationError
 * ```
 * @category Cascade
 */
export function stepTarget(plan: Cascade, step: number | Period | string): Decimal {
  const accepted = acceptCascade(plan, SUMMARY);
  if (typeof step === 'number') {
    if (!Number.isInteger(step) || step < 0 || step >= accepted.length) {
      const last = accepted.length - 1;
      throw argumentError(
        SUMMARY,
        !Number.isInteger(step) ? 'not-an-integer' : step < 0 ? 'too-small' : 'too-big',
        ['step'],
        `No step ${step} in a cascade of ${accepted.length} steps`,
        String(step),
        `a step index from 0 to ${last}, or a period`,
        { minimum: 0, maximum: last },
      );
    }
    return fromUnits(accepted.units[step] as number, accepted.precision);
  }
  const period = acceptPeriod(step, accepted.calendar, SUMMARY, ['step']);
  const range = stepsOfPeriod(accepted, period, SUMMARY, ['step']);
  return fromUnits(valueOfSteps(accepted, range), accepted.precision);
}

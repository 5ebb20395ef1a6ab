import type { Decimal } from '../money/to-decimal.js';
import type { Cascade } from './cascade-result.js';
import { acceptCascade } from './internal/accept-cascade.js';
import { valueOfSteps } from './internal/steps-of-period.js';
import { fromUnits } from './internal/units.js';

/**
 * What a cascade adds up to: the sum of its steps for a flow, its last checkpoint for a stock or
 * an average (as the metric's aggregation rule says); either way the objective's target, exactly.
 *
 * @param plan - the cascade (as {@link cascade} returns it, or its JSON)
 * @returns the total (flows) or final level (stocks) as a Decimal
 * @throws {@link ValidationError} when `plan` is not a cascade
 * @example
 * ```ts
 * import { cascade, cascadeTotal, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'fees', metric: { name: 'Fees', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '1000.01', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'month' },
 * );
 * cascadeTotal(plan).toFixed(2) //=> '1000.01'
 * ```
 * @category Cascade
 */
export function cascadeTotal(plan: Cascade): Decimal {
  const accepted = acceptCascade(plan, 'Cannot total the cascade');
  return fromUnits(valueOfSteps(accepted, { from: 0, to: accepted.length }), accepted.precision);
}

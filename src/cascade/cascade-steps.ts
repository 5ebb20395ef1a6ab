import type { IsoDate } from '../calendar/iso-date.js';
import type { Period } from '../calendar/period.js';
import { DecimalImpl } from '../money/internal/decimal.js';
import type { Decimal } from '../money/to-decimal.js';
import type { Cascade } from './cascade.js';
import { stepPeriods } from './internal/step-periods.js';
import { fromUnits } from './internal/units.js';

/**
 * One step of a cascade, with everything that explains it.
 *
 * @example
 * ```ts
 * import { cascade, cascadeSteps, calendarYear, toDecimal, type CascadeStep } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *     baseline: toDecimal('0'), target: toDecimal('12'), horizon: { start: '2027-01-01', end: '2027-06-30' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * const step: CascadeStep = cascadeSteps(plan)[1];
 * [step.start, step.end, step.days, step.target.toString(), step.cumulative.toString()]
 * //=> ['2027-04-01', '2027-06-30', 91, '6', '12']
 * ```
 * @category Cascade
 */
export interface CascadeStep {
  /** The fiscal period. */
  readonly period: Period;
  /** The period's first day. */
  readonly start: IsoDate;
  /** The period's last day. */
  readonly end: IsoDate;
  /** The days of the period inside the horizon. */
  readonly days: number;
  /** Whether the horizon covers only part of the period (only the first and last can be). */
  readonly partial: boolean;
  /** The unrounded share of the total (flows) or of the climb (stocks), to 10 decimal places. */
  readonly share: Decimal;
  /** The step's target: the amount in the period (flows) or the level at its end (stocks). */
  readonly target: Decimal;
  /** Flows: the running total up to and including the step. Stocks: the climb from the baseline so far. */
  readonly cumulative: Decimal;
}

/**
 * Every step of a cascade as an object with Decimal targets. Builds a Decimal per amount, so for
 * bulk work read `cascade.units` or {@link stepTarget} instead.
 *
 * @param plan - the cascade
 * @returns the steps in period order
 * @example
 * ```ts
 * import { cascade, cascadeSteps, calendarYear, toDecimal } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'consultants', metric: { name: 'Certified', unit: { kind: 'count' }, aggregation: 'last', direction: 'increase', motives: [] },
 *     baseline: toDecimal('8'), target: toDecimal('40'), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * cascadeSteps(plan).map((step) => [step.target.toNumber(), step.cumulative.toNumber(), step.share.toString()])
 * //=> [[16, 8, '0.25'], [24, 16, '0.25'], [32, 24, '0.25'], [40, 32, '0.25']]
 * ```
 * @category Cascade
 */
export function cascadeSteps(plan: Cascade): ReadonlyArray<CascadeStep> {
  const periods = stepPeriods(plan);
  const flow = plan.aggregation === 'sum';
  let weightSum = 0;
  for (let i = 0; i < plan.length; i++) weightSum += plan.weights[i] as number;
  const total = new DecimalImpl(weightSum);
  let running = 0;
  return periods.map((span, i) => {
    const units = plan.units[i] as number;
    running += units;
    const weight = plan.weights[i] as number;
    return {
      ...span,
      share:
        weightSum === 0
          ? new DecimalImpl(0)
          : new DecimalImpl(weight).div(total).toDecimalPlaces(10),
      target: fromUnits(units, plan.precision),
      cumulative: fromUnits(flow ? running : units - plan.baselineUnits, plan.precision),
    };
  });
}

/**
 * The target of one step as a Decimal, without building the others.
 *
 * @param plan - the cascade
 * @param index - the step, from 0
 * @returns the amount in the period (flows) or the level at its end (stocks)
 * @throws `RangeError` when there is no such step
 * @example
 * ```ts
 * import { cascade, stepTarget, calendarYear, toDecimal } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'fees', metric: { name: 'Fees', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *     baseline: toDecimal('0'), target: toDecimal('100'), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'quarter', tieBreak: 'latest' },
 * );
 * stepTarget(plan, 3).toFixed(2) //=> '25.00'
 * ```
 * @category Cascade
 */
export function stepTarget(plan: Cascade, index: number): Decimal {
  if (!Number.isInteger(index) || index < 0 || index >= plan.length) {
    throw new RangeError(
      `No step ${index} in a cascade of ${plan.length} steps; expected an index from 0 to ${plan.length - 1}`,
    );
  }
  return fromUnits(plan.units[index] as number, plan.precision);
}

/**
 * What a cascade adds up to: the sum of its steps for a flow, its last checkpoint for a stock
 * (which equals the objective's target, exactly).
 *
 * @param plan - the cascade
 * @returns the total (flows) or final level (stocks) as a Decimal
 * @example
 * ```ts
 * import { cascade, cascadeTotal, calendarYear, toDecimal } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'fees', metric: { name: 'Fees', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'sum', direction: 'increase', motives: [] },
 *     baseline: toDecimal('0'), target: toDecimal('1000.01'), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'month' },
 * );
 * cascadeTotal(plan).toFixed(2) //=> '1000.01'
 * ```
 * @category Cascade
 */
export function cascadeTotal(plan: Cascade): Decimal {
  let units = 0;
  if (plan.aggregation === 'sum') {
    for (let i = 0; i < plan.length; i++) units += plan.units[i] as number;
  } else {
    units = plan.units[plan.length - 1] as number;
  }
  return fromUnits(units, plan.precision);
}

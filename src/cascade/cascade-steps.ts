import { argumentError } from '../argument-checks.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Period } from '../calendar/period.js';
import { aggregationRules } from '../model/metric.js';
import type { Decimal } from '../money/to-decimal.js';
import type { Cascade } from './cascade-result.js';
import { acceptCascade } from './internal/accept-cascade.js';
import { stepPeriods } from './internal/step-periods.js';
import { shareOf, weightSum } from './internal/step-share.js';
import { fromUnits } from './internal/units.js';

/**
 * One step of a cascade, with everything that explains it.
 *
 * @example
 * ```ts
 * import { cascade, cascadeSteps, calendarYear, type CascadeStep } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '12', horizon: { start: '2027-01-01', end: '2027-06-30' } },
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
  /**
   * The step's share of the total (flows) or of the climb (stocks), to 10 decimal places:
   * unrounded for a split, exact for a re-planned cascade; `null` when the re-planned steps cancel
   * out to nothing.
   */
  readonly share: Decimal | null;
  /** The step's target: the amount in the period (flows) or the level at its end (stocks). */
  readonly target: Decimal;
  /** Flows: the running total up to and including the step. Stocks: the climb from the baseline so far. */
  readonly cumulative: Decimal;
}

const SUMMARY = 'Cannot read the steps of the cascade';

/**
 * Step `i`'s share of `sum`, refused for weights that give no share (only a cascade edited by
 * hand or by a stranger: the library's own cascades always give one).
 */
function share(weights: ReadonlyArray<number>, i: number, sum: number): Decimal | null {
  const value = shareOf(weights[i] as number, sum);
  if (value !== undefined) return value;
  throw argumentError(
    SUMMARY,
    'invalid-value',
    Number.isFinite(sum) ? ['plan', 'weights', i] : ['plan', 'weights'],
    Number.isFinite(sum)
      ? 'The weight is 1e21 or more times the sum of the weights: it is no share of them'
      : 'The weights add up beyond the range of a number',
    Number.isFinite(sum) ? `${weights[i]} of a sum of ${sum}` : `weights adding up to ${sum}`,
    'weights adding up to a finite number, each less than 1e21 times their sum',
  );
}

/**
 * Every step of a cascade as an object with Decimal targets: the cascade's step for each period.
 * Builds a Decimal per amount, so for bulk work read `cascade.units` or {@link stepTarget} instead.
 *
 * @param plan - the cascade (as {@link cascade} returns it, or its JSON)
 * @returns the steps in period order
 * @throws {@link ValidationError} when `plan` is not a cascade, or its weights give no share (a
 *   cascade edited by hand: weights adding up past the range of a number, or a weight 1e21 or more
 *   times their sum)
 * @example
 * ```ts
 * import { cascade, cascadeSteps, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'consultants', metric: { name: 'Certified', unit: { kind: 'count' }, aggregation: 'last', direction: 'increase' },
 *     baseline: '8', target: '40', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * cascadeSteps(plan).map((step) => [step.target.toNumber(), step.cumulative.toNumber(), step.share?.toString()])
 * //=> [[16, 8, '0.25'], [24, 16, '0.25'], [32, 24, '0.25'], [40, 32, '0.25']]
 * ```
 * @category Cascade
 */
export function cascadeSteps(plan: Cascade): ReadonlyArray<CascadeStep> {
  const accepted = acceptCascade(plan, SUMMARY);
  const amounts = aggregationRules[accepted.aggregation].step === 'amount';
  const sum = weightSum(accepted.weights);
  let running = 0n;
  return stepPeriods(accepted).map(({ period, start, end, days, partial }, i) => {
    const units = accepted.units[i] as number;
    running += BigInt(units);
    return {
      period,
      start,
      end,
      days,
      partial,
      share: share(accepted.weights, i, sum),
      target: fromUnits(units, accepted.precision),
      cumulative: fromUnits(
        amounts ? running : BigInt(units) - BigInt(accepted.baselineUnits),
        accepted.precision,
      ),
    };
  });
}

import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { PeriodGoal, PeriodGoalJson } from '../model/period-goal.js';
import { trust } from '../model/trusted.js';
import type { Decimal } from '../money/to-decimal.js';
import { economicsOf } from './internal/economics-of.js';
import { resolveEconomics } from './internal/resolve-economics.js';
import type { PartnerEconomics, VendorRevenueSource } from './partner-economics.js';

/** The summary of the errors of `computeEconomics` (not exported from the package). */
export const SUMMARY = 'Cannot compute partner economics';

/**
 * One step of the vendor revenue passed as `plan`: a period and its target, as values (a
 * `Period` and a `Decimal`, as a cascade's steps have them) or in JSON (a period key and a decimal
 * string). Other fields of a step, such as a cascade step's dates, are ignored.
 *
 * @example
 * ```ts
 * import type { EconomicsPlanStep } from 'partner-alignment';
 * const step: EconomicsPlanStep = { period: 'FY2028', target: '6000000' };
 * step.period //=> 'FY2028'
 * ```
 * @category Economics
 */
export interface EconomicsPlanStep {
  /** The period: a `Period` of the partnership's calendar, or its key such as `"FY2028-Q1"`. */
  readonly period: PeriodGoal['period'] | PeriodGoalJson['period'];
  /** The vendor revenue of the period (a flow) or its yearly level (ARR): a Decimal or a decimal string. */
  readonly target: PeriodGoal['target'] | PeriodGoalJson['target'];
}

/**
 * The options of {@link computeEconomics} (and of {@link rankLevers}). Unknown keys are refused.
 *
 * @example
 * ```ts
 * import type { ComputeEconomicsOptions } from 'partner-alignment';
 * const options: ComputeEconomicsOptions = { source: 'actuals', utilizationCeiling: '80' };
 * options.source //=> 'actuals'
 * ```
 * @category Economics
 */
export interface ComputeEconomicsOptions {
  /**
   * Where each period's vendor revenue comes from: `'goals'` (default) the partnership's period
   * goals for the profile's vendor-revenue objective, `'actuals'` its recorded actuals, `'plan'`
   * the steps in `plan`.
   */
  readonly source?: VendorRevenueSource;
  /**
   * The vendor-revenue steps, required with `source: 'plan'` and refused otherwise: one target per
   * period of the partnership's calendar, in the objective's unit (for example a cascade's steps).
   * At most 1,060 steps (one per week of a 20-year horizon); a target within a document amount's
   * bounds (9,007,199,254,740,991 minor units either way).
   */
  readonly plan?: ReadonlyArray<EconomicsPlanStep>;
  /**
   * The highest billable utilization a team can sustain, in percentage points above 0 and at most
   * 100, as a Decimal or a decimal string: hours beyond it need hires. Default
   * {@link defaultEconomicsAssumptions}`.utilizationCeiling` (75).
   */
  readonly utilizationCeiling?: Decimal | string;
}

/**
 * The partner's revenue and gross profit from the partnership by source, per period and in total,
 * in the document currency: what share of it margin accounts for, what share of the partner's
 * whole gross profit it is, the consultant hours the plan implies, and the hires it takes when
 * they exceed the team's capacity, with findings that explain what stands out.
 *
 * The vendor revenue per period comes from `options.source`. A flow objective's value (bookings)
 * is the period's revenue; a level (ARR) is yearly, and the period's revenue is its part of the
 * level split over the periods of its fiscal year by days. Then, per period:
 *
 * - resale margin = vendor revenue × the terms' resale margin (booked net, as an agent);
 * - services revenue = vendor revenue × attach ratio; hours needed = services revenue / bill rate;
 *   gross profit = revenue − hours × delivery cost rate × 100 / utilization (a paid hour costs
 *   the same billed or not, so the bench is part of each billed hour's cost);
 * - subscriptions: a year's revenue is users × retention × price × (1 − discount), its gross
 *   profit that less users × retention × platform cost; managed services: a year's revenue is
 *   customers × monthly revenue × 12, its gross profit revenue × gross margin;
 * - capacity = headcount × available hours a year; hours available = capacity × the utilization
 *   ceiling; a period that needs more billed hours gets a `capacity-shortfall` finding with the
 *   consultants to hire (the missing hours / one consultant's billable hours, rounded up).
 *
 * Each period's money is rounded half-even to the currency's minor units; yearly figures are
 * rounded once and split over the periods of the year by days (largest remainder), so a year's
 * periods add up to them exactly; the total is the sum of the periods. The margin share is
 * rounded to 4 decimal places, with a reason instead when there is no profit.
 *
 * @param partnership - a parsed partnership with an `economics` profile, or its JSON document
 * @param options - where the vendor revenue comes from, and the utilization ceiling
 * @returns the economics per period and in total, with the shares, the shortfall and the findings
 * @throws {@link ValidationError} naming the argument: an invalid partnership, one without an
 *   economics profile, vendor-revenue values for the same or for overlapping periods, an unknown
 *   option or source, a plan without `source: 'plan'` (or the reverse), a malformed plan, or a
 *   ceiling that is not a decimal above 0 and at most 100
 * @example
 * ```ts
 * import { computeEconomics, samples } from 'partner-alignment';
 * const economics = computeEconomics(samples.northwindAdvisory);
 * economics.total.sources.map((line) => [line.source, line.grossProfit.amount.toFixed(2)])
 * //=> [['resale-margin', '405000.00'], ['services', '615253.38'], ['subscriptions', '0.00'], ['managed-services', '0.00']]
 * economics.total.marginShare.value?.toFixed() //=> '0.397'
 * computeEconomics(samples.northwindAdvisory, { source: 'plan' }) //!> ValidationError
 * ```
 * @category Economics
 */
export function computeEconomics(
  partnership: Partnership | PartnershipJson,
  options?: ComputeEconomicsOptions,
): PartnerEconomics {
  return trust(economicsOf(resolveEconomics(partnership, options, SUMMARY), SUMMARY));
}

import type { Period } from '../calendar/period.js';
import type { Finding } from '../model/finding.js';
import type { Money } from '../money/money.js';
import type { Decimal } from '../money/to-decimal.js';
import type { EconomicsFigures, EconomicsPeriod } from './economics-figures.js';

/**
 * Where {@link computeEconomics} takes each period's vendor revenue from: `'goals'` the
 * partnership's period goals for the profile's vendor-revenue objective, `'actuals'` its recorded
 * actuals, `'plan'` steps passed by the caller (such as a cascade's).
 *
 * @example
 * ```ts
 * import type { VendorRevenueSource } from 'partner-alignment';
 * const source: VendorRevenueSource = 'plan';
 * source //=> 'plan'
 * ```
 * @category Economics
 */
export type VendorRevenueSource = 'goals' | 'actuals' | 'plan';

/**
 * The codes of the findings of {@link computeEconomics}:
 *
 * - `capacity-shortfall` (warning): a period needs more billed hours than the team bills at its
 *   utilization ceiling; the evidence has the hours and the hires that would close the gap;
 * - `no-vendor-revenue` (warning): the chosen source has no value for the vendor-revenue
 *   objective, so every figure is zero;
 * - `source-at-a-loss` (warning): the partner loses money on a source over the periods.
 *
 * @example
 * ```ts
 * import type { EconomicsFindingCode } from 'partner-alignment';
 * const code: EconomicsFindingCode = 'capacity-shortfall';
 * code //=> 'capacity-shortfall'
 * ```
 * @category Economics
 */
export type EconomicsFindingCode = 'capacity-shortfall' | 'no-vendor-revenue' | 'source-at-a-loss';

/**
 * What share of the partner's whole gross profit the partnership brings, or why it cannot be
 * known: the partnership's gross profit over the periods against the partner's total gross profit
 * (`economics.totalGrossProfit`, yearly) over the same periods (each period's part of its year,
 * split by days). A small share says the partnership is a small part of the partner's business.
 *
 * @example
 * ```ts
 * import { computeEconomics, samples } from 'partner-alignment';
 * computeEconomics(samples.northwindAdvisory).partnerShare.kind //=> 'unknown'
 * ```
 * @category Economics
 */
export type PartnerProfitShare =
  | {
      readonly kind: 'share';
      /** The partnership's gross profit / the partner's, 4 decimal places. */
      readonly value: Decimal;
      /** The partnership's gross profit over the periods. */
      readonly partnershipGrossProfit: Money;
      /** The partner's total gross profit over the same periods. */
      readonly partnerGrossProfit: Money;
    }
  | { readonly kind: 'unknown'; readonly value: null; readonly reason: string };

/**
 * The plan needs more consultants than the partner has: the most hires any period needs, the
 * first period that needs them, and every period short of capacity.
 *
 * @example
 * ```ts
 * import { toDecimal, type CapacityShortfall } from 'partner-alignment';
 * const period = { calendar: 'fy', granularity: 'year', year: 2028, index: 1 } as const;
 * const shortfall: CapacityShortfall = { hiresNeeded: toDecimal(6), period, periods: [period] };
 * shortfall.hiresNeeded.toFixed() //=> '6'
 * ```
 * @category Economics
 */
export interface CapacityShortfall {
  /** Consultants to hire: the most that any period needs. */
  readonly hiresNeeded: Decimal;
  /** The first period that needs that many. */
  readonly period: Period;
  /** Every period that needs hires, in order. */
  readonly periods: ReadonlyArray<Period>;
}

/**
 * The result of {@link computeEconomics}: the partner's economics per period and in total, with
 * the three answers the analysis reads first (`total.marginShare`, `partnerShare`,
 * `capacityShortfall`) and the findings that explain them.
 *
 * @example
 * ```ts
 * import { computeEconomics, samples } from 'partner-alignment';
 * const economics = computeEconomics(samples.lumenField, { source: 'actuals' });
 * [economics.currency, economics.source, economics.periods.length] //=> ['EUR', 'actuals', 3]
 * ```
 * @category Economics
 */
export interface PartnerEconomics {
  /** The document currency, in which every amount is. */
  readonly currency: string;
  /** Where the vendor revenue came from. */
  readonly source: VendorRevenueSource;
  /** One entry per period with vendor revenue, in period order. */
  readonly periods: ReadonlyArray<EconomicsPeriod>;
  /** The sum of the reported (rounded) periods; its utilization is total hours / total capacity. */
  readonly total: EconomicsFigures;
  /** What share of the partner's whole gross profit the partnership brings, when the profile says. */
  readonly partnerShare: PartnerProfitShare;
  /** The hires the plan needs, or null when the team has the capacity (or no services). */
  readonly capacityShortfall: CapacityShortfall | null;
  /** What is worth saying about these economics, each with its evidence. */
  readonly findings: ReadonlyArray<Finding<EconomicsFindingCode>>;
}

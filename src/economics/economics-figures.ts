import type { Period } from '../calendar/period.js';
import type { Money } from '../money/money.js';
import type { Decimal } from '../money/to-decimal.js';
import type { ProfitSource } from './profit-source.js';

/**
 * Revenue and gross profit of one source. `applies` is `false` when the partner does not have the
 * source (its profile has no section for it); its amounts are then zero.
 *
 * @example
 * ```ts
 * import { money, type SourceEconomics } from 'partner-alignment';
 * const line: SourceEconomics = { source: 'resale-margin', applies: true, revenue: money('150', 'USD'), grossProfit: money('150', 'USD') };
 * line.grossProfit.amount.toFixed() //=> '150'
 * ```
 * @category Economics
 */
export interface SourceEconomics {
  /** The source. */
  readonly source: ProfitSource;
  /** Whether the partner has the source. */
  readonly applies: boolean;
  /** The partner's revenue from the source (for resale: the margin, net as an agent books it). */
  readonly revenue: Money;
  /** Revenue less the cost of earning it. */
  readonly grossProfit: Money;
}

/**
 * The share of the partner's gross profit from the partnership that resale margin accounts for
 * (4 decimal places), or why there is none: how much margin matters to this partner at all.
 *
 * @example
 * ```ts
 * import { toDecimal, type MarginShare } from 'partner-alignment';
 * const share: MarginShare = { kind: 'share', value: toDecimal('0.397') };
 * share.kind //=> 'share'
 * ```
 * @category Economics
 */
export type MarginShare =
  | { readonly kind: 'share'; readonly value: Decimal }
  | { readonly kind: 'undefined'; readonly value: null; readonly reason: string };

/**
 * The consultant hours a plan implies and the capacity of the team that delivers them. Hours are
 * in tenths (yearly hours are split over the periods by days, largest remainder, so the periods
 * add up to the year); utilization is in percentage points to one decimal; hires are whole people.
 *
 * @example
 * ```ts
 * import { toDecimal, type ServicesLoad } from 'partner-alignment';
 * const load: ServicesLoad = { hoursNeeded: toDecimal('1000'), capacityHours: toDecimal('2080'), hoursAvailable: toDecimal('1560'), utilization: toDecimal('48.1'), hiresNeeded: toDecimal(0) };
 * load.utilization?.toFixed() //=> '48.1'
 * ```
 * @category Economics
 */
export interface ServicesLoad {
  /** Billed hours the services revenue needs: services revenue / bill rate. */
  readonly hoursNeeded: Decimal;
  /** Paid hours of the team: headcount × available hours, the period's part of the year. */
  readonly capacityHours: Decimal;
  /** Billable hours of the team at the utilization ceiling: capacity × ceiling / 100. */
  readonly hoursAvailable: Decimal;
  /** The utilization the plan's hours produce, in percentage points (null without capacity). */
  readonly utilization: Decimal | null;
  /**
   * Consultants to hire so the team bills the hours needed within the ceiling: the missing hours
   * / one consultant's billable hours, rounded up, from the exact figures; 0 when nothing is
   * missing. In a total, the most any period needs (people stay from one period to the next).
   */
  readonly hiresNeeded: Decimal;
}

/**
 * The partner's economics over one period or in total.
 *
 * @example
 * ```ts
 * import { computeEconomics, samples } from 'partner-alignment';
 * const figures = computeEconomics(samples.northwindAdvisory).total;
 * figures.vendorRevenue.amount.toFixed(2) //=> '2700000.00'
 * ```
 * @category Economics
 */
export interface EconomicsFigures {
  /** The vendor revenue the partner sells or influences. */
  readonly vendorRevenue: Money;
  /** One line per source, in the order of {@link ProfitSource}. */
  readonly sources: ReadonlyArray<SourceEconomics>;
  /** The revenue of every source. */
  readonly revenue: Money;
  /** The gross profit of every source. */
  readonly grossProfit: Money;
  /** How much of the gross profit is resale margin. */
  readonly marginShare: MarginShare;
  /** The services load, or null when the partner delivers no services. */
  readonly services: ServicesLoad | null;
}

/**
 * The partner's economics for one period.
 *
 * @example
 * ```ts
 * import { computeEconomics, samples } from 'partner-alignment';
 * const [first] = computeEconomics(samples.lumenField, { source: 'actuals' }).periods;
 * first?.period //=> { calendar: 'stratus-fy-feb', granularity: 'quarter', year: 2027, index: 1 }
 * ```
 * @category Economics
 */
export interface EconomicsPeriod extends EconomicsFigures {
  /** The fiscal period. */
  readonly period: Period;
}

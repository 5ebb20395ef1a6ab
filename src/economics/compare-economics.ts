import { subtract } from '../money/arithmetic.js';
import type { Money } from '../money/money.js';
import type {
  EconomicsFigures,
  MarginShare,
  PartnerEconomics,
  ProfitSource,
} from './partner-economics.js';

/**
 * Two scenarios' revenue and gross profit for one source (or the total), and the difference
 * `b − a`.
 *
 * @example
 * ```ts
 * import { money, type EconomicsDifference } from 'partner-alignment';
 * const line: EconomicsDifference = { source: 'services', a: { revenue: money('100', 'USD'), grossProfit: money('30', 'USD') }, b: { revenue: money('120', 'USD'), grossProfit: money('40', 'USD') }, difference: { revenue: money('20', 'USD'), grossProfit: money('10', 'USD') } };
 * line.difference.grossProfit.amount.toFixed() //=> '10'
 * ```
 * @category Economics
 */
export interface EconomicsDifference {
  /** The source, or `'total'` for the sum of all sources. */
  readonly source: ProfitSource | 'total';
  readonly a: { readonly revenue: Money; readonly grossProfit: Money };
  readonly b: { readonly revenue: Money; readonly grossProfit: Money };
  /** `b − a`. */
  readonly difference: { readonly revenue: Money; readonly grossProfit: Money };
}

/**
 * The result of {@link compareEconomics}.
 *
 * @example
 * ```ts
 * import { compareEconomics, partnerEconomics, parsePartnership, samples } from 'partner-alignment';
 * const northwind = parsePartnership(samples.northwindAdvisory);
 * const comparison = compareEconomics(partnerEconomics(northwind), partnerEconomics(northwind));
 * comparison.total.difference.grossProfit.amount.toFixed() //=> '0'
 * ```
 * @category Economics
 */
export interface EconomicsComparison {
  readonly currency: string;
  /** One line per source, in the order resale margin, services, subscriptions, managed services. */
  readonly sources: ReadonlyArray<EconomicsDifference>;
  readonly total: EconomicsDifference;
  /** The difference in vendor revenue, `b − a`. */
  readonly vendorRevenue: Money;
  readonly marginShare: { readonly a: MarginShare; readonly b: MarginShare };
}

function line(
  source: ProfitSource | 'total',
  a: { readonly revenue: Money; readonly grossProfit: Money },
  b: { readonly revenue: Money; readonly grossProfit: Money },
): EconomicsDifference {
  return {
    source,
    a: { revenue: a.revenue, grossProfit: a.grossProfit },
    b: { revenue: b.revenue, grossProfit: b.grossProfit },
    difference: {
      revenue: subtract(b.revenue, a.revenue),
      grossProfit: subtract(b.grossProfit, a.grossProfit),
    },
  };
}

/**
 * Two scenarios of a partner's economics side by side (for example goals against actuals, or a
 * plan before and after a change of terms): the totals of each by source and the difference
 * `b − a`.
 *
 * @param a - the first scenario, from {@link partnerEconomics}
 * @param b - the second scenario, in the same currency
 * @returns the totals side by side and their differences, by source and in total
 * @throws {@link CurrencyMismatchError} when the scenarios are in different currencies
 * @example
 * ```ts
 * import { compareEconomics, partnerEconomics, parsePartnership, samples, toDecimal } from 'partner-alignment';
 * const northwind = parsePartnership(samples.northwindAdvisory);
 * const gold = { ...northwind, terms: { ...northwind.terms, resaleMargin: toDecimal('0.18') } };
 * const comparison = compareEconomics(partnerEconomics(northwind), partnerEconomics(gold));
 * comparison.sources.map((line) => line.difference.grossProfit.amount.toFixed(2))
 * //=> ['81000.00', '0.00', '0.00', '0.00']
 * ```
 * @category Economics
 */
export function compareEconomics(a: PartnerEconomics, b: PartnerEconomics): EconomicsComparison {
  const totalA: EconomicsFigures = a.total;
  const totalB: EconomicsFigures = b.total;
  // Both totals list every source in the same fixed order.
  const sources = totalA.sources.map((lineA, index) =>
    line(lineA.source, lineA, totalB.sources[index] as EconomicsFigures['sources'][number]),
  );
  return {
    currency: a.currency,
    sources,
    total: line('total', totalA, totalB),
    vendorRevenue: subtract(totalB.vendorRevenue, totalA.vendorRevenue),
    marginShare: { a: totalA.marginShare, b: totalB.marginShare },
  };
}

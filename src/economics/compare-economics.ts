import { subtract } from '../money/arithmetic.js';
import type { Money } from '../money/money.js';
import type { MarginShare } from './economics-figures.js';
import { type Amounts, readScenario } from './internal/read-economics.js';
import { profitSources } from './internal/sources/registry.js';
import type { PartnerEconomics } from './partner-economics.js';
import type { ProfitSource } from './profit-source.js';

const SUMMARY = 'Cannot compare partner economics';

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
 * import { compareEconomics, computeEconomics, samples } from 'partner-alignment';
 * const economics = computeEconomics(samples.northwindAdvisory);
 * const comparison = compareEconomics(economics, economics);
 * comparison.total.difference.grossProfit.amount.toFixed() //=> '0'
 * ```
 * @category Economics
 */
export interface EconomicsComparison {
  readonly currency: string;
  /** One line per source, in the order of {@link ProfitSource}. */
  readonly sources: ReadonlyArray<EconomicsDifference>;
  readonly total: EconomicsDifference;
  /** The difference in vendor revenue, `b − a`. */
  readonly vendorRevenue: Money;
  readonly marginShare: { readonly a: MarginShare; readonly b: MarginShare };
}

function line(source: ProfitSource | 'total', a: Amounts, b: Amounts): EconomicsDifference {
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
 * `b − a`. Lines are matched by source, not by position.
 *
 * @param a - the first scenario, from {@link computeEconomics} (or its JSON form)
 * @param b - the second scenario, in the same currency
 * @returns the totals side by side and their differences, by source and in total
 * @throws {@link CurrencyMismatchError} when the scenarios are in different currencies
 * @throws {@link ValidationError} when a scenario is not economics from {@link computeEconomics}
 *   (its issues start at `a` or `b`)
 * @example
 * ```ts
 * import { compareEconomics, computeEconomics, samples } from 'partner-alignment';
 * const gold = { ...samples.northwindAdvisory, terms: { ...samples.northwindAdvisory.terms, resaleMargin: '0.18' } };
 * const comparison = compareEconomics(computeEconomics(samples.northwindAdvisory), computeEconomics(gold));
 * comparison.sources.map((line) => line.difference.grossProfit.amount.toFixed(2))
 * //=> ['81000.00', '0.00', '0.00', '0.00']
 * compareEconomics(computeEconomics(gold), null as never) //!> ValidationError
 * ```
 * @category Economics
 */
export function compareEconomics(a: PartnerEconomics, b: PartnerEconomics): EconomicsComparison {
  const first = readScenario(a, SUMMARY, ['a']);
  const second = readScenario(b, SUMMARY, ['b']);
  const sources = profitSources.map(({ source }) =>
    line(source, first.sources.get(source) as Amounts, second.sources.get(source) as Amounts),
  );
  return {
    currency: first.currency,
    sources,
    total: line('total', first, second),
    vendorRevenue: subtract(second.vendorRevenue, first.vendorRevenue),
    marginShare: { a: first.marginShare, b: second.marginShare },
  };
}

import { checkOneOf, checkOptions } from '../argument-checks.js';
import type { PartnerEconomics } from '../economics/partner-economics.js';
import type { ProfitSource } from '../economics/profit-source.js';
import { numberOf } from './internal/exact.js';
import { type FiguresView, readEconomics } from './internal/read-economics.js';

/**
 * The partner's revenue and gross profit from one profit source, over the whole plan or in one
 * period, as a flat row: numbers to plot beside exact decimal strings with the currency's digits.
 *
 * @example
 * ```ts
 * import type { EconomicsSourceRow } from 'partner-alignment/report';
 * const row: EconomicsSourceRow = {
 *   period: null, source: 'services', applies: true, currency: 'USD',
 *   revenue: 2280000, revenueExact: '2280000.00', grossProfit: 1170000, grossProfitExact: '1170000.00',
 * };
 * row.grossProfit //=> 1170000
 * ```
 * @category Report
 */
export interface EconomicsSourceRow {
  /** The period's key, or `null` for the total over every period. */
  readonly period: string | null;
  /** The profit source. */
  readonly source: ProfitSource;
  /** Whether the partner has the source (a source it lacks shows zeros). */
  readonly applies: boolean;
  /** The currency of every amount. */
  readonly currency: string;
  /** The partner's revenue from the source (for resale: the margin). */
  readonly revenue: number;
  /** `revenue` as an exact decimal string. */
  readonly revenueExact: string;
  /** Revenue less the cost of earning it. */
  readonly grossProfit: number;
  /** `grossProfit` as an exact decimal string. */
  readonly grossProfitExact: string;
}

/**
 * Options of {@link economicsSourceRows}.
 *
 * @example
 * ```ts
 * import type { EconomicsSourceRowsOptions } from 'partner-alignment/report';
 * const options: EconomicsSourceRowsOptions = { by: 'period' };
 * options.by //=> 'period'
 * ```
 * @category Report
 */
export interface EconomicsSourceRowsOptions {
  /**
   * `'total'` (the default): one row per source over every period (`period` is `null`);
   * `'period'`: one row per period and source, periods in order.
   */
  readonly by?: 'total' | 'period';
}

const SUMMARY = 'Cannot write the economics as rows';

function rowsOf(
  figures: FiguresView,
  period: string | null,
  currency: string,
): EconomicsSourceRow[] {
  return figures.sources.map((line) => ({
    period,
    source: line.source,
    applies: line.applies,
    currency,
    revenue: numberOf(line.revenue),
    revenueExact: line.revenue,
    grossProfit: numberOf(line.grossProfit),
    grossProfitExact: line.grossProfit,
  }));
}

/**
 * The partner's economics by profit source as flat rows: over the whole plan, or period by
 * period. The total's rows add up to the economics' total revenue and gross profit.
 *
 * @param economics - partner economics (as `computeEconomics` returns them, or their JSON)
 * @param options - `by`: `'total'` (default) or `'period'`
 * @returns one row per source (and period), sources in the fixed order of `ProfitSource`
 * @throws {@link index!ValidationError} when `economics` is not partner economics or an option is unknown or invalid
 * @example
 * ```ts
 * import { computeEconomics, samples } from 'partner-alignment';
 * import { economicsSourceRows } from 'partner-alignment/report';
 * const rows = economicsSourceRows(computeEconomics(samples.northwindAdvisory));
 * rows.filter((row) => row.applies).map((row) => row.source) //=> ['resale-margin', 'services']
 * ```
 * @category Report
 */
export function economicsSourceRows(
  economics: PartnerEconomics,
  options?: EconomicsSourceRowsOptions,
): ReadonlyArray<EconomicsSourceRow> {
  const checked = checkOptions(options, ['by'], SUMMARY);
  const by =
    checked['by'] === undefined
      ? 'total'
      : checkOneOf(checked['by'], ['total', 'period'] as const, SUMMARY, ['options', 'by']);
  const view = readEconomics(economics, SUMMARY);
  return by === 'total'
    ? rowsOf(view.total, null, view.currency)
    : view.periods.flatMap((figures) => rowsOf(figures, figures.period, view.currency));
}

import type { PartnerEconomics } from '../economics/partner-economics.js';
import type { ChartSpec } from './chart-spec.js';
import { colors, readChartOptions, spec } from './internal/chart-base.js';
import { numberOf } from './internal/exact.js';
import { sourceLabels } from './internal/labels.js';
import { readEconomics } from './internal/read-economics.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of the economics charts ({@link economicsChart}, {@link leversChart}).
 *
 * @example
 * ```ts
 * import type { EconomicsChartOptions } from 'partner-alignment/report';
 * const options: EconomicsChartOptions = { width: 260 };
 * options.width //=> 260
 * ```
 * @category Report
 */
export interface EconomicsChartOptions {
  /** A date-fns v4 locale for the numbers on the axis. Default: `enGB`. */
  readonly locale?: ReportLocale;
  /** The width of the plotting area in pixels, from 60 to 2000. Default 200. */
  readonly width?: number;
  /** The height of the plotting area in pixels, from 40 to 2000. Default: 26 per source. */
  readonly height?: number;
}

const SUMMARY = 'Cannot chart the economics';

/**
 * The partner's revenue and gross profit from each profit source it has, over the whole plan, as
 * horizontal bars: revenue in a light bar, gross profit over it.
 *
 * @param economics - partner economics (as `computeEconomics` returns them, or their JSON)
 * @param options - `locale`, `width`, `height`
 * @returns the chart as a Vega-Lite spec
 * @throws {@link index!ValidationError} when `economics` is not partner economics, or an option is invalid
 * @example
 * ```ts
 * import { computeEconomics, samples } from 'partner-alignment';
 * import { economicsChart } from 'partner-alignment/report';
 * economicsChart(computeEconomics(samples.northwindAdvisory)).description
 * //=> "The partner's revenue and gross profit by source, in USD"
 * ```
 * @category Report
 */
export function economicsChart(
  economics: PartnerEconomics,
  options?: EconomicsChartOptions,
): ChartSpec {
  const view = readEconomics(economics, SUMMARY);
  const lines = view.total.sources.filter((line) => line.applies);
  const read = readChartOptions(options, [], SUMMARY, {
    width: 200,
    height: 26 * Math.max(1, lines.length),
  });
  const values = lines.flatMap((line) => [
    { source: sourceLabels[line.source], measure: 'Revenue', amount: numberOf(line.revenue) },
    {
      source: sourceLabels[line.source],
      measure: 'Gross profit',
      amount: numberOf(line.grossProfit),
    },
  ]);
  return spec(
    {
      description: `The partner's revenue and gross profit by source, in ${view.currency}`,
      data: { values },
      mark: { type: 'bar' },
      encoding: {
        y: {
          field: 'source',
          type: 'nominal',
          title: null,
          sort: null,
          axis: { domain: false, ticks: false },
        },
        yOffset: { field: 'measure', type: 'nominal', sort: ['Revenue', 'Gross profit'] },
        x: {
          field: 'amount',
          type: 'quantitative',
          title: view.currency,
          axis: { format: '~s', tickCount: 4 },
        },
        color: {
          field: 'measure',
          type: 'nominal',
          title: null,
          scale: { domain: ['Revenue', 'Gross profit'], range: [colors.plan, colors.actual] },
        },
      },
    },
    read,
  );
}

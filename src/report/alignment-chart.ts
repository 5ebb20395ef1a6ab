import type { AlignmentScore } from '../alignment/alignment-score.js';
import type { ChartSpec } from './chart-spec.js';
import { colors, readChartOptions, spec } from './internal/chart-base.js';
import { componentLabels } from './internal/labels.js';
import { readAlignment } from './internal/read-alignment.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of the alignment charts ({@link alignmentChart}, {@link motiveCoverageChart}).
 *
 * @example
 * ```ts
 * import type { AlignmentChartOptions } from 'partner-alignment/report';
 * const options: AlignmentChartOptions = { width: 240 };
 * options.width //=> 240
 * ```
 * @category Report
 */
export interface AlignmentChartOptions {
  /** A date-fns v4 locale for the numbers on the axis. Default: `enGB`. */
  readonly locale?: ReportLocale;
  /** The width of the plotting area in pixels, from 60 to 2000. Default 200. */
  readonly width?: number;
  /** The height of the plotting area in pixels, from 40 to 2000. Default: 18 per bar. */
  readonly height?: number;
}

const SUMMARY = 'Cannot chart the alignment components';

/**
 * The components of an alignment score as horizontal bars from 0 to 100, each labelled with its
 * weight, the points it adds, and a light bar behind it for the whole 100.
 *
 * @param score - an alignment score (as `scoreAlignment` returns it, or its JSON)
 * @param options - `locale`, `width`, `height`
 * @returns the chart as a Vega-Lite spec
 * @throws {@link index!ValidationError} when `score` is not an alignment score, or an option is invalid
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * import { alignmentChart } from 'partner-alignment/report';
 * const chart = alignmentChart(scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' }));
 * chart.description //=> 'Alignment components of stratus-northwind, score 82.9 (B)'
 * ```
 * @category Report
 */
export function alignmentChart(score: AlignmentScore, options?: AlignmentChartOptions): ChartSpec {
  const view = readAlignment(score, SUMMARY);
  const read = readChartOptions(options, [], SUMMARY, {
    width: 200,
    height: 18 * view.components.length,
  });
  const values = view.components.map((component) => ({
    component: componentLabels[component.id],
    score: component.score.toNumber(),
    label: `${component.score.toDecimalPlaces(0).toFixed()} · weight ${component.weight.times(100).toDecimalPlaces(0).toFixed()}%`,
  }));
  const y = {
    field: 'component',
    type: 'nominal',
    title: null,
    sort: null,
    axis: { labelLimit: 90, domain: false, ticks: false },
  };
  return spec(
    {
      description: `Alignment components of ${view.partnership}, score ${view.display} (${view.grade})`,
      data: { values },
      encoding: { y },
      layer: [
        {
          mark: { type: 'bar', color: colors.muted, height: { band: 0.72 } },
          encoding: { x: { datum: 100, type: 'quantitative' } },
        },
        {
          mark: { type: 'bar', color: colors.actual, height: { band: 0.72 } },
          encoding: {
            x: {
              field: 'score',
              type: 'quantitative',
              title: 'Component score (of 100)',
              scale: { domain: [0, 100] },
              axis: { tickCount: 5, grid: false },
            },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 3, fontSize: 8, color: '#333' },
          encoding: {
            x: { datum: 100, type: 'quantitative' },
            text: { field: 'label', type: 'nominal' },
          },
        },
      ],
    },
    read,
  );
}

import type { AlignmentScore } from '../alignment/alignment-score.js';
import type { AlignmentChartOptions } from './alignment-chart.js';
import type { ChartSpec } from './chart-spec.js';
import { colors, readChartOptions, spec } from './internal/chart-base.js';
import { readAlignment } from './internal/read-alignment.js';

const SUMMARY = 'Cannot chart the motive coverage';

/**
 * How fully the plan serves each motive of the partner's profile, as horizontal bars from 0 to
 * 100 %, heaviest motive first, each labelled with the motive's weight in the profile.
 *
 * @param score - an alignment score (as `scoreAlignment` returns it, or its JSON)
 * @param options - `locale`, `width`, `height`
 * @returns the chart as a Vega-Lite spec
 * @throws {@link index!ValidationError} when `score` is not an alignment score, or an option is invalid
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * import { motiveCoverageChart } from 'partner-alignment/report';
 * const chart = motiveCoverageChart(scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' }));
 * chart.description //=> 'How fully the plan of stratus-lumen serves each motive of the partner'
 * ```
 * @category Report
 */
export function motiveCoverageChart(
  score: AlignmentScore,
  options?: AlignmentChartOptions,
): ChartSpec {
  const view = readAlignment(score, SUMMARY);
  const read = readChartOptions(options, [], SUMMARY, {
    width: 200,
    height: 18 * Math.max(1, view.motives.length),
  });
  const values = view.motives.map((motive) => ({
    motive: motive.label,
    coverage: motive.coverage.toNumber(),
    weight: `weight ${motive.weight.times(100).toDecimalPlaces(0).toFixed()}%`,
  }));
  const y = {
    field: 'motive',
    type: 'nominal',
    title: null,
    sort: null,
    axis: { labelLimit: 170, domain: false, ticks: false },
  };
  return spec(
    {
      description: `How fully the plan of ${view.partnership} serves each motive of the partner`,
      data: { values },
      encoding: { y },
      layer: [
        {
          mark: { type: 'bar', color: colors.muted, height: { band: 0.72 } },
          encoding: { x: { datum: 1, type: 'quantitative' } },
        },
        {
          mark: { type: 'bar', color: colors.good, height: { band: 0.72 } },
          encoding: {
            x: {
              field: 'coverage',
              type: 'quantitative',
              title: 'Coverage of the motive by the plan',
              scale: { domain: [0, 1] },
              axis: { format: '.0%', tickCount: 5, grid: false },
            },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 3, fontSize: 8, color: '#333' },
          encoding: {
            x: { datum: 1, type: 'quantitative' },
            text: { field: 'weight', type: 'nominal' },
          },
        },
      ],
    },
    read,
  );
}

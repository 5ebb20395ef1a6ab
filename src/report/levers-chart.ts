import { motiveLabel } from '../alignment/motive-catalog.js';
import type { LeverRanking } from '../economics/rank-levers.js';
import type { MotiveId } from '../model/motive.js';
import type { ChartSpec } from './chart-spec.js';
import type { EconomicsChartOptions } from './economics-chart.js';
import { colors, readChartOptions, spec } from './internal/chart-base.js';
import { numberOf } from './internal/exact.js';
import { leverLabels } from './internal/labels.js';
import { readLevers } from './internal/read-economics.js';

const SUMMARY = 'Cannot chart the levers';

/**
 * The levers that move the partner's gross profit, ranked: one horizontal bar per applicable
 * lever with what one step of it adds (the step is in the data as `step`, such as "One point more
 * resale margin"), largest first, each labelled with the motive it serves.
 *
 * @param ranking - a lever ranking (as `rankLevers` returns it, or its JSON)
 * @param options - `locale`, `width`, `height`
 * @returns the chart as a Vega-Lite spec
 * @throws {@link index!ValidationError} when `ranking` is not a lever ranking, or an option is invalid
 * @example
 * ```ts
 * import { rankLevers, samples } from 'partner-alignment';
 * import { leversChart } from 'partner-alignment/report';
 * leversChart(rankLevers(samples.northwindAdvisory)).description
 * //=> "What one step of each lever adds to the partner's gross profit, in USD"
 * ```
 * @category Report
 */
export function leversChart(ranking: LeverRanking, options?: EconomicsChartOptions): ChartSpec {
  const view = readLevers(ranking, SUMMARY);
  const ranked = view.levers.filter((lever) => lever.rank !== null);
  const read = readChartOptions(options, [], SUMMARY, {
    width: 200,
    height: 18 * Math.max(1, ranked.length),
  });
  const values = ranked.map((lever) => ({
    lever: leverLabels[lever.lever],
    step: lever.description,
    motive: motiveLabel(lever.motive as MotiveId),
    delta: numberOf(lever.delta),
  }));
  return spec(
    {
      description: `What one step of each lever adds to the partner's gross profit, in ${view.currency}`,
      data: { values },
      encoding: {
        y: {
          field: 'lever',
          type: 'nominal',
          title: null,
          sort: null,
          axis: { labelLimit: 120, domain: false, ticks: false },
        },
      },
      layer: [
        {
          mark: { type: 'bar', color: colors.forecast, height: { band: 0.72 } },
          encoding: {
            x: {
              field: 'delta',
              type: 'quantitative',
              title: `Gross profit added (${view.currency})`,
              axis: { format: '~s', tickCount: 4 },
            },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 3, fontSize: 8, color: '#333' },
          encoding: {
            x: { field: 'delta', type: 'quantitative' },
            text: { field: 'motive', type: 'nominal' },
          },
        },
      ],
    },
    read,
  );
}

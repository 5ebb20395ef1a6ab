import type { JsonValue } from '../alignment/improvement.js';
import { checkOneOf, wrongType } from '../argument-checks.js';
import type { ObjectiveProgress } from '../progress/objective-progress.js';
import type { ChartSpec } from './chart-spec.js';
import { colors, readChartOptions, spec } from './internal/chart-base.js';
import { numberOf } from './internal/exact.js';
import { readProgressInput } from './internal/read-progress.js';
import { rowsOf } from './progress-rows.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of {@link progressChart}.
 *
 * @example
 * ```ts
 * import type { ProgressChartOptions } from 'partner-alignment/report';
 * const options: ProgressChartOptions = { width: 320, title: 'hidden', legend: 'hidden' };
 * options.title //=> 'hidden'
 * ```
 * @category Report
 */
export interface ProgressChartOptions {
  /** A date-fns v4 locale for the numbers on the axis. Default: `enGB`. */
  readonly locale?: ReportLocale;
  /** The width of the plotting area in pixels, from 60 to 2000. Default 220. */
  readonly width?: number;
  /** The height of the plotting area in pixels, from 40 to 2000. Default 110. */
  readonly height?: number;
  /** `'shown'` (the default): the objective's name (or id) as the title; `'hidden'`: no title. */
  readonly title?: 'shown' | 'hidden';
  /** `'shown'` (the default): a legend of plan, actual and forecast; `'hidden'`: none (say it once beside several charts). */
  readonly legend?: 'shown' | 'hidden';
}

const SUMMARY = 'Cannot chart the progress';
const series = ['Plan', 'Actual', 'Forecast'];

/**
 * One objective's plan against its actuals, with the forecast to the plan's end, as a Vega-Lite
 * line chart: running totals for a flow (so the end of the plan line is the target), levels for a
 * stock or an average. Periods run along the x axis in order; the forecast is a dashed line from
 * the last actual to the forecast at the last period.
 *
 * @param progress - one objective's progress (as `evaluateProgress` returns it, or its JSON)
 * @param options - `locale`, `width`, `height`, `title`, `legend`
 * @returns the chart as a Vega-Lite spec
 * @throws {@link index!ValidationError} when `progress` is not one objective's progress, or an option is invalid
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress } from 'partner-alignment';
 * import { progressChart } from 'partner-alignment/report';
 * const progress = evaluateProgress(
 *   {
 *     objective: { id: 'deals', metric: { aggregation: 'sum', direction: 'increase' }, baseline: '0', target: '40', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *     steps: ['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4'].map((period) => ({ period, target: '10' })),
 *   },
 *   [{ period: 'FY2027-Q1', value: '9' }],
 *   calendarYear,
 *   { asOf: '2027-04-30' },
 * );
 * const chart = progressChart(progress);
 * chart.$schema //=> 'https://vega.github.io/schema/vega-lite/v6.json'
 * ```
 * @category Report
 */
export function progressChart(
  progress: ObjectiveProgress,
  options?: ProgressChartOptions,
): ChartSpec {
  const read = readChartOptions(options, ['title', 'legend'], SUMMARY, { width: 220, height: 110 });
  const mode = (key: string) =>
    read.given[key] === undefined
      ? 'shown'
      : checkOneOf(read.given[key], ['shown', 'hidden'] as const, SUMMARY, ['options', key]);
  const legend = mode('legend');
  const title = mode('title');
  if (Array.isArray(progress)) {
    throw wrongType(SUMMARY, ['progress'], progress, "one objective's progress (not a list)");
  }
  const [view] = readProgressInput(progress, SUMMARY);
  if (view === undefined || view.periods.length === 0) {
    throw wrongType(SUMMARY, ['progress', 'periods'], [], 'a progress with at least one period');
  }
  const rows = rowsOf(view);
  const values: JsonValue[] = rows.map((row) => ({
    period: row.period,
    series: 'Plan',
    value: row.plannedToDate,
  }));
  const actuals = rows.flatMap((row) =>
    row.actualToDate === null ? [] : [{ period: row.period, value: row.actualToDate }],
  );
  // A level recorded on finer periods than the plan's (a quarter's actual against yearly steps)
  // has no period of its own: show it at the plan period running now, or the last one ended.
  const measured = numberOf(view.actualToDate === null ? null : view.actualToDate.toFixed());
  const running =
    view.periods.find((period) => period.state === 'current') ??
    view.periods.findLast((period) => period.state === 'completed');
  if (actuals.length === 0 && view.kind !== 'flow' && measured !== null && running !== undefined) {
    actuals.push({ period: running.key, value: measured });
  }
  for (const actual of actuals) values.push({ ...actual, series: 'Actual' });
  const lastActual = actuals.at(-1);
  const forecast = numberOf(view.forecast.value === null ? null : view.forecast.value.toFixed());
  const last = rows.at(-1);
  if (lastActual !== undefined && forecast !== null && last !== undefined) {
    values.push({ period: lastActual.period, series: 'Forecast', value: lastActual.value });
    values.push({ period: last.period, series: 'Forecast', value: forecast });
  }
  const color = {
    field: 'series',
    type: 'nominal',
    title: null,
    scale: { domain: series, range: [colors.plan, colors.actual, colors.forecast] },
    legend:
      legend === 'shown'
        ? { orient: 'top', direction: 'horizontal', symbolType: 'stroke', symbolStrokeWidth: 2 }
        : null,
  };
  return spec(
    {
      ...(title === 'shown' ? { title: view.name ?? view.objective } : {}),
      description: `Plan, actuals and forecast of ${view.name ?? view.objective}`,
      data: { values },
      encoding: {
        x: {
          field: 'period',
          type: 'ordinal',
          title: null,
          scale: { domain: rows.map((row) => row.period) },
          axis: { labelAngle: 0, labelOverlap: 'greedy', labelPadding: 3 },
        },
        y: {
          field: 'value',
          type: 'quantitative',
          title: view.kind === 'flow' ? 'To date' : 'Level',
          axis: { format: '~s', tickCount: 4 },
          scale: { zero: view.kind === 'flow' },
        },
        color,
      },
      layer: [
        {
          mark: { type: 'line', strokeWidth: 1.6 },
          encoding: {
            strokeDash: {
              field: 'series',
              type: 'nominal',
              title: null,
              ...(legend === 'shown' ? {} : { legend: null }),
              scale: {
                domain: series,
                range: [
                  [4, 3],
                  [1, 0],
                  [3, 2],
                ],
              },
            },
          },
        },
        {
          transform: [{ filter: { field: 'series', oneOf: ['Actual', 'Forecast'] } }],
          mark: { type: 'point', filled: true, size: 22 },
        },
      ],
    },
    read,
  );
}

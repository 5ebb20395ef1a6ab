import type { JsonValue } from '../alignment/improvement.js';
import type { PartnershipAnalysis } from '../analysis/partnership-analysis.js';
import { argumentError, checkOneOf, describeReceived } from '../argument-checks.js';
import type { ChartSpec } from './chart-spec.js';
import { colors, readChartOptions, spec } from './internal/chart-base.js';
import { numberOf } from './internal/exact.js';
import { readAnalysis } from './internal/read-analysis.js';
import { readList } from './internal/read-values.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of {@link portfolioChart}.
 *
 * @example
 * ```ts
 * import type { PortfolioChartOptions } from 'partner-alignment/report';
 * const options: PortfolioChartOptions = { pace: 0.8, score: 55, labels: 'hidden' };
 * options.pace //=> 0.8
 * ```
 * @category Report
 */
export interface PortfolioChartOptions {
  /** A date-fns v4 locale for the numbers on the axes. Default: `enGB`. */
  readonly locale?: ReportLocale;
  /** The width of the plotting area in pixels, from 60 to 2000. Default 360. */
  readonly width?: number;
  /** The height of the plotting area in pixels, from 40 to 2000. Default 240. */
  readonly height?: number;
  /** The pace below which a partnership is at risk, from 0 to 10. Default 0.8 (progress's at-risk threshold). */
  readonly pace?: number;
  /** The alignment score below which the plan serves the partner poorly, from 0 to 100. Default 55 (below grade C). */
  readonly score?: number;
  /** `'shown'` (the default): each point named by its partner; `'hidden'`: points alone, for large portfolios. */
  readonly labels?: 'shown' | 'hidden';
}

const SUMMARY = 'Cannot chart the portfolio';

function threshold(value: unknown, key: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      ['options', key],
      `Not a number from 0 to ${max}`,
      describeReceived(value),
      `a number from 0 to ${max}`,
    );
  }
  return value;
}

const statusColors = {
  behind: '#b3261e',
  unknown: colors.plan,
  'on-plan': colors.good,
  'not-started': colors.muted,
};

/**
 * A portfolio's partnerships as points of alignment score against pace, with the at-risk
 * quadrant shaded: partnerships both behind their plan (the pace of their weakest objective below
 * the threshold) and poorly served by it (a low score). A low score with a good pace is a plan to
 * fix before it shows; a good score behind pace is execution. Points are coloured by the
 * diagnosis's status; partnerships without a pace yet are left out (the description says how many).
 *
 * @param analyses - partnership analyses (as `analyzePartnership` returns them, or their JSON)
 * @param options - the thresholds `pace` and `score`, `labels`, `locale`, `width`, `height`
 * @returns the chart as a Vega-Lite spec
 * @throws {@link index!ValidationError} when `analyses` is not a list of analyses, or an option is invalid
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * import { portfolioChart } from 'partner-alignment/report';
 * const analyses = [samples.northwindAdvisory, samples.lumenField].map((document) =>
 *   analyzePartnership(document, { asOf: '2026-11-27' }),
 * );
 * portfolioChart(analyses).description
 * //=> 'Alignment score against the pace of the weakest objective, 2 partnerships; at risk below pace 0.8 and score 55'
 * ```
 * @category Report
 */
export function portfolioChart(
  analyses: ReadonlyArray<PartnershipAnalysis>,
  options?: PortfolioChartOptions,
): ChartSpec {
  const list = readList(analyses, SUMMARY, ['analyses'], 'partnership analyses').map((a, i) =>
    readAnalysis(a, SUMMARY, ['analyses', i]),
  );
  const read = readChartOptions(options, ['pace', 'score', 'labels'], SUMMARY, {
    width: 360,
    height: 240,
  });
  const pace = threshold(read.given['pace'], 'pace', 0.8, 10);
  const score = threshold(read.given['score'], 'score', 55, 100);
  const labels =
    read.given['labels'] === undefined
      ? 'shown'
      : checkOneOf(read.given['labels'], ['shown', 'hidden'] as const, SUMMARY, [
          'options',
          'labels',
        ]);
  const points = list.flatMap((analysis) => {
    const weakest = analysis.objectives.find((o) => o.objective === analysis.progress.weakest);
    const value = weakest === undefined ? null : numberOf(weakest.progress.pace);
    if (value === null) return [];
    return [
      {
        partner: analysis.partnership.partner.name,
        partnership: analysis.partnership.name,
        status: analysis.diagnosis.status,
        weakest: weakest?.name ?? '',
        score: numberOf(analysis.alignment.score),
        pace: value,
      },
    ];
  });
  const paces = points.map((p) => p.pace);
  const top = Math.max(1.2, pace + 0.2, ...paces.map((p) => Math.ceil(p * 5) / 5));
  const bottom = Math.min(0, ...paces.map((p) => Math.floor(p * 5) / 5));
  const left =
    points.length === list.length
      ? ''
      : `, ${list.length - points.length} without a pace not shown`;
  const y = { scale: { domain: [bottom, top] } };
  // The quadrant, its label and the line of pace 1 are drawn once each, from one empty datum.
  const once = { values: [{}] };
  const layer: JsonValue[] = [
    {
      data: once,
      mark: { type: 'rect', color: '#f8e1df' },
      encoding: {
        x: { datum: 0, type: 'quantitative' },
        x2: { datum: score },
        y: { datum: bottom, type: 'quantitative', ...y },
        y2: { datum: pace },
      },
    },
    {
      data: once,
      mark: {
        type: 'text',
        align: 'left',
        baseline: 'bottom',
        dx: 3,
        dy: -3,
        fontSize: 9,
        color: '#b3261e',
      },
      encoding: {
        x: { datum: 0, type: 'quantitative' },
        y: { datum: bottom, type: 'quantitative', ...y },
        text: { value: 'At risk' },
      },
    },
    {
      data: once,
      mark: { type: 'rule', color: colors.plan, strokeDash: [4, 3] },
      encoding: { y: { datum: 1, type: 'quantitative', ...y } },
    },
    {
      data: { values: points },
      mark: { type: 'point', filled: true, size: 60, opacity: 0.9 },
      encoding: {
        x: {
          field: 'score',
          type: 'quantitative',
          title: 'Alignment score (of 100)',
          scale: { domain: [0, 100] },
        },
        y: {
          field: 'pace',
          type: 'quantitative',
          title: 'Pace of the weakest objective (1 is on plan)',
          ...y,
        },
        color: {
          field: 'status',
          type: 'nominal',
          title: 'Diagnosis',
          scale: { domain: Object.keys(statusColors), range: Object.values(statusColors) },
        },
        tooltip: [
          { field: 'partnership', type: 'nominal' },
          { field: 'weakest', type: 'nominal', title: 'weakest objective' },
          { field: 'score', type: 'quantitative', format: '.1f' },
          { field: 'pace', type: 'quantitative', format: '.2f' },
        ],
      },
    },
  ];
  if (labels === 'shown') {
    layer.push({
      data: { values: points },
      mark: { type: 'text', align: 'left', dx: 6, fontSize: 8, color: '#333' },
      encoding: {
        x: { field: 'score', type: 'quantitative' },
        y: { field: 'pace', type: 'quantitative', ...y },
        text: { field: 'partner', type: 'nominal' },
      },
    });
  }
  return spec(
    {
      description: `Alignment score against the pace of the weakest objective, ${points.length} partnership${points.length === 1 ? '' : 's'}${left}; at risk below pace ${pace} and score ${score}`,
      layer,
    },
    read,
  );
}

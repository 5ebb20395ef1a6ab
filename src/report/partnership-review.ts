import type { AlignmentGrade } from '../alignment/alignment-settings.js';
import type { ScoreAlignmentOptions } from '../alignment/score-alignment.js';
import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { ComputeEconomicsOptions } from '../economics/compute-economics.js';
import type { MetricUnit } from '../model/metric.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { EvaluateProgressOptions } from '../progress/evaluate-progress.js';
import type { AlignmentComponentRow } from './alignment-component-rows.js';
import type { ChartSpec } from './chart-spec.js';
import type { EconomicsSourceRow } from './economics-source-rows.js';
import type { FindingRow } from './finding-rows.js';
import type { ImprovementRow } from './improvement-rows.js';
import { composeReview } from './internal/review/compose.js';
import type { LeverRow } from './lever-rows.js';
import type { MotiveRow } from './motive-rows.js';
import type { ProgressStatusRow } from './progress-status-rows.js';

/**
 * Everything the one-page partnership review shows, as plain JSON data (numbers as exact decimal
 * strings or rows, charts as Vega-Lite specs), before it is written for people by
 * {@link toMarkdown} or {@link toHtml}: the charter (why, what, how), each objective with its
 * status and chart, the alignment score with its components and findings, the best improvements,
 * and the partner's economics. Store it, send it, or render it your own way.
 *
 * @example
 * ```ts
 * import { samples } from 'partner-alignment';
 * import { partnershipReview, type PartnershipReview } from 'partner-alignment/report';
 * const review: PartnershipReview = partnershipReview(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * [review.partnership.name, review.objectives.length, review.alignment.display] //=> ['Stratus Cloud × Northwind Advisory', 5, '82.9']
 * ```
 * @category Report
 */
export interface PartnershipReview {
  /** Who the review is about. */
  readonly partnership: {
    readonly id: string;
    readonly name: string;
    readonly vendor: string;
    readonly partner: string;
    readonly currency: string;
    readonly calendar: FiscalCalendar;
  };
  /** The date the review is as of. */
  readonly asOf: IsoDate;
  /** Why, what and how: the charter. */
  readonly charter: {
    /** Why: the partnership's purpose. */
    readonly purpose: string;
    /** The horizon of the charter. */
    readonly horizon: { readonly start: IsoDate; readonly end: IsoDate };
    /** What: the market opportunities, amounts and ratios as exact decimal strings. */
    readonly opportunities: ReadonlyArray<{
      readonly name: string;
      readonly yearlySize: { readonly amount: string; readonly currency: string };
      readonly growthRate: string;
      readonly currentShare: string | null;
      readonly targetShare: string;
    }>;
    /** How: the people on both sides. */
    readonly stakeholders: ReadonlyArray<{
      readonly side: 'vendor' | 'partner';
      readonly name: string;
      readonly role: string;
      readonly title: string | null;
    }>;
    /** How: the review cadences. */
    readonly cadences: ReadonlyArray<{ readonly name: string; readonly frequency: string }>;
    /** The review due next, or `null` when none is open or upcoming. */
    readonly nextReview: {
      readonly cadence: string;
      readonly period: string;
      readonly due: IsoDate;
    } | null;
    /** How many reviews are overdue. */
    readonly overdueReviews: number;
  };
  /** Each objective of the charter, in its order, with its status and chart. */
  readonly objectives: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly unit: MetricUnit;
    readonly owner: string;
    /** The baseline and the target, as exact decimal strings. */
    readonly baseline: string;
    readonly target: string;
    /** The objective's progress as of the date: status, rule, figures and forecast. */
    readonly status: ProgressStatusRow;
    /** Plan, actuals and forecast (see {@link progressChart}). */
    readonly chart: ChartSpec;
  }>;
  /** The alignment score. */
  readonly alignment: {
    readonly scoringVersion: string;
    /** The exact score from 0 to 100, and as shown (one decimal place). */
    readonly score: string;
    readonly display: string;
    readonly grade: AlignmentGrade;
    readonly components: ReadonlyArray<AlignmentComponentRow>;
    readonly motives: ReadonlyArray<MotiveRow>;
    /** The most severe findings first, at most `options.findings`. */
    readonly findings: ReadonlyArray<FindingRow>;
    readonly charts: { readonly components: ChartSpec; readonly motives: ChartSpec };
  };
  /** The best improvements, at most `options.improvements`, best first. */
  readonly improvements: ReadonlyArray<ImprovementRow>;
  /** The partner's economics, or `null` when the partnership has no economics profile. */
  readonly economics: {
    readonly currency: string;
    readonly source: 'goals' | 'actuals' | 'plan';
    /** Totals over the plan, as exact decimal strings. */
    readonly revenue: string;
    readonly grossProfit: string;
    /** The resale margin's share of the gross profit, or `null` when undefined. */
    readonly marginShare: string | null;
    /** The partnership's share of the partner's whole gross profit, or `null` when unknown. */
    readonly partnerShare: string | null;
    /** The consultants the plan needs beyond the team, from the first period that needs them. */
    readonly hires: { readonly count: string; readonly period: string } | null;
    readonly sources: ReadonlyArray<EconomicsSourceRow>;
    readonly levers: ReadonlyArray<LeverRow>;
    readonly findings: ReadonlyArray<FindingRow>;
    readonly charts: { readonly sources: ChartSpec; readonly levers: ChartSpec };
  } | null;
}

/**
 * Options of {@link partnershipReview}: the date, how much to show, and each engine's own options.
 *
 * @example
 * ```ts
 * import type { PartnershipReviewOptions } from 'partner-alignment/report';
 * const options: PartnershipReviewOptions = { asOf: '2026-11-27', improvements: 3, economics: { source: 'actuals' } };
 * options.improvements //=> 3
 * ```
 * @category Report
 */
export interface PartnershipReviewOptions {
  /** The date of the review, an ISO date. Required: the library reads no clock. */
  readonly asOf: IsoDate;
  /** How many improvements to show, from 0 to 20. Default 3. */
  readonly improvements?: number;
  /** How many alignment findings to show, most severe first, from 0 to 50. Default 5. */
  readonly findings?: number;
  /** Options of progress (`forecast`, `runRatePeriods`, `thresholds`). */
  readonly progress?: Omit<EvaluateProgressOptions, 'asOf'>;
  /** Options of the alignment score and the improvements (`settings`, `economics`). */
  readonly alignment?: Omit<ScoreAlignmentOptions, 'asOf'>;
  /** Options of the partner's economics (`source`, `plan`, `utilizationCeiling`). */
  readonly economics?: ComputeEconomicsOptions;
}

/**
 * Composes the one-page review of a partnership as of a date: it runs the engines (each
 * objective's progress against its cascade, the alignment score, the improvements, the partner's
 * economics and levers) and keeps what the page shows, as plain data with its charts. Write it
 * for people with {@link toMarkdown} or {@link toHtml}.
 *
 * @param partnership - the partnership, parsed or as its JSON document
 * @param options - `asOf` (required), how many improvements and findings, and each engine's options
 * @returns the review's content
 * @throws {@link index!ValidationError} for an invalid partnership, an `asOf` that is not a real ISO date, or an unknown or invalid option
 * @example
 * ```ts
 * import { samples } from 'partner-alignment';
 * import { partnershipReview } from 'partner-alignment/report';
 * const review = partnershipReview(samples.lumenField, { asOf: '2026-11-27' });
 * review.objectives.map((objective) => objective.status.status)
 * //=> ['at-risk', 'at-risk', 'at-risk', 'unknown', 'on-track', 'off-track']
 * ```
 * @category Report
 */
export function partnershipReview(
  partnership: Partnership | PartnershipJson,
  options: PartnershipReviewOptions,
): PartnershipReview {
  return composeReview(partnership, options);
}

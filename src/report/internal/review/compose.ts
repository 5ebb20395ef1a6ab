/**
 * The review's content from the engines and the analysis: each objective measured against its
 * plan (its goals where set, its cascade elsewhere, as the analysis holds it), the diagnosis (why it is behind, what to change), the alignment score and improvements,
 * and the partner's economics and levers. Engine options are checked by the engines themselves; their
 * issues are given under `options.<engine>`.
 *
 * @module
 */

import { rankImprovements } from '../../../alignment/rank-improvements.js';
import { scoreAlignment } from '../../../alignment/score-alignment.js';
import { analyzePartnership } from '../../../analysis/analyze-partnership.js';
import type { PartnershipAnalysis } from '../../../analysis/partnership-analysis.js';
import { checkOptions, checkWholeNumber } from '../../../argument-checks.js';
import { computeEconomics } from '../../../economics/compute-economics.js';
import { rankLevers } from '../../../economics/rank-levers.js';
import { isValidationError, ValidationError } from '../../../errors.js';
import { acceptPartnership, trust } from '../../../model/accept.js';
import type { Partnership, PartnershipJson } from '../../../model/partnership.js';
import { toDecimalString } from '../../../money/to-decimal-string.js';
import { evaluatePartnershipProgress } from '../../../progress/evaluate-partnership-progress.js';
import { alignmentChart } from '../../alignment-chart.js';
import { alignmentComponentRows } from '../../alignment-component-rows.js';
import { diagnosisCauseRows } from '../../diagnosis-cause-rows.js';
import { economicsChart } from '../../economics-chart.js';
import { economicsSourceRows } from '../../economics-source-rows.js';
import { findingRows } from '../../finding-rows.js';
import { improvementRows } from '../../improvement-rows.js';
import { leverRows } from '../../lever-rows.js';
import { leversChart } from '../../levers-chart.js';
import { motiveCoverageChart } from '../../motive-coverage-chart.js';
import { motiveRows } from '../../motive-rows.js';
import type { PartnershipReview, PartnershipReviewOptions } from '../../partnership-review.js';
import { progressChart } from '../../progress-chart.js';
import { progressStatusRows } from '../../progress-status-rows.js';
import { readEconomics } from '../read-economics.js';
import { readDate } from '../read-values.js';

const SUMMARY = 'Invalid arguments to partnershipReview';
const optionKeys = [
  'asOf',
  'improvements',
  'causes',
  'findings',
  'progress',
  'alignment',
  'economics',
];

/**
 * Runs an engine; its issues about `options` are given under `options.<group>` (`null`: the
 * analysis, whose options are grouped as the review's already).
 */
function engine<T>(group: string | null, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw new ValidationError(
      SUMMARY,
      error.issues.map(({ label: _label, ...issue }) => ({
        ...issue,
        path:
          group !== null && issue.path[0] === 'options'
            ? ['options', group, ...issue.path.slice(1)]
            : issue.path,
      })),
      { omitted: error.omittedIssues },
    );
  }
}

/** The options each engine takes from the review (its date is the review's own). */
const groupKeys: Readonly<Record<string, ReadonlyArray<string>>> = {
  progress: ['forecast', 'runRatePeriods', 'thresholds'],
  alignment: ['settings', 'economics'],
  economics: ['source', 'plan', 'utilizationCeiling'],
};

/** An engine's options group, checked for unknown keys (the engine checks the values). */
function group(given: Readonly<Record<string, unknown>>, name: string): Record<string, unknown> {
  return { ...checkOptions(given[name], groupKeys[name] ?? [], SUMMARY, ['options', name]) };
}

/**
 * The plan of each objective as the analysis holds it (its goal where one was set, the cascade's
 * step elsewhere), so that the cards and the diagnosis measure against the same plan.
 */
function planStepsOf(analysis: PartnershipAnalysis) {
  return Object.fromEntries(
    analysis.objectives.map((objective) => [
      objective.objective,
      objective.plan.periods.map((p) => ({ period: p.period, target: p.planned })),
    ]),
  );
}

/**
 * The economics options on the analysis's basis: without a `source` (or with `'plan'` and no plan
 * of the caller's), the vendor revenue is the analysis's plan of the profile's objective, as in the
 * analysis, so that the review's figures and its diagnosis say the same.
 */
function onAnalysisBasis(
  partnership: Partnership,
  options: Record<string, unknown>,
  analysis: PartnershipAnalysis,
): Record<string, unknown> {
  const source = options['source'];
  const objective = partnership.economics?.vendorRevenue.objective;
  if ((source !== undefined && source !== 'plan') || options['plan'] !== undefined) return options;
  const plan = analysis.objectives.find((o) => o.objective === objective)?.plan;
  if (plan === undefined || plan.path !== 'cascade') return options;
  return {
    ...options,
    source: 'plan',
    plan: plan.periods.map((p) => ({ period: p.period, target: p.planned })),
  };
}

/** The economics options the analysis takes: its `source` and `utilizationCeiling`. */
function forAnalysis(options: Record<string, unknown>): Record<string, unknown> | undefined {
  if (options['plan'] !== undefined) return undefined;
  const picked: Record<string, unknown> = {};
  if (options['source'] !== undefined) picked['source'] = options['source'];
  if (options['utilizationCeiling'] !== undefined) {
    picked['utilizationCeiling'] = options['utilizationCeiling'];
  }
  return Object.keys(picked).length === 0 ? undefined : picked;
}

function economicsOf(partnership: Partnership, options: Record<string, unknown>) {
  if (partnership.economics === undefined) return null;
  const economics = engine('economics', () => computeEconomics(partnership, options));
  const ranking = engine('economics', () => rankLevers(partnership, options));
  const view = readEconomics(economics, SUMMARY);
  return {
    currency: view.currency,
    source: view.source,
    revenue: view.total.revenue,
    grossProfit: view.total.grossProfit,
    marginShare: view.total.marginShare,
    partnerShare: view.partnerShare,
    hires: view.hires,
    sources: economicsSourceRows(economics).filter((row) => row.applies),
    levers: leverRows(ranking),
    findings: findingRows(economics.findings),
    charts: {
      sources: economicsChart(economics, {
        width: 190,
        height: 20 * Math.max(1, economics.total.sources.filter((s) => s.applies).length),
      }),
      levers: leversChart(ranking, {
        width: 150,
        height: 15 * Math.max(1, ranking.levers.filter((l) => l.kind === 'applicable').length),
      }),
    },
  };
}

/** The review of a partnership (see `partnershipReview`). */
export function composeReview(
  input: Partnership | PartnershipJson,
  options: PartnershipReviewOptions,
): PartnershipReview {
  const given = checkOptions(options, optionKeys, SUMMARY);
  const asOf = readDate(given['asOf'], SUMMARY, ['options', 'asOf']);
  const howMany = (key: string, fallback: number, max: number) =>
    given[key] === undefined
      ? fallback
      : checkWholeNumber(given[key], 0, max, SUMMARY, ['options', key]);
  const improvementCount = howMany('improvements', 3, 20);
  const findingCount = howMany('findings', 3, 50);
  const causeCount = howMany('causes', 3, 20);
  const progressOptions = group(given, 'progress');
  const alignmentOptions = group(given, 'alignment');
  const economicsOptions = group(given, 'economics');
  const partnership = acceptPartnership(input, SUMMARY);
  const { charter } = partnership;

  // The analysis joins the engines (its economics feed its score); the review shows its diagnosis.
  const analysis = engine(null, () =>
    analyzePartnership(partnership, {
      asOf,
      progress: progressOptions,
      economics: forAnalysis(economicsOptions) as never,
      alignment:
        alignmentOptions['settings'] === undefined
          ? undefined
          : { settings: alignmentOptions['settings'] as never },
    }),
  );
  const progress = engine('progress', () =>
    evaluatePartnershipProgress(partnership, {
      ...progressOptions,
      asOf,
      steps: planStepsOf(analysis),
    }),
  );
  const statuses = progressStatusRows(progress);
  const score = engine('alignment', () =>
    scoreAlignment(partnership, { ...alignmentOptions, asOf }),
  );
  const improvements = engine('alignment', () =>
    rankImprovements(partnership, { ...alignmentOptions, asOf }),
  );
  const causes = diagnosisCauseRows(analysis).slice(0, causeCount);
  const shownCauses = new Set(causes.map((cause) => cause.code));
  const next = score.reviews.next;
  return trust({
    partnership: {
      id: partnership.id,
      name: partnership.name,
      vendor: partnership.vendor.name,
      partner: partnership.partner.name,
      currency: partnership.currency,
      // Copies: a review owns its data, so changing it never changes the partnership.
      calendar: structuredClone(partnership.calendar),
    },
    asOf,
    charter: {
      purpose: charter.purpose,
      horizon: { start: charter.horizon.start, end: charter.horizon.end },
      opportunities: charter.opportunities.map((o) => ({
        name: o.name,
        yearlySize: { amount: toDecimalString(o.yearlySize), currency: o.yearlySize.currency },
        growthRate: o.growthRate.toFixed(),
        currentShare: o.currentShare === undefined ? null : o.currentShare.toFixed(),
        targetShare: o.targetShare.toFixed(),
      })),
      stakeholders: charter.stakeholders.map((s) => ({
        side: s.side,
        name: s.name,
        role: s.role,
        title: s.title ?? null,
      })),
      cadences: charter.reviewCadences.map((c) => ({ name: c.name, frequency: c.frequency })),
      nextReview:
        next === undefined
          ? null
          : {
              cadence:
                charter.reviewCadences.find((c) => c.id === next.cadence)?.name ?? next.cadence,
              period: next.periodKey,
              due: next.due,
            },
      overdueReviews: score.reviews.overdue.length,
    },
    objectives: charter.objectives.map((objective, i) => ({
      id: objective.id,
      name: objective.name,
      unit: { ...objective.metric.unit },
      owner: objective.owner,
      baseline: objective.baseline.toFixed(),
      target: objective.target.toFixed(),
      status: statuses[i] as (typeof statuses)[number],
      chart: progressChart(progress.objectives[i] as (typeof progress.objectives)[number], {
        title: 'hidden',
        legend: 'hidden',
        width: 158,
        height: 52,
      }),
    })),
    diagnosis: {
      status: analysis.diagnosis.status,
      summary: analysis.diagnosis.summary,
      causes,
    },
    alignment: {
      scoringVersion: score.scoringVersion,
      score: score.score.toFixed(),
      display: score.display,
      grade: score.grade,
      components: alignmentComponentRows(score),
      motives: motiveRows(score),
      // What the diagnosis already shows is not repeated among the findings.
      findings: findingRows(score.findings)
        .filter((finding) => !shownCauses.has(finding.code))
        .slice(0, findingCount),
      charts: {
        components: alignmentChart(score, {
          width: 190,
          height: 14 * score.components.length,
        }),
        motives: motiveCoverageChart(score, {
          width: 120,
          height: 14 * Math.max(1, score.motives.length),
        }),
      },
    },
    improvements: improvementRows(improvements).slice(0, improvementCount),
    economics: economicsOf(partnership, onAnalysisBasis(partnership, economicsOptions, analysis)),
  });
}

/**
 * The review's content from the engines (stage of the report before the analysis layer joins
 * them): each objective measured against its cascade, the alignment score and improvements, and
 * the partner's economics and levers. Engine options are checked by the engines themselves; their
 * issues are given under `options.<engine>`.
 *
 * @module
 */
import { rankImprovements } from '../../../alignment/rank-improvements.js';
import { scoreAlignment } from '../../../alignment/score-alignment.js';
import { checkOptions, checkWholeNumber } from '../../../argument-checks.js';
import { cascade } from '../../../cascade/cascade.js';
import { cascadeSteps } from '../../../cascade/cascade-steps.js';
import { computeEconomics } from '../../../economics/compute-economics.js';
import { rankLevers } from '../../../economics/rank-levers.js';
import { isValidationError, ValidationError } from '../../../errors.js';
import { acceptPartnership, trust } from '../../../model/accept.js';
import type { Partnership, PartnershipJson } from '../../../model/partnership.js';
import { toDecimalString } from '../../../money/to-decimal-string.js';
import { evaluatePartnershipProgress } from '../../../progress/evaluate-partnership-progress.js';
import { alignmentChart } from '../../alignment-chart.js';
import { alignmentComponentRows } from '../../alignment-component-rows.js';
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
const optionKeys = ['asOf', 'improvements', 'findings', 'progress', 'alignment', 'economics'];

/** Runs an engine; its issues about `options` are given under `options.<group>`. */
function engine<T>(group: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw new ValidationError(
      SUMMARY,
      error.issues.map(({ label: _label, ...issue }) => ({
        ...issue,
        path: issue.path[0] === 'options' ? ['options', group, ...issue.path.slice(1)] : issue.path,
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

/** The steps of each objective's cascade (its own spec; quarterly when it has none). */
function cascadeStepsOf(partnership: Partnership) {
  return Object.fromEntries(
    partnership.charter.objectives.map((objective) => [
      objective.id,
      cascadeSteps(
        cascade(
          objective,
          partnership.calendar,
          objective.cascade === undefined ? { granularity: 'quarter' } : {},
        ),
      ).map((step) => ({ period: step.period, target: step.target })),
    ]),
  );
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
  const findingCount = howMany('findings', 5, 50);
  const progressOptions = group(given, 'progress');
  const alignmentOptions = group(given, 'alignment');
  const economicsOptions = group(given, 'economics');
  const partnership = acceptPartnership(input, SUMMARY);
  const { charter } = partnership;

  const progress = engine('progress', () =>
    evaluatePartnershipProgress(partnership, {
      ...progressOptions,
      asOf,
      steps: cascadeStepsOf(partnership),
    }),
  );
  const statuses = progressStatusRows(progress);
  const score = engine('alignment', () =>
    scoreAlignment(partnership, { ...alignmentOptions, asOf }),
  );
  const improvements = engine('alignment', () =>
    rankImprovements(partnership, { ...alignmentOptions, asOf }),
  );
  const next = score.reviews.next;
  return trust({
    partnership: {
      id: partnership.id,
      name: partnership.name,
      vendor: partnership.vendor.name,
      partner: partnership.partner.name,
      currency: partnership.currency,
      calendar: partnership.calendar,
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
      unit: objective.metric.unit,
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
    alignment: {
      scoringVersion: score.scoringVersion,
      score: score.score.toFixed(),
      display: score.display,
      grade: score.grade,
      components: alignmentComponentRows(score),
      motives: motiveRows(score),
      findings: findingRows(score.findings).slice(0, findingCount),
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
    economics: economicsOf(partnership, economicsOptions),
  });
}

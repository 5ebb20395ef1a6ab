/**
 * An objective's plan and standing once progress is known: each period's state and actual, the
 * remaining steps replanned after the actuals, and progress as exact decimal strings.
 *
 * @module
 */
import type { Period } from '../../calendar/period.js';
import { replan } from '../../cascade/replan.js';
import type { ReplanOptions } from '../../cascade/replan-options.js';
import { isPartnerAlignmentError } from '../../errors.js';
import { aggregationRules } from '../../model/metric.js';
import { percentOf } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ObjectiveProgress } from '../../progress/objective-progress.js';
import type { ProgressFinding } from '../../progress/progress-finding.js';
import type {
  ObjectiveAnalysis,
  ObjectivePlan,
  ObjectiveStanding,
  PlanPeriod,
  PlanReplan,
} from '../objective-analysis.js';
import { type DraftPlan, reasonOf } from './plan-objective.js';
import { refusesOptions, underOption } from './under-option.js';

const text = (value: Decimal | null): string | null => (value === null ? null : value.toFixed());

/**
 * A progress finding with its evidence pointing into the document: a step the analysis passed
 * (`['options', 'steps', id, k, ...]`) is the goal on that period when there is one, else the
 * objective's cascade spec (the step comes from the cascade, not from the document).
 */
function inDocument(finding: ProgressFinding, draft: DraftPlan, position: number): ProgressFinding {
  if (!finding.evidence.some((item) => item.path?.[0] === 'options')) return finding;
  return {
    ...finding,
    evidence: finding.evidence.map((item) => {
      const path = item.path;
      if (path?.[0] !== 'options' || path[1] !== 'steps') return item;
      const goal = draft.periods[Number(path[3])]?.goal;
      return {
        ...item,
        path:
          goal === null || goal === undefined
            ? ['charter', 'objectives', position, 'cascade']
            : ['goals', goal.index, ...path.slice(4)],
      };
    }),
  };
}

/** Progress as exact decimal strings (see {@link ObjectiveStanding}). */
function standingOf(
  progress: ObjectiveProgress,
  draft: DraftPlan,
  position: number,
): ObjectiveStanding {
  return {
    status: progress.status.status,
    rule: progress.status.rule,
    expectedToDate: progress.expectedToDate.toFixed(),
    actualToDate: text(progress.actualToDate),
    gap: text(progress.gap),
    pace: text(progress.pace),
    attainment: text(progress.attainment),
    straightLine: {
      expectedToDate: progress.straightLine.expectedToDate.toFixed(),
      pace: text(progress.straightLine.pace),
      status: progress.straightLine.status,
    },
    forecast: { method: progress.forecast.method, value: text(progress.forecast.value) },
    planEnd: progress.planEnd,
    toReach: progress.requiredRate.toReach.toFixed(),
    requiredRatio: text(progress.requiredRate.ratio),
    missingActuals: progress.missingActuals,
    findings: progress.findings.map((finding) => inDocument(finding, draft, position)),
  };
}

/** The remaining steps replanned after the first completed periods that have an actual. */
function replanOf(
  draft: DraftPlan,
  progress: ObjectiveProgress,
  options: ReplanOptions,
  summary: string,
): { readonly replan: PlanReplan; readonly after: ReadonlyMap<string, Decimal> } {
  const none = (reason: string) => ({
    replan: { kind: 'not-replanned', reason } as const,
    after: new Map<string, Decimal>(),
  });
  if (draft.cascade === null) return none('No strategic path to replan');
  const actuals: Array<{ readonly period: Period; readonly value: Decimal }> = [];
  for (const period of progress.periods) {
    if (period.state !== 'completed' || period.actual === null) break;
    actuals.push({ period: period.period, value: period.actual });
  }
  const next = progress.periods[actuals.length];
  if (actuals.length === 0) {
    return none(
      next?.state === 'completed'
        ? `${next.key} has ended without an actual`
        : 'No period of the path has ended yet',
    );
  }
  if (next === undefined) return none('Every period of the path has ended: nothing remains');
  try {
    const result = underOption(summary, ['options', 'cascade', 'replan'], () =>
      replan(draft.cascade as NonNullable<DraftPlan['cascade']>, actuals, options),
    );
    const after = new Map<string, Decimal>();
    const periods = progress.periods;
    result.remaining.forEach((step, i) => {
      const key = periods[result.elapsed + i]?.key;
      if (key !== undefined) after.set(key, step.after);
    });
    return {
      replan: {
        kind: 'replanned',
        policy: result.policy,
        elapsed: result.elapsed,
        gap: result.gap.toFixed(),
        findings: result.findings,
      },
      after,
    };
  } catch (error) {
    if (!isPartnerAlignmentError(error) || refusesOptions(error)) throw error;
    return none(reasonOf(error));
  }
}

/** One objective of the analysis: its plan period by period and where it stands. */
export function finishObjective(
  draft: DraftPlan,
  position: number,
  progress: ObjectiveProgress,
  options: ReplanOptions,
  summary: string,
): ObjectiveAnalysis {
  const { objective, precision } = draft;
  const show = (value: Decimal | null): string | null =>
    value === null ? null : value.toFixed(precision);
  const { replan: replanned, after } = replanOf(draft, progress, options, summary);
  const byKey = new Map(progress.periods.map((period) => [period.key, period]));
  const periods = draft.periods.map((period): PlanPeriod => {
    const measured = byKey.get(period.key);
    const goal = period.goal;
    const step = period.step;
    const departure = goal === null || step === null ? null : goal.goal.target.minus(step);
    return {
      period: period.key,
      start: period.start,
      end: period.end,
      state: measured?.state ?? 'future',
      step: show(step),
      goal:
        goal === null
          ? null
          : {
              target: goal.goal.target.toFixed(precision),
              provenance: goal.goal.provenance.status,
              index: goal.index,
            },
      planned: period.planned.toFixed(precision),
      departure:
        departure === null || step === null
          ? null
          : {
              value: departure.toFixed(precision),
              percent: percentOf(departure, step.abs())?.toFixed(1) ?? null,
            },
      actual: show(measured?.actual ?? null),
      replanned: show(after.get(period.key) ?? null),
    };
  });
  const plan: ObjectivePlan = {
    path: draft.cascade === null ? 'goals-only' : 'cascade',
    reason: draft.reason,
    granularity: draft.cascade?.granularity ?? null,
    periods,
    goals: draft.goals,
    replan: replanned,
  };
  const unit = objective.metric.unit;
  return {
    objective: objective.id,
    name: objective.name,
    kind: aggregationRules[objective.metric.aggregation].kind,
    unit: unit.kind === 'money' ? unit.currency : unit.kind,
    direction: objective.metric.direction,
    baseline: objective.baseline.toFixed(precision),
    target: objective.target.toFixed(precision),
    weight: objective.weight === undefined ? null : objective.weight.toFixed(),
    plan,
    progress: standingOf(progress, draft, position),
  };
}

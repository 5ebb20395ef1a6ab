/**
 * The strategic path of one objective and its goals: the cascade (or why there is none), every
 * goal's departure from its step, and the steps progress measures the objective against (the goal
 * where one exists for exactly a step's period, the step elsewhere).
 *
 * @module
 */
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import type { Period } from '../../calendar/period.js';
import { periodEnd, periodStart } from '../../calendar/period-bounds.js';
import { periodsBetween } from '../../calendar/periods-between.js';
import { cascade } from '../../cascade/cascade.js';
import type { Cascade } from '../../cascade/cascade-result.js';
import { cascadeSteps } from '../../cascade/cascade-steps.js';
import { departureFromStep } from '../../cascade/departure-from-step.js';
import { isPartnerAlignmentError, ValidationError } from '../../errors.js';
import { metricPrecision } from '../../model/metric.js';
import type { StrategicObjective } from '../../model/objective.js';
import type { Partnership } from '../../model/partnership.js';
import type { PeriodGoal } from '../../model/period-goal.js';
import { percentOf } from '../../money/decimal-arithmetic.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import type { PlanGoal } from '../objective-analysis.js';
import type { AnalysisSettings } from './read-options.js';

/** One step of the plan before progress: its period, dates, the path's step and the goal on it. */
export interface DraftPeriod {
  readonly period: Period;
  readonly key: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly step: Decimal | null;
  readonly goal: { readonly goal: PeriodGoal; readonly index: number } | null;
  /** The goal's target where there is a goal, else the step. */
  readonly planned: Decimal;
}

/** The strategic path of an objective with its goals, before progress. */
export interface DraftPlan {
  readonly objective: StrategicObjective;
  /** The cascade, or `null` with the reason. */
  readonly cascade: Cascade | null;
  readonly reason: string | null;
  readonly periods: ReadonlyArray<DraftPeriod>;
  readonly goals: ReadonlyArray<PlanGoal>;
  /** The decimals of the metric's values. */
  readonly precision: number;
}

/** What an error says in one sentence: its first issue's message, or its own. */
export function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) {
    const issue = error.issues[0];
    if (issue !== undefined) return `${issue.message} (${issue.path.join('.') || 'input'})`;
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

const samePeriod = (a: Period, b: Period): boolean =>
  a.granularity === b.granularity && a.year === b.year && a.index === b.index;

/**
 * The draft plan of an objective: its cascade (the objective's spec, or the analysis's default
 * granularity when the spec names none), each goal's departure from it, and the plan's periods.
 */
export function draftPlan(
  partnership: Partnership,
  objective: StrategicObjective,
  goals: ReadonlyArray<{ readonly goal: PeriodGoal; readonly index: number }>,
  settings: AnalysisSettings,
): DraftPlan {
  const calendar = partnership.calendar;
  let plan: Cascade | null = null;
  let reason: string | null = null;
  try {
    plan = cascade(
      objective,
      calendar,
      objective.cascade === undefined ? { granularity: settings.granularity } : undefined,
    );
  } catch (error) {
    if (!isPartnerAlignmentError(error)) throw error;
    reason = `No strategic path: ${reasonOf(error)}`;
  }
  const precision = metricPrecision(objective.metric);
  const show = (value: Decimal): string => value.toFixed(precision);
  let periods: DraftPeriod[];
  if (plan !== null) {
    const path = plan;
    // The periods of the steps, by the calendar's own bounds (cheaper than `cascadeSteps`, which
    // builds three Decimals a step); the cascade's steps are exactly these periods.
    const spans = periodsBetween(calendar, path.horizon.start, path.horizon.end, path.granularity);
    const steps =
      spans.length === path.length
        ? spans.map((span, i) => ({
            period: span.period,
            start: span.start,
            end: span.end,
            target: toDecimal(`${path.units[i]}e-${path.precision}`),
          }))
        : cascadeSteps(path);
    periods = steps.map((step) => {
      const found = goals.find(({ goal }) => samePeriod(goal.period, step.period)) ?? null;
      return {
        period: step.period,
        key: formatPeriodKey(step.period),
        start: step.start,
        end: step.end,
        step: step.target,
        goal: found,
        planned: found === null ? step.target : found.goal.target,
      };
    });
  } else {
    periods = goals
      .map(({ goal, index }) => ({
        period: goal.period,
        key: formatPeriodKey(goal.period),
        start: periodStart(calendar, goal.period),
        end: periodEnd(calendar, goal.period),
        step: null,
        goal: { goal, index },
        planned: goal.target,
      }))
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1));
  }
  const onStep = new Map<number, Decimal>();
  for (const period of periods) {
    if (period.goal !== null && period.step !== null) onStep.set(period.goal.index, period.step);
  }
  const planGoals = goals.map(({ goal, index }): PlanGoal => {
    let step: Decimal | null = onStep.get(index) ?? null;
    let departure: Decimal | null = step === null ? null : goal.target.minus(step);
    let percent: Decimal | null =
      step === null || departure === null ? null : percentOf(departure, step.abs());
    if (plan !== null && step === null) {
      try {
        // A goal on a longer period than the steps: the cascade combines the steps inside it.
        // Only the period and target: the provenance was checked with the document.
        ({ step, departure, percent } = departureFromStep(plan, {
          period: goal.period,
          target: goal.target,
        }));
      } catch (error) {
        if (!isPartnerAlignmentError(error)) throw error;
      }
    }
    return {
      index,
      period: formatPeriodKey(goal.period),
      target: show(goal.target),
      provenance: goal.provenance.status,
      step: step === null ? null : show(step),
      departure: departure === null ? null : show(departure),
      percent: percent === null ? null : percent.toFixed(1),
    };
  });
  return { objective, cascade: plan, reason, periods, goals: planGoals, precision };
}

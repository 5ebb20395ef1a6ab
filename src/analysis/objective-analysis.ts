import type { IsoDate } from '../calendar/iso-date.js';
import type { Granularity } from '../calendar/period.js';
import type { ReplanFindingCode } from '../cascade/replan-finding.js';
import type { ReplanPolicy } from '../cascade/replan-options.js';
import type { Finding } from '../model/finding.js';
import type { ObjectiveId } from '../model/ids.js';
import type { Direction } from '../model/metric.js';
import type { ProgressStatus } from '../progress/default-thresholds.js';
import type { ProgressFinding } from '../progress/progress-finding.js';
import type { ForecastMethod } from '../progress/progress-forecast.js';

/**
 * One period of an objective's plan: the cascade's step (the strategic path), the period goal
 * where one exists with its provenance and how far it departs from the step, what the plan asks
 * (the goal, else the step), the actual, and the step after the remaining steps were replanned.
 * Numbers are exact decimal strings in the metric's unit.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const [services] = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' }).objectives;
 * const q1 = services?.plan.periods[0];
 * [q1?.period, q1?.step, q1?.goal?.target, q1?.departure?.percent, q1?.actual]
 * //=> ['FY2027-Q1', '690135.94', '560000.00', '-18.9', '548300.00']
 * ```
 * @category Analysis
 */
export interface PlanPeriod {
  /** The period's key, such as `FY2027-Q1`. */
  readonly period: string;
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day. */
  readonly end: IsoDate;
  /** `completed` (ended by the as-of date), `current` or `future`. */
  readonly state: 'completed' | 'current' | 'future';
  /** The cascade's step: the amount (flows) or level at the period's end (stocks); `null` without a strategic path. */
  readonly step: string | null;
  /** The period goal of exactly this period, when there is one: its target, provenance and index in the document's goals. */
  readonly goal: {
    readonly target: string;
    readonly provenance: 'assigned' | 'proposed' | 'agreed';
    readonly index: number;
  } | null;
  /** What the plan asks of the period: the goal where one exists, else the step. */
  readonly planned: string;
  /** How far the goal departs from the step: `goal − step`, and as a percentage of |step| (1 decimal; `null` for a step of 0). */
  readonly departure: { readonly value: string; readonly percent: string | null } | null;
  /** The actual recorded for the period, or `null`. */
  readonly actual: string | null;
  /** A remaining step as replanned after the actuals; `null` for elapsed periods, or without a replan. */
  readonly replanned: string | null;
}

/**
 * A period goal of an objective and how far it departs from the strategic path: every goal of the
 * objective, also those on periods longer than the steps (a yearly goal against quarterly steps is
 * compared with the steps inside the year).
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const analysis = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * const deals = analysis.objectives.find((objective) => objective.objective === 'new-deals');
 * deals?.plan.goals.map((goal) => [goal.period, goal.provenance, goal.target, goal.step])
 * //=> [['FY2027-Q1', 'agreed', '4', '5'], ['FY2027-Q2', 'assigned', '5', '6']]
 * ```
 * @category Analysis
 */
export interface PlanGoal {
  /** The goal's index in the document's `goals`. */
  readonly index: number;
  /** Its period's key. */
  readonly period: string;
  /** Its target. */
  readonly target: string;
  /** How it was set. */
  readonly provenance: 'assigned' | 'proposed' | 'agreed';
  /** The cascade's value for the goal's period, or `null` (no strategic path, or a period shorter than the steps). */
  readonly step: string | null;
  /** `target − step`, or `null` without a step. */
  readonly departure: string | null;
  /** The departure as a percentage of |step| (1 decimal), or `null`. */
  readonly percent: string | null;
}

/**
 * How the remaining steps of the strategic path rebalance after the actuals (see `replan`), or
 * why they were not replanned (nothing elapsed yet, nothing left, or an actual missing).
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const [services] = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' }).objectives;
 * const replan = services?.plan.replan;
 * replan?.kind === 'replanned' ? [replan.policy, replan.elapsed, replan.gap] : replan?.reason
 * //=> ['keep-shape', 1, '141835.94']
 * ```
 * @category Analysis
 */
export type PlanReplan =
  | {
      readonly kind: 'replanned';
      readonly policy: ReplanPolicy;
      /** How many steps had actuals. */
      readonly elapsed: number;
      /** What the remaining steps make up: positive when the actuals fell behind the path. */
      readonly gap: string;
      /** Every way in which the new plan misses the target. */
      readonly findings: ReadonlyArray<Finding<ReplanFindingCode>>;
    }
  | { readonly kind: 'not-replanned'; readonly reason: string };

/**
 * The plan of one objective, period by period: the strategic path (its cascade) when it has one,
 * or why not, with the goals, their departures from it and the replanned remaining steps.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const [services] = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' }).objectives;
 * [services?.plan.path, services?.plan.granularity, services?.plan.periods.length] //=> ['cascade', 'quarter', 12]
 * ```
 * @category Analysis
 */
export interface ObjectivePlan {
  /** `cascade` when the objective has a strategic path; `goals-only` when it could not be cascaded. */
  readonly path: 'cascade' | 'goals-only';
  /** Why there is no strategic path, when there is none. */
  readonly reason: string | null;
  /** The granularity of the steps; `null` without a path. */
  readonly granularity: Granularity | null;
  /** Every step of the path in order (without a path: the goals' periods). */
  readonly periods: ReadonlyArray<PlanPeriod>;
  /** Every goal of the objective, with its departure from the path. */
  readonly goals: ReadonlyArray<PlanGoal>;
  /** The remaining steps after the actuals. */
  readonly replan: PlanReplan;
}

/**
 * Where an objective stands against its plan as of the date (see `evaluatePartnershipProgress`,
 * measured against the plan's periods): the status and its rule, the numbers to date, the same
 * actuals against a straight line, the forecast, the ratio the remaining periods need, the
 * periods that lack an actual, and the findings.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const [services] = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' }).objectives;
 * [services?.progress.status, services?.progress.pace, services?.progress.straightLine.status] //=> ['on-track', '0.9791071428571428571428571428571428571429', 'off-track']
 * ```
 * @category Analysis
 */
export interface ObjectiveStanding {
  readonly status: ProgressStatus;
  /** The rule that produced the status, with its numbers. */
  readonly rule: string;
  readonly expectedToDate: string;
  readonly actualToDate: string | null;
  readonly gap: string | null;
  readonly pace: string | null;
  readonly attainment: string | null;
  /** The same actuals against a straight line from the baseline to the target. */
  readonly straightLine: {
    readonly expectedToDate: string;
    readonly pace: string | null;
    readonly status: ProgressStatus;
  };
  /** The forecast at the plan's end, by the method of the progress options. */
  readonly forecast: { readonly method: ForecastMethod; readonly value: string | null };
  /** The plan's end the forecast refers to. */
  readonly planEnd: IsoDate;
  /** What the plan asks by its end (the sum of its steps for a flow, the target level for a stock). */
  readonly toReach: string;
  /** What the remaining periods must deliver against what the plan asked of them (1.2: 120 %), or `null`. */
  readonly requiredRatio: string | null;
  /** Keys of completed periods without an actual. */
  readonly missingActuals: ReadonlyArray<string>;
  readonly findings: ReadonlyArray<ProgressFinding>;
}

/**
 * One objective of a {@link PartnershipAnalysis}: what it measures, its plan period by period
 * and where it stands.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const analysis = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * analysis.objectives.map((objective) => [objective.objective, objective.kind, objective.unit])
 * //=> [['services-revenue', 'flow', 'USD'], ['certified-consultants', 'stock', 'count'], ['practice-utilization', 'stock', 'percent'], ['new-deals', 'flow', 'count'], ['resale-arr', 'stock', 'USD']]
 * ```
 * @category Analysis
 */
export interface ObjectiveAnalysis {
  readonly objective: ObjectiveId;
  readonly name: string;
  /** `flow` (`sum`), `stock` (`last`) or `average`, as the metric's aggregation rule says. */
  readonly kind: 'flow' | 'stock' | 'average';
  /** The unit: a currency code for money, else `count`, `percent` or `hours`. */
  readonly unit: string;
  readonly direction: Direction;
  readonly baseline: string;
  readonly target: string;
  /** The objective's weight in roll-ups, or `null` (counts as 1). */
  readonly weight: string | null;
  readonly plan: ObjectivePlan;
  readonly progress: ObjectiveStanding;
}

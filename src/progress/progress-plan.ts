import type { Actual, ActualJson } from '../model/actual.js';
import type { Metric, MetricJson } from '../model/metric.js';
import type { StrategicObjective, StrategicObjectiveJson } from '../model/objective.js';
import type { PeriodGoal, PeriodGoalJson } from '../model/period-goal.js';

/**
 * One step of a plan: a period and its target, as a period goal or a cascade's step has them (a
 * `PeriodGoal` or a cascade step is assignable; other fields are ignored). For a flow the target
 * is the amount planned for the period; for a stock or an average, the checkpoint level at the
 * period's end.
 *
 * @example
 * ```ts
 * import { toDecimal, type ProgressStep } from 'partner-alignment';
 * const step: ProgressStep = {
 *   period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 },
 *   target: toDecimal(10),
 * };
 * step.target //=> '10'
 * ```
 * @category Progress
 */
export type ProgressStep = Readonly<Pick<PeriodGoal, 'period' | 'target'>>;

/**
 * The plan progress is measured against, as parsed values: an objective and its period steps.
 * The objective is the model's `StrategicObjective` (assignable as it is) narrowed to what
 * progress reads; the steps come from a cascade or from the partnership's period goals
 * ({@link planFromGoals}). Progress never imports the cascade engine.
 *
 * For a flow (`aggregation: 'sum'`) a step's `target` is the amount planned for that period, and
 * the objective's `target` the total over the horizon. For a stock (`last`) or an `average`, a
 * step's `target` is the checkpoint level at the period's end, `baseline` the level at the
 * horizon's start and `target` the level at its end (the plan runs on to it when the steps stop
 * short). Steps should not overlap; their order does not matter. Every period must be of the
 * calendar progress is evaluated on.
 *
 * @example
 * ```ts
 * import { parsePartnership, planFromGoals, samples, type ProgressPlan } from 'partner-alignment';
 * const northwind = parsePartnership(samples.northwindAdvisory);
 * const plan: ProgressPlan = planFromGoals(northwind, 'new-deals');
 * plan.objective.metric.aggregation //=> 'sum'
 * ```
 * @category Progress
 */
export interface ProgressPlan {
  /** The objective: id, optional name, metric (aggregation and direction), baseline, target, horizon and optional roll-up weight. */
  readonly objective: Readonly<
    Pick<StrategicObjective, 'id' | 'baseline' | 'target' | 'horizon'>
  > & {
    readonly name?: StrategicObjective['name'] | undefined;
    readonly metric: Readonly<Pick<Metric, 'aggregation' | 'direction'>>;
    readonly weight?: StrategicObjective['weight'] | undefined;
  };
  /** The period steps of the plan: an amount per period (flows) or a checkpoint level (stocks, averages). */
  readonly steps: ReadonlyArray<ProgressStep>;
}

/**
 * A plan as written in JSON (see {@link ProgressPlan}): decimal strings, ISO dates and period
 * keys, read on the calendar progress is evaluated on.
 *
 * @example
 * ```ts
 * import type { ProgressPlanJson } from 'partner-alignment';
 * const plan: ProgressPlanJson = {
 *   objective: {
 *     id: 'deals',
 *     metric: { aggregation: 'sum', direction: 'increase' },
 *     baseline: '10',
 *     target: '20',
 *     horizon: { start: '2027-01-01', end: '2027-12-31' },
 *   },
 *   steps: [{ period: 'FY2027', target: '20' }],
 * };
 * plan.steps.length //=> 1
 * ```
 * @category Progress
 */
export interface ProgressPlanJson {
  /** The objective, as in a partnership document (other fields of a full objective are ignored). */
  readonly objective: Readonly<
    Pick<StrategicObjectiveJson, 'id' | 'baseline' | 'target' | 'horizon'>
  > & {
    readonly name?: StrategicObjectiveJson['name'] | undefined;
    readonly metric: Readonly<Pick<MetricJson, 'aggregation' | 'direction'>>;
    readonly weight?: StrategicObjectiveJson['weight'] | undefined;
  };
  /** The steps, each a period key and a decimal string. */
  readonly steps: ReadonlyArray<Readonly<Pick<PeriodGoalJson, 'period' | 'target'>>>;
}

/**
 * A recorded value of the objective's metric for one period, as parsed values (the model's
 * `Actual` is assignable). When `objective` is present, only actuals of the plan's objective are
 * read. Flows match actuals to steps by period (an actual of another granularity is not counted,
 * and a finding says so); stocks and averages read the latest level of any granularity. Of two
 * actuals for the same period the later in the list counts. An actual of another calendar than
 * the plan's is refused, never matched by its key.
 *
 * @example
 * ```ts
 * import { toDecimal, type ProgressActual } from 'partner-alignment';
 * const actual: ProgressActual = {
 *   period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 },
 *   value: toDecimal(4),
 * };
 * actual.value.toString() //=> '4'
 * ```
 * @category Progress
 */
export type ProgressActual = Readonly<Pick<Actual, 'period' | 'value'>> & {
  /** The objective measured; when absent the actual is taken to be the plan's. */
  readonly objective?: Actual['objective'] | undefined;
};

/**
 * An actual as written in JSON (see {@link ProgressActual}): a period key, read on the calendar
 * progress is evaluated on, and a decimal string.
 *
 * @example
 * ```ts
 * import type { ProgressActualJson } from 'partner-alignment';
 * const actual: ProgressActualJson = { objective: 'deals', period: 'FY2027-Q1', value: '4' };
 * actual.period //=> 'FY2027-Q1'
 * ```
 * @category Progress
 */
export type ProgressActualJson = Readonly<Pick<ActualJson, 'period' | 'value'>> & {
  /** The objective measured; when absent the actual is taken to be the plan's. */
  readonly objective?: ActualJson['objective'] | undefined;
};

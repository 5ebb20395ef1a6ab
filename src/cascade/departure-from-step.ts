import {
  argumentError,
  describeReceived,
  isRecord,
  kindOf,
  wrongType,
} from '../argument-checks.js';
import type { Period } from '../calendar/period.js';
import { acceptValue } from '../model/accept.js';
import type { ObjectiveId } from '../model/ids.js';
import { type PeriodGoal, type PeriodGoalJson, Provenance } from '../model/period-goal.js';
import { percentOf } from '../money/decimal-arithmetic.js';
import type { Decimal } from '../money/to-decimal.js';
import type { Cascade } from './cascade-result.js';
import { acceptDecimal, acceptPeriod } from './internal/accept-arguments.js';
import { acceptCascade } from './internal/accept-cascade.js';
import { stepsOfPeriod, valueOfSteps } from './internal/steps-of-period.js';
import { fromUnits, toUnits } from './internal/units.js';

/**
 * How far a period goal lies from the cascade's step for its period: the strategic path.
 *
 * @example
 * ```ts
 * import { toDecimal, type StepDeparture } from 'partner-alignment';
 * const departure: StepDeparture = {
 *   objective: 'deals' as never, period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 },
 *   goal: toDecimal('15'), step: toDecimal('12'), departure: toDecimal('3'), percent: toDecimal('25'),
 * };
 * departure.percent?.toString() //=> '25'
 * ```
 * @category Cascade
 */
export interface StepDeparture {
  /** The objective of the cascade and the goal. */
  readonly objective: ObjectiveId;
  /** The goal's period. */
  readonly period: Period;
  /** The goal's target. */
  readonly goal: Decimal;
  /** The cascade's value for the period (see {@link stepTarget}). */
  readonly step: Decimal;
  /** goal − step, in the metric's unit: positive when the goal lies above the step. */
  readonly departure: Decimal;
  /** The departure as a percentage of the step's size (|step|), to 1 decimal place; `null` when the step is 0. */
  readonly percent: Decimal | null;
}

/**
 * What {@link departureFromStep} reads of a period goal: its period and target, and optionally its
 * objective (which must be the cascade's) and provenance. A parsed `PeriodGoal` is one.
 *
 * @example
 * ```ts
 * import { toDecimal, type StepGoal } from 'partner-alignment';
 * const goal: StepGoal = { period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 }, target: toDecimal('15') };
 * goal.target.toString() //=> '15'
 * ```
 * @category Cascade
 */
export type StepGoal = Pick<PeriodGoal, 'period' | 'target'> &
  Partial<Pick<PeriodGoal, 'objective' | 'provenance'>>;

/**
 * A {@link StepGoal} as written in JSON: `{ "period": "FY2027-Q1", "target": "15" }`.
 *
 * @example
 * ```ts
 * import type { StepGoalJson } from 'partner-alignment';
 * const goal: StepGoalJson = { period: 'FY2027-Q1', target: '15', provenance: { status: 'assigned', assignedBy: 'vendor' } };
 * goal.period //=> 'FY2027-Q1'
 * ```
 * @category Cascade
 */
export type StepGoalJson = Pick<PeriodGoalJson, 'period' | 'target'> &
  Partial<Pick<PeriodGoalJson, 'objective' | 'provenance'>>;

const SUMMARY = 'Cannot compare the goal with the cascade';
const KEYS = ['objective', 'period', 'target', 'provenance'];

/**
 * How far a period goal departs from the cascade's step for its period, in units and in percent:
 * for example how far a goal assigned as quota lies above the strategic path. The goal's period
 * may be a step of the cascade or a coarser period (a quarterly goal against a monthly cascade is
 * compared with the steps inside the quarter, combined as the metric's aggregation rule says).
 *
 * @param plan - the objective's cascade (as {@link cascade} returns it, or its JSON)
 * @param goal - a period goal of the objective (parsed, or its JSON; see {@link StepGoal}); its
 * period is a period of the cascade's calendar or its key
 * @returns the goal, the step, and the departure in units and percent
 * @throws {@link ValidationError} for arguments that are not what they say (paths start at `plan`
 * or `goal`): a goal of another objective (`invalid-reference`), of another calendar
 * (`calendar-mismatch`), of a period shorter than the steps or outside the horizon, or finer than
 * the metric's precision
 * @example
 * ```ts
 * import { cascade, departureFromStep, calendarYear } from 'partner-alignment';
 * const plan = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '48', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'month' },
 * );
 * // A quarterly goal of 15 against three monthly steps of 4: 3 above, 25 % above.
 * const assigned = { objective: 'deals', period: 'FY2027-Q1', target: '15', provenance: { status: 'assigned', assignedBy: 'vendor' } } as const;
 * const result = departureFromStep(plan, assigned);
 * [result.step.toString(), result.departure.toString(), result.percent?.toString()] //=> ['12', '3', '25']
 * ```
 * @category Cascade
 */
export function departureFromStep(plan: Cascade, goal: StepGoal | StepGoalJson): StepDeparture {
  const accepted = acceptCascade(plan, SUMMARY);
  if (!isRecord(goal)) throw wrongType(SUMMARY, ['goal'], goal, 'a period goal { period, target }');
  for (const key in goal) {
    if (Object.hasOwn(goal, key) && !KEYS.includes(key)) {
      const value = (goal as Record<string, unknown>)[key];
      throw argumentError(
        SUMMARY,
        'unknown-field',
        ['goal', key],
        `Unknown field ${JSON.stringify(key.slice(0, 40))} of a period goal, received ${kindOf(value)}`,
        describeReceived(value),
        'only objective, period, target and provenance',
      );
    }
  }
  const given = goal as Record<string, unknown>;
  if (given['objective'] !== undefined && given['objective'] !== accepted.objective) {
    throw argumentError(
      SUMMARY,
      'invalid-reference',
      ['goal', 'objective'],
      `The goal is for another objective than the cascade's ${JSON.stringify(accepted.objective)}`,
      describeReceived(given['objective']),
      `the objective ${JSON.stringify(accepted.objective)}, or none`,
    );
  }
  if (given['provenance'] !== undefined) {
    acceptValue(Provenance, given['provenance'], SUMMARY, ['goal', 'provenance']);
  }
  const period = acceptPeriod(given['period'], accepted.calendar, SUMMARY, ['goal', 'period']);
  const target = acceptDecimal(given['target'], SUMMARY, ['goal', 'target']);
  const goalUnits = toUnits(target, accepted.precision, SUMMARY, ['goal', 'target']);
  const range = stepsOfPeriod(accepted, period, SUMMARY, ['goal', 'period']);
  const stepUnits = BigInt(valueOfSteps(accepted, range));
  const step = fromUnits(stepUnits, accepted.precision);
  const departure = fromUnits(BigInt(goalUnits) - stepUnits, accepted.precision);
  return {
    objective: accepted.objective,
    period,
    goal: fromUnits(goalUnits, accepted.precision),
    step,
    departure,
    percent: percentOf(departure, step.abs()),
  };
}

/**
 * The plan and the actuals at the boundary of the progress functions: JSON (decimal strings,
 * period keys) or parsed values, checked by the model's rules and laid out on the plan's
 * calendar. A period of another calendar is refused, never matched by its key. Values the library
 * parsed or built (a parsed objective, a plan from `planFromGoals`) pass without a second check.
 *
 * @module
 */
import { z } from 'zod';
import { checkOptions, isRecord, wrongType } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { acceptValue, isTrusted } from '../../model/accept.js';
import type { Actual } from '../../model/actual.js';
import { documentLimits } from '../../model/document-limits.js';
import { ObjectiveId } from '../../model/ids.js';
import { Aggregation, Direction, Metric } from '../../model/metric.js';
import { StrategicObjective } from '../../model/objective.js';
import type { PeriodGoal } from '../../model/period-goal.js';
import type { ProgressPlan } from '../progress-plan.js';
import { type CalendarDays, periodSpan, readPeriod } from './period-days.js';
import { byStart, type PlanStep, type RecordedActual } from './plan-input.js';
import { readDecimal, readList } from './read-values.js';

/** The objective as progress reads it: the model's rules for each field, other fields ignored. */
const ProgressObjective = z.lazy(() =>
  z.object({
    id: ObjectiveId,
    get name() {
      return StrategicObjective.shape.name.optional();
    },
    get metric() {
      return z.object({ aggregation: Aggregation, direction: Direction });
    },
    get baseline() {
      return StrategicObjective.shape.baseline;
    },
    get target() {
      return StrategicObjective.shape.target;
    },
    get horizon() {
      return StrategicObjective.shape.horizon;
    },
    get weight() {
      return StrategicObjective.shape.weight;
    },
  }),
);

/**
 * The keys of an objective and of a metric. Read from the schemas on first use, not on import:
 * reading a schema's `shape` builds every field of it (see CONTRIBUTING.md, "Cold import").
 */
const keysOf = {
  get objective(): ReadonlyArray<string> {
    return Object.keys(StrategicObjective.shape);
  },
  get metric(): ReadonlyArray<string> {
    return Object.keys(Metric.shape);
  },
};

/**
 * An objective argument, as values. Fields of a full objective that progress does not read are
 * let through; a key no objective has (a misspelt `weight`) is refused, never silently ignored.
 */
export function readObjective(
  value: unknown,
  summary: string,
  path: IssuePath,
): ProgressPlan['objective'] {
  if (isTrusted(value)) return value as ProgressPlan['objective'];
  if (isRecord(value)) {
    checkOptions(value, keysOf.objective, summary, path);
    if (isRecord(value['metric'])) {
      checkOptions(value['metric'], keysOf.metric, summary, [...path, 'metric']);
    }
  }
  return acceptValue(ProgressObjective, value, summary, path) as ProgressPlan['objective'];
}

/** A list of steps, checked and laid out, in period order. */
export function readSteps(
  days: CalendarDays,
  value: unknown,
  summary: string,
  path: IssuePath,
): PlanStep[] {
  const list = readList(value, summary, path, documentLimits.lists.goals, 'steps');
  const steps = list.map((item, origin) => {
    const at = [...path, origin];
    if (!isRecord(item)) {
      throw wrongType(summary, at, item, 'a step such as { period: "FY2027-Q1", target: "10" }');
    }
    const period = readPeriod(days, item['period'], summary, [...at, 'period']);
    const target = readDecimal(item['target'], summary, [...at, 'target']);
    const [first, last] = periodSpan(days, period);
    return { period, target, first, last, origin };
  });
  return steps.sort(byStart);
}

/** A list of actuals, checked and laid out, in the order given. */
export function readActuals(
  days: CalendarDays,
  value: unknown,
  summary: string,
  path: IssuePath,
): RecordedActual[] {
  const list = readList(value, summary, path, documentLimits.lists.actuals, 'actuals');
  return list.map((item, origin) => {
    const at = [...path, origin];
    if (!isRecord(item)) {
      throw wrongType(summary, at, item, 'an actual such as { period: "FY2027-Q1", value: "4" }');
    }
    const objective = item['objective'];
    if (objective !== undefined && typeof objective !== 'string') {
      throw wrongType(summary, [...at, 'objective'], objective, 'an objective id');
    }
    const period = readPeriod(days, item['period'], summary, [...at, 'period']);
    const recorded = readDecimal(item['value'], summary, [...at, 'value']);
    const [first, last] = periodSpan(days, period);
    return { objective, period, value: recorded, first, last, origin };
  });
}

/** The goals of a parsed partnership as steps, by objective, each list in period order. */
export function stepsByObjective(
  days: CalendarDays,
  goals: ReadonlyArray<PeriodGoal>,
): Map<string, PlanStep[]> {
  const byObjective = new Map<string, PlanStep[]>();
  goals.forEach((goal, origin) => {
    const [first, last] = periodSpan(days, goal.period);
    const step = { period: goal.period, target: goal.target, first, last, origin };
    const list = byObjective.get(goal.objective);
    if (list === undefined) byObjective.set(goal.objective, [step]);
    else list.push(step);
  });
  for (const list of byObjective.values()) list.sort(byStart);
  return byObjective;
}

/** The actuals of a parsed partnership, by objective, each list in the document's order. */
export function actualsByObjective(
  days: CalendarDays,
  actuals: ReadonlyArray<Actual>,
): Map<string, RecordedActual[]> {
  const byObjective = new Map<string, RecordedActual[]>();
  actuals.forEach((actual, origin) => {
    const [first, last] = periodSpan(days, actual.period);
    const recorded = {
      objective: actual.objective,
      period: actual.period,
      value: actual.value,
      first,
      last,
      origin,
    };
    const list = byObjective.get(actual.objective);
    if (list === undefined) byObjective.set(actual.objective, [recorded]);
    else list.push(recorded);
  });
  return byObjective;
}

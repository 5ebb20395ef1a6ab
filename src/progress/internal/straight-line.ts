/**
 * The same actuals against a straight line from the baseline to the target over the horizon, so
 * that a partner who only looks behind (behind the line, on pace against a seasonal plan) can be
 * told from one who is behind.
 *
 * @module
 */
import { withoutNegativeZero, ZERO } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { StraightLineProgress } from '../objective-progress.js';
import { flowPace, levelPace } from './direction-ratio.js';
import type { PlanContext } from './plan-context.js';
import { type Checkpoint, levelAt, meanLevel } from './plan-path.js';
import { classifyStatus } from './status.js';

function judged(
  context: PlanContext,
  expectedToDate: Decimal,
  actualToDate: Decimal | null,
  pace: Decimal | null,
  attainment: Decimal | null,
  missingPeriods: ReadonlyArray<string>,
  canAchieveEarly: boolean,
): StraightLineProgress {
  const gap =
    actualToDate === null ? null : withoutNegativeZero(actualToDate.minus(expectedToDate));
  const status = classifyStatus(context.status, {
    pace,
    attainment,
    missingPeriods,
    canAchieveEarly,
  });
  return { expectedToDate, gap, pace, status };
}

/**
 * A flow against its target spread evenly over the horizon's days, up to `throughDay` (the last
 * day the actuals to date cover; `null` when they cover none).
 */
export function flowStraightLine(
  context: PlanContext,
  actualToDate: Decimal | null,
  throughDay: number | null,
  attainment: Decimal | null,
  missingPeriods: ReadonlyArray<string>,
): StraightLineProgress {
  const { horizonFirst, horizonLast } = context;
  const { objective } = context.input;
  const horizonDays = horizonLast - horizonFirst + 1;
  const covered =
    throughDay === null ? 0 : Math.max(0, Math.min(horizonDays, throughDay - horizonFirst + 1));
  const expected =
    covered === 0 ? ZERO : withoutNegativeZero(objective.target.times(covered).div(horizonDays));
  const { direction } = objective.metric;
  const pace =
    actualToDate === null || throughDay === null
      ? null
      : flowPace(actualToDate, expected, direction, context.status.thresholds.maintainTolerance)
          .pace;
  return judged(
    context,
    expected,
    actualToDate,
    pace,
    attainment,
    missingPeriods,
    direction === 'increase',
  );
}

/**
 * A stock or an average against the straight line from the baseline (the day before the horizon)
 * to the target (its last day): the line's level on `measuredDay`, or for an average its mean
 * over the days `first` to `measuredDay` the latest actual covers.
 */
export function levelStraightLine(
  context: PlanContext,
  current: Decimal | null,
  first: number | null,
  measuredDay: number,
  attainment: Decimal | null,
  missingPeriods: ReadonlyArray<string>,
): StraightLineProgress {
  const { objective } = context.input;
  const line: ReadonlyArray<Checkpoint> = [
    { day: context.horizonFirst - 1, level: objective.baseline },
    { day: context.horizonLast, level: objective.target },
  ];
  const expected =
    first === null ? levelAt(line, measuredDay) : meanLevel(line, first, measuredDay);
  const { direction } = objective.metric;
  const pace =
    current === null
      ? null
      : levelPace(
          current,
          expected,
          objective.baseline,
          direction,
          context.status.thresholds.maintainTolerance,
        ).pace;
  return judged(
    context,
    expected,
    current,
    pace,
    attainment,
    missingPeriods,
    direction !== 'maintain',
  );
}

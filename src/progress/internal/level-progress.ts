/**
 * Pacing of a level (a stock such as ARR, or an average such as utilization): the plan's path
 * through its checkpoints from the baseline, the latest level recorded, and the movement from the
 * baseline against the movement planned by then. A stock's value is its level at the end of its
 * period; an average's is its mean over the period, so it is compared with the plan's mean over
 * the same days, as the metric's aggregation rule says.
 *
 * @module
 */
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import { isoDateUnchecked } from '../../calendar/unchecked-days.js';
import {
  withoutNegativeZero as clean,
  divideOrNull as divide,
  formatTrimmed as show,
} from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { RequiredRate } from '../progress-forecast.js';
import { directionRatio, levelPace, maintainRatio } from './direction-ratio.js';
import { addFinding, evidence } from './findings.js';
import { levelForecasts } from './level-forecasts.js';
import { listKeys } from './period-table.js';
import { pickForecast } from './pick-forecast.js';
import { type Paced, type PlanContext, periodProgress } from './plan-context.js';
import type { RecordedActual } from './plan-input.js';
import { type Checkpoint, levelAt, meanLevel } from './plan-path.js';
import { decideStatus } from './status.js';
import { levelStraightLine } from './straight-line.js';

/** The plan's path: the baseline the day before the horizon, then each step's checkpoint. */
function checkpointsOf(context: PlanContext): Checkpoint[] {
  const { objective } = context.input;
  const last = context.horizonLast;
  const checkpoints: Checkpoint[] = [
    { day: context.horizonFirst - 1, level: objective.baseline },
    // A partial last period's checkpoint is the level at the horizon's end, not the period's.
    ...context.rows.map((row) => ({ day: Math.min(row.step.last, last), level: row.step.target })),
  ];
  // Hand-set goals may stop short of the horizon: the objective's target is the level at its end.
  if ((checkpoints[checkpoints.length - 1] as Checkpoint).day < last) {
    checkpoints.push({ day: last, level: objective.target });
  }
  return checkpoints;
}

/** The latest level recorded by the as-of date, and the last day it refers to. */
function latestLevel(
  actuals: ReadonlyArray<RecordedActual>,
  asOfDay: number,
): { readonly actual: RecordedActual; readonly end: number } | null {
  let latest: { actual: RecordedActual; end: number } | null = null;
  for (const actual of actuals) {
    if (actual.first > asOfDay) continue;
    const end = Math.min(actual.last, asOfDay);
    if (latest === null || end >= latest.end) latest = { actual, end };
  }
  return latest;
}

/** The pacing of a stock or an average. */
export function paceLevel(context: PlanContext): Paced {
  const { rows, input, findings, evaluation, rule } = context;
  const { objective } = input;
  const { direction } = objective.metric;
  const baseline = objective.baseline;
  const { asOfDay, thresholds, runRatePeriods } = evaluation.settings;
  const tolerance = thresholds.maintainTolerance;
  const average = rule.kind === 'average';
  if (rows.length === 0) {
    addFinding(
      findings,
      'plan-without-steps',
      'info',
      'The plan has no steps: the level is expected to move in a straight line from the baseline to the target.',
      {},
    );
  }
  const checkpoints = checkpointsOf(context);
  const plannedOf = (first: number, last: number): Decimal =>
    average ? meanLevel(checkpoints, first, last) : levelAt(checkpoints, last);
  const periods = rows.map((row) => {
    const planned = average
      ? meanLevel(checkpoints, row.step.first, row.step.last)
      : row.step.target;
    const actual = row.actual?.value;
    const attainment =
      actual === undefined
        ? null
        : direction === 'maintain'
          ? directionRatio(actual, planned, direction, tolerance)
          : divide(actual.minus(baseline), planned.minus(baseline));
    return periodProgress(row, planned, attainment);
  });
  const latest = latestLevel(input.actuals, asOfDay);
  const missingRows = rows.filter((row) => row.state === 'completed' && row.actual === null);
  const missingActuals = missingRows.map((row) => row.key);
  const missingPeriods = latest === null ? missingActuals : [];
  const measuredDay = latest?.end ?? asOfDay;
  const measuredFrom = latest === null ? null : latest.actual.first;
  const expectedToDate =
    measuredFrom === null
      ? levelAt(checkpoints, measuredDay)
      : plannedOf(measuredFrom, measuredDay);
  const current = latest?.actual.value ?? null;
  const finalLevel = (checkpoints[checkpoints.length - 1] as Checkpoint).level;
  if (missingActuals.length > 0) {
    const latestKey = latest === null ? '' : formatPeriodKey(latest.actual.period);
    addFinding(
      findings,
      'actuals-missing',
      latest === null ? 'warning' : 'info',
      latest === null
        ? `No pace: no level has been recorded for ${listKeys(missingActuals)}.`
        : `No level was recorded for ${listKeys(missingActuals)}; the latest level, ${show(current)} for ${latestKey}, is read instead.`,
      { periods: listKeys(missingActuals), count: missingActuals.length },
      missingRows.map((row) =>
        evidence('Period without an actual', row.key, [
          ...input.sources.steps,
          row.step.origin,
          'period',
        ]),
      ),
      missingActuals.map((id) => ({ kind: 'period', id })),
    );
  }
  let pace: Decimal | null = null;
  let paceNote: string | null = null;
  // The plain ratio the pace was read from, which the plan-shape forecast applies.
  let paceRatio: Decimal | null = null;
  let progress: Decimal | null = null;
  let attainment: Decimal | null = null;
  if (current === null) {
    paceNote = 'No pace: no level has been recorded yet.';
    if (missingActuals.length === 0 && context.status.horizonStarted) {
      addFinding(findings, 'no-actual-yet', 'info', paceNote, {});
    }
  } else {
    progress = divide(current.minus(baseline), objective.target.minus(baseline));
    if (progress === null) {
      addFinding(
        findings,
        'target-equals-baseline',
        'info',
        'No progress: the target equals the baseline.',
        { target: objective.target.toFixed() },
      );
    }
    ({ pace, ratio: paceRatio } = levelPace(
      current,
      expectedToDate,
      baseline,
      direction,
      tolerance,
    ));
    if (direction === 'maintain') {
      const toTarget = divide(current, objective.target);
      attainment = toTarget === null ? null : maintainRatio(toTarget, tolerance);
      if (pace === null) {
        paceNote = 'No pace: the planned level is zero.';
        addFinding(findings, 'planned-level-zero', 'info', paceNote, {});
      }
    } else {
      attainment = progress;
      if (pace === null) {
        paceNote = 'No pace: the plan expected no movement from the baseline yet.';
        addFinding(findings, 'nothing-expected-to-date', 'info', paceNote, {
          level: current.toFixed(),
        });
      }
    }
  }
  const remainingSteps = rows.flatMap((row, i) => {
    const day = (checkpoints[i + 1] as Checkpoint).day;
    return day > measuredDay ? [{ key: row.key, level: row.step.target }] : [];
  });
  const plannedRemaining = clean(finalLevel.minus(expectedToDate));
  const needed = current === null ? null : clean(finalLevel.minus(current));
  const ratio = needed === null ? null : divide(needed, plannedRemaining);
  const requiredRate: RequiredRate = {
    toReach: finalLevel,
    needed,
    planned: plannedRemaining,
    ratio,
    periods: remainingSteps.map((s) => ({
      key: s.key,
      planned: s.level,
      required:
        current === null || ratio === null
          ? null
          : clean(current.plus(ratio.times(s.level.minus(expectedToDate)))),
    })),
  };
  const forecasts = levelForecasts({
    paceRatio,
    baseline,
    current,
    expectedToDate,
    finalLevel,
    direction,
    points: rows.flatMap((row, i) =>
      row.state !== 'future' && row.actual !== null
        ? [{ index: i + 1, value: row.actual.value }]
        : [],
    ),
    stepCount: rows.length,
    runRatePeriods,
  });
  const gap = current === null ? null : clean(current.minus(expectedToDate));
  const by = average
    ? `on average from ${isoDateUnchecked(measuredFrom ?? measuredDay)} to ${isoDateUnchecked(measuredDay)}`
    : `by ${isoDateUnchecked(measuredDay)}`;
  const status = decideStatus(context.status, {
    pace,
    attainment,
    expectedToDate,
    actualToDate: current,
    gap,
    missingPeriods,
    paceText:
      current === null
        ? 'no level recorded'
        : direction === 'maintain'
          ? `level ${show(current)} against ${show(expectedToDate)} planned ${by}`
          : `moved ${show(current.minus(baseline))} from the baseline ${show(baseline)} against ${show(expectedToDate.minus(baseline))} planned ${by}`,
    paceNote,
    canAchieveEarly: direction !== 'maintain',
  });
  return {
    planEnd: objective.horizon.end,
    periods,
    expectedToDate,
    actualToDate: current,
    gap,
    pace,
    attainment,
    progress,
    measuredAt: latest === null ? null : isoDateUnchecked(latest.end),
    straightLine: levelStraightLine(
      context,
      current,
      average ? measuredFrom : null,
      measuredDay,
      attainment,
      missingPeriods,
    ),
    missingActuals,
    forecast: pickForecast(forecasts, evaluation.settings.forecast),
    forecasts,
    requiredRate,
    status,
  };
}

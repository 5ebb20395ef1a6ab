/**
 * Pacing of a flow (an additive metric such as bookings): what the plan expected to date from its
 * own steps (completed periods in full, the running one prorated by its days when it has an
 * actual), the actuals of the same periods, pace, attainment, the rate the rest of the plan
 * requires, and the forecasts.
 *
 * @module
 */
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import { isoDateUnchecked } from '../../calendar/unchecked-days.js';
import {
  withoutNegativeZero as clean,
  divideOrNull as divide,
  ONE,
  formatTrimmed as show,
  sumDecimals as sum,
  ZERO,
} from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import { toDecimal } from '../../money/to-decimal.js';
import type { RequiredRate } from '../progress-forecast.js';
import { directionRatio, flowPace } from './direction-ratio.js';
import { addFinding, evidence } from './findings.js';
import { flowForecasts } from './flow-forecasts.js';
import { periodNumber } from './period-days.js';
import { listKeys } from './period-table.js';
import { pickForecast } from './pick-forecast.js';
import { type Paced, type PlanContext, periodProgress } from './plan-context.js';
import { decideStatus } from './status.js';
import { flowStraightLine } from './straight-line.js';

/** Says which of the objective's actuals no step of the plan counts, and why. */
function reportUncounted(context: PlanContext): void {
  const { rows, input, findings } = context;
  const steps = new Set(rows.map((row) => periodNumber(row.step.period)));
  const uncounted = input.actuals.filter((a) => !steps.has(periodNumber(a.period)));
  if (uncounted.length === 0) return;
  const granularities = new Set(rows.map((row) => row.step.period.granularity));
  const other = uncounted.filter((a) => !granularities.has(a.period.granularity));
  const outside = uncounted.filter((a) => granularities.has(a.period.granularity));
  const path = input.sources.actuals;
  const evidenceOf = (list: typeof other) =>
    list.map((a) =>
      evidence(`Actual for ${formatPeriodKey(a.period)}`, a.value.toFixed(), [...path, a.origin]),
    );
  const keys = (list: typeof other) => list.map((a) => formatPeriodKey(a.period));
  if (other.length > 0 && rows.length > 0) {
    const planned = [...granularities].join(' or ');
    addFinding(
      findings,
      'actual-granularity-mismatch',
      'warning',
      `${other.length} actual(s) recorded for periods of another granularity than the plan’s steps (${planned}) were not counted: ${listKeys(keys(other))}.`,
      { count: other.length, granularity: planned, periods: listKeys(keys(other)) },
      evidenceOf(other),
      keys(other).map((id) => ({ kind: 'period', id })),
    );
  }
  const beside = rows.length > 0 ? outside : [...other, ...outside];
  if (beside.length > 0) {
    addFinding(
      findings,
      'actual-outside-plan',
      'info',
      `${beside.length} actual(s) recorded for periods that are not steps of the plan were not counted: ${listKeys(keys(beside))}.`,
      { count: beside.length, periods: listKeys(keys(beside)) },
      evidenceOf(beside),
      keys(beside).map((id) => ({ kind: 'period', id })),
    );
  }
}

/** The pacing of a flow. */
export function paceFlow(context: PlanContext): Paced {
  const { rows, input, findings, evaluation } = context;
  const { objective } = input;
  const { direction } = objective.metric;
  const { thresholds, runRatePeriods } = evaluation.settings;
  const tolerance = thresholds.maintainTolerance;
  if (rows.length === 0) {
    addFinding(
      findings,
      'plan-without-steps',
      'warning',
      'The plan has no steps, so nothing is expected to date: give it a cascade’s steps or period goals.',
      {},
    );
  }
  reportUncounted(context);
  const periods = rows.map((row) =>
    periodProgress(
      row,
      row.step.target,
      row.actual === null
        ? null
        : directionRatio(row.actual.value, row.step.target, direction, tolerance),
    ),
  );
  const completed = rows.filter((row) => row.state === 'completed');
  const current = rows.find((row) => row.state === 'current');
  const missingRows = completed.filter((row) => row.actual === null);
  const missingPeriods = missingRows.map((row) => row.key);
  const counting = current?.actual != null ? current : undefined;
  const currentShare =
    counting === undefined ? null : toDecimal(counting.elapsedDays).div(counting.totalDays);
  // The current period's expected part, multiplied before dividing so whole shares stay exact.
  const currentExpected =
    counting === undefined
      ? ZERO
      : counting.step.target.times(counting.elapsedDays).div(counting.totalDays);
  const expectedToDate = clean(sum(completed.map((row) => row.step.target)).plus(currentExpected));
  const actualToDate =
    missingRows.length > 0
      ? null
      : sum([
          ...completed.map((row) => row.actual?.value ?? ZERO),
          counting?.actual?.value ?? ZERO,
        ]);
  const counted = completed.length + (counting === undefined ? 0 : 1);
  let pace: Decimal | null = null;
  let paceNote: string | null = null;
  // The plain ratio of actual to expected, which the plan-shape forecast applies.
  let paceRatio: Decimal | null = null;
  if (actualToDate === null) {
    paceNote = `No pace: actuals are missing for ${missingPeriods.join(', ')}.`;
    addFinding(
      findings,
      'actuals-missing',
      'warning',
      paceNote,
      { periods: listKeys(missingPeriods), count: missingPeriods.length },
      missingRows.map((row) =>
        evidence('Period without an actual', row.key, [
          ...input.sources.steps,
          row.step.origin,
          'period',
        ]),
      ),
      missingPeriods.map((id) => ({ kind: 'period', id })),
    );
  } else if (counted === 0) {
    paceNote =
      'No pace: no period of the plan has completed and the running one has no actual yet.';
    if (context.status.horizonStarted) addFinding(findings, 'no-actual-yet', 'info', paceNote, {});
  } else {
    ({ pace, ratio: paceRatio } = flowPace(actualToDate, expectedToDate, direction, tolerance));
    if (pace === null) {
      paceNote = 'No pace: the plan expected nothing to date.';
      addFinding(findings, 'nothing-expected-to-date', 'info', paceNote, {
        actualToDate: actualToDate.toFixed(),
      });
    }
  }
  const horizonEnded = context.status.horizonEnded;
  let attainment: Decimal | null = null;
  if (actualToDate !== null) {
    if (direction === 'increase' || horizonEnded) {
      attainment = directionRatio(actualToDate, objective.target, direction, tolerance);
      if (attainment === null) {
        addFinding(
          findings,
          'target-zero',
          'info',
          'No attainment: the objective’s target is zero.',
          {},
        );
      }
    } else {
      addFinding(
        findings,
        'attainment-at-horizon-end',
        'info',
        `No attainment yet: a ${direction} flow’s total is judged when the horizon ends on ${objective.horizon.end}.`,
        { direction, end: objective.horizon.end },
      );
    }
  }
  // What remains of the plan: the future periods and the unelapsed part of the current one.
  const remaining = rows.flatMap((row, i) =>
    row.state === 'completed'
      ? []
      : [
          {
            key: row.key,
            index: i + 1,
            share: row === counting && currentShare ? ONE.minus(currentShare) : ONE,
            planned:
              row === counting ? clean(row.step.target.minus(currentExpected)) : row.step.target,
          },
        ],
  );
  const plannedRemaining = sum(remaining.map((r) => r.planned));
  const toReach = sum(rows.map((row) => row.step.target));
  const needed = actualToDate === null ? null : clean(toReach.minus(actualToDate));
  const ratio = needed === null ? null : divide(needed, plannedRemaining);
  const requiredRate: RequiredRate = {
    toReach,
    needed,
    planned: plannedRemaining,
    ratio,
    periods: remaining.map((r) => ({
      key: r.key,
      planned: r.planned,
      required: ratio === null ? null : clean(r.planned.times(ratio)),
    })),
  };
  const forecasts = flowForecasts({
    paceRatio,
    actualToDate,
    expectedToDate,
    plannedRemaining,
    completed: rows.flatMap((row, i) =>
      row.state === 'completed' ? [{ index: i + 1, value: row.actual?.value ?? null }] : [],
    ),
    remaining,
    runRatePeriods,
  });
  const gap = actualToDate === null ? null : clean(actualToDate.minus(expectedToDate));
  const status = decideStatus(context.status, {
    pace,
    attainment,
    expectedToDate,
    actualToDate,
    gap,
    missingPeriods,
    paceText: `actual ${show(actualToDate)} against ${show(expectedToDate)} expected to date`,
    paceNote,
    canAchieveEarly: direction === 'increase',
  });
  const lastCompleted = completed.reduce((day, row) => Math.max(day, row.end), -Infinity);
  const throughDay =
    counting !== undefined
      ? evaluation.settings.asOfDay
      : completed.length > 0
        ? lastCompleted
        : null;
  const lastStepEnd = rows.reduce((day, row) => Math.max(day, row.end), -Infinity);
  return {
    planEnd: rows.length === 0 ? objective.horizon.end : isoDateUnchecked(lastStepEnd),
    periods,
    expectedToDate,
    actualToDate,
    gap,
    pace,
    attainment,
    progress: null,
    measuredAt: null,
    straightLine: flowStraightLine(context, actualToDate, throughDay, attainment, missingPeriods),
    missingActuals: missingPeriods,
    forecast: pickForecast(forecasts, evaluation.settings.forecast),
    forecasts,
    requiredRate,
    status,
  };
}

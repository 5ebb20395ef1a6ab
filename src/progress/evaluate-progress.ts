import { comparePeriods } from '../calendar/compare-periods.js';
import { elapsedShare } from '../calendar/elapsed-share.js';
import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../calendar/format-period-key.js';
import { IsoDate } from '../calendar/iso-date.js';
import type { Period } from '../calendar/period.js';
import { periodEnd, periodStart } from '../calendar/period-bounds.js';
import { ValidationError } from '../errors.js';
import { type Decimal, toDecimal } from '../money/to-decimal.js';
import { defaultProgressThresholds, type ProgressThresholds } from './default-thresholds.js';
import { dayNumber } from './internal/days.js';
import { flowForecasts, type StockSeries, stockForecasts } from './internal/forecast.js';
import {
  clean,
  directionRatio,
  divide,
  maintainRatio,
  ONE,
  show,
  sum,
  ZERO,
} from './internal/numbers.js';
import { decideStatus, type Thresholds } from './internal/status.js';
import type { ProgressActual, ProgressPlan } from './progress-plan.js';
import type {
  ForecastMethod,
  ObjectiveProgress,
  PeriodProgress,
  RequiredRate,
} from './progress-result.js';

/**
 * Options of {@link evaluateProgress}.
 *
 * @example
 * ```ts
 * import type { EvaluateProgressOptions } from 'partner-alignment';
 * const options: EvaluateProgressOptions = { asOf: '2027-08-15', forecast: 'trend', thresholds: { onTrack: '0.9' } };
 * options.forecast //=> 'trend'
 * ```
 * @category Progress
 */
export interface EvaluateProgressOptions {
  /** The date to measure at, `YYYY-MM-DD`; its day counts as elapsed. Required: progress never reads the clock. */
  readonly asOf: IsoDate;
  /** The forecast method reported as `forecast`: `'plan-shape'` (default), `'run-rate'` or `'trend'`. All three are in `forecasts`. */
  readonly forecast?: ForecastMethod | undefined;
  /** How many recent completed periods the `run-rate` forecast averages. Default 3 (a quarter of months, or three quarters). */
  readonly runRatePeriods?: number | undefined;
  /** Thresholds to override, as decimal strings; the rest keep {@link defaultProgressThresholds}. */
  readonly thresholds?: Partial<ProgressThresholds> | undefined;
}

/**
 * Tells where an objective stands against the plan agreed for it, as of a date, in a way that
 * respects the plan's shape: what is expected to date comes from the plan's own steps (completed
 * periods in full, the current one prorated by its days inside the horizon), so a Q4-heavy plan is not "behind" in
 * August. Works the same for a cascade's steps and for hand-set period goals
 * ({@link planFromGoals}); progress never imports the cascade engine.
 *
 * A missing actual is never a zero: a flow with a completed period lacking its actual gets the
 * status `unknown`, listing the periods; a stock reads its latest actual. Ratios that would
 * divide by zero are `null`, with the reason in `notes`. Inputs are never mutated.
 *
 * @param plan - the objective and its steps (a flow's amounts per period, a stock's checkpoint levels)
 * @param actuals - recorded values; those of other objectives are skipped
 * @param calendar - the fiscal calendar of the steps' periods
 * @param options - `asOf` (required), the forecast method, run-rate window and thresholds
 * @returns per-period and to-date numbers, pace, attainment, forecasts, required rate and an explained status
 * @throws {@link ValidationError} when `asOf` is not a real date, a threshold is not a decimal, or `runRatePeriods` is not a positive integer
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress, toDecimal } from 'partner-alignment';
 * const q = (index: number) => ({ calendar: 'calendar', granularity: 'quarter', year: 2027, index }) as const;
 * // A Q4-heavy plan: 10, 10, 20, 60. By 2027-08-15 (46 of Q3's 92 days), Q1 and Q2 are in.
 * const plan = {
 *   objective: { id: 'bookings', metric: { aggregation: 'sum', direction: 'increase' }, baseline: toDecimal(80), target: toDecimal(100), horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   steps: [10, 10, 20, 60].map((target, i) => ({ period: q(i + 1), target: toDecimal(target) })),
 * } as const;
 * const progress = evaluateProgress(plan, [{ period: q(1), value: toDecimal(10) }, { period: q(2), value: toDecimal(10) }], calendarYear, { asOf: '2027-08-15' });
 * progress.pace //=> '1'
 * progress.status.status //=> 'on-track'
 * progress.requiredRate.ratio //=> '1'
 * ```
 * @category Progress
 */
export function evaluateProgress(
  plan: ProgressPlan,
  actuals: ReadonlyArray<ProgressActual>,
  calendar: FiscalCalendar,
  options: EvaluateProgressOptions,
): ObjectiveProgress {
  const asOf = checkDate(options.asOf);
  const thresholds = resolveThresholds(options.thresholds);
  const runRatePeriods = checkRunRate(options.runRatePeriods ?? 3);
  const objective = plan.objective;
  const direction = objective.metric.direction;
  const isFlow = objective.metric.aggregation === 'sum';
  const own = actuals.filter((a) => a.objective === undefined || a.objective === objective.id);
  const byKey = new Map<string, Decimal>();
  for (const actual of own) byKey.set(formatPeriodKey(actual.period), actual.value);

  const steps = [...plan.steps].sort((a, b) => comparePeriods(a.period, b.period));
  const baseline = objective.baseline;
  const notes: string[] = [];
  const periods: PeriodProgress[] = steps.map((step) => {
    const key = formatPeriodKey(step.period);
    const { elapsedDays, totalDays } = coveredElapsed(
      calendar,
      step.period,
      objective.horizon,
      asOf,
    );
    const state =
      elapsedDays === 0 ? 'future' : elapsedDays === totalDays ? 'completed' : 'current';
    const actual = byKey.get(key) ?? null;
    let attainment: Decimal | null = null;
    if (actual !== null) {
      if (isFlow || direction === 'maintain') {
        attainment = directionRatio(actual, step.target, direction, thresholds.maintainTolerance);
      } else {
        attainment = divide(actual.minus(baseline), step.target.minus(baseline));
      }
    }
    return {
      period: step.period,
      key,
      state,
      elapsedDays,
      totalDays,
      target: step.target,
      actual,
      attainment,
    };
  });
  const horizonStarted = dayNumber(asOf) >= dayNumber(objective.horizon.start);
  const horizonEnded = dayNumber(asOf) >= dayNumber(objective.horizon.end);
  const base = {
    objective: objective.id,
    name: objective.name ?? null,
    weight: objective.weight ?? null,
    direction,
    asOf,
    periods,
  };
  const context = {
    thresholds,
    horizonStarted,
    horizonEnded,
    horizon: objective.horizon,
    asOf,
    direction,
  };

  if (steps.length === 0) {
    notes.push(
      isFlow
        ? 'The plan has no steps, so nothing is expected to date: give it a cascade’s steps or period goals.'
        : 'The plan has no steps: the level is expected to move in a straight line from the baseline to the target.',
    );
  }
  if (isFlow) {
    const stepKeys = new Set(periods.map((p) => p.key));
    const outside = own.filter((a) => !stepKeys.has(formatPeriodKey(a.period))).length;
    if (outside > 0) {
      notes.push(
        `${outside} actual(s) recorded for periods that are not steps of the plan were not counted.`,
      );
    }
    const completed = periods.filter((p) => p.state === 'completed');
    const current = periods.find((p) => p.state === 'current');
    const missingPeriods = completed.filter((p) => p.actual === null).map((p) => p.key);
    const currentShare =
      current?.actual != null ? toDecimal(current.elapsedDays).div(current.totalDays) : null;
    // The current period's expected part, multiplied before dividing so whole shares stay exact.
    const currentExpected =
      current && currentShare
        ? current.target.times(current.elapsedDays).div(current.totalDays)
        : ZERO;
    const expectedToDate = clean(sum(completed.map((p) => p.target)).plus(currentExpected));
    const actualToDate =
      missingPeriods.length > 0
        ? null
        : sum([...completed.map((p) => p.actual ?? ZERO), current?.actual ?? ZERO]);
    const counted = completed.length + (currentShare ? 1 : 0);
    let pace: Decimal | null = null;
    let paceNote: string | null = null;
    if (actualToDate === null) {
      paceNote = `No pace: actuals are missing for ${missingPeriods.join(', ')}.`;
    } else if (counted === 0) {
      paceNote =
        'No pace: no period of the plan has completed and the running one has no actual yet.';
    } else if (expectedToDate.isZero()) {
      if (actualToDate.isZero()) pace = ONE;
      else paceNote = 'No pace: the plan expected nothing to date.';
    } else {
      pace = directionRatio(actualToDate, expectedToDate, direction, thresholds.maintainTolerance);
    }
    if (paceNote !== null) notes.push(paceNote);
    let attainment: Decimal | null = null;
    if (actualToDate !== null) {
      if (direction === 'increase' || horizonEnded) {
        attainment = directionRatio(
          actualToDate,
          objective.target,
          direction,
          thresholds.maintainTolerance,
        );
        if (attainment === null) notes.push('No attainment: the objective’s target is zero.');
      } else {
        notes.push(
          `No attainment yet: a ${direction} flow’s total is judged when the horizon ends on ${objective.horizon.end}.`,
        );
      }
    }
    // What remains of the plan: the future periods and the unelapsed part of the current one.
    const remaining = periods
      .filter((p) => p.state !== 'completed')
      .map((p) => ({
        key: p.key,
        index: periods.indexOf(p) + 1,
        share: p.state === 'current' && currentShare ? ONE.minus(currentShare) : ONE,
        planned:
          p.state === 'current' && currentShare ? clean(p.target.minus(currentExpected)) : p.target,
      }));
    const plannedRemaining = sum(remaining.map((r) => r.planned));
    const toReach = sum(periods.map((p) => p.target));
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
      actualToDate,
      expectedToDate,
      plannedRemaining,
      completed: completed.map((p) => ({ index: periods.indexOf(p) + 1, value: p.actual })),
      remaining,
      runRatePeriods,
    });
    const gap = actualToDate === null ? null : clean(actualToDate.minus(expectedToDate));
    const status = decideStatus(context, {
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
    return {
      kind: 'flow',
      ...base,
      expectedToDate,
      actualToDate,
      gap,
      pace,
      attainment,
      progress: null,
      measuredAt: null,
      forecast: pick(forecasts, options.forecast),
      forecasts,
      requiredRate,
      status,
      notes,
    };
  }

  // Stocks and averages: levels, compared at the date the latest level refers to.
  const horizonEndDay = dayNumber(objective.horizon.end);
  const checkpoints = [
    { day: dayNumber(objective.horizon.start) - 1, level: baseline },
    // A partial last period's checkpoint is the level at the horizon's end, not the period's.
    ...steps.map((s) => ({
      day: Math.min(dayNumber(periodEnd(calendar, s.period)), horizonEndDay),
      level: s.target,
    })),
  ];
  // Hand-set goals may stop short of the horizon: the objective's target is the level at its end.
  if ((checkpoints[checkpoints.length - 1]?.day ?? horizonEndDay) < horizonEndDay) {
    checkpoints.push({ day: horizonEndDay, level: objective.target });
  }
  const levelAt = (day: number): Decimal => interpolate(checkpoints, day);
  const asOfDay = dayNumber(asOf);
  let latest: { value: Decimal; day: number } | null = null;
  for (const actual of own) {
    if (dayNumber(periodStart(calendar, actual.period)) > asOfDay) continue;
    const day = Math.min(dayNumber(periodEnd(calendar, actual.period)), asOfDay);
    if (latest === null || day >= latest.day) latest = { value: actual.value, day };
  }
  const completedKeys = periods.filter((p) => p.state === 'completed').map((p) => p.key);
  const missingPeriods = latest === null ? completedKeys : [];
  const measuredDay = latest?.day ?? asOfDay;
  const expectedToDate = levelAt(measuredDay);
  const current = latest?.value ?? null;
  const finalLevel = checkpoints[checkpoints.length - 1]?.level ?? objective.target;
  let pace: Decimal | null = null;
  let paceNote: string | null = null;
  let progress: Decimal | null = null;
  let attainment: Decimal | null = null;
  if (current === null) {
    paceNote = 'No pace: no level has been recorded yet.';
  } else {
    progress = divide(current.minus(baseline), objective.target.minus(baseline));
    if (progress === null) notes.push('No progress: the target equals the baseline.');
    if (direction === 'maintain') {
      pace = directionRatio(current, expectedToDate, direction, thresholds.maintainTolerance);
      if (pace === null) paceNote = 'No pace: the planned level is zero.';
      const toTarget = divide(current, objective.target);
      attainment = toTarget === null ? null : maintainRatio(toTarget, thresholds.maintainTolerance);
    } else {
      const planned = expectedToDate.minus(baseline);
      const moved = current.minus(baseline);
      if (planned.isZero()) {
        if (moved.isZero()) pace = ONE;
        else paceNote = 'No pace: the plan expected no movement from the baseline yet.';
      } else {
        pace = clean(moved.div(planned));
      }
      attainment = progress;
    }
  }
  if (paceNote !== null) notes.push(paceNote);
  const measuredAt = latest === null ? null : isoOfDay(latest.day);
  const remainingSteps = steps
    .map((s, i) => ({
      key: formatPeriodKey(s.period),
      index: i + 1,
      level: s.target,
      day: checkpoints[i + 1]?.day ?? 0,
    }))
    .filter((s) => s.day > measuredDay);
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
  const series: StockSeries = {
    baseline,
    current,
    expectedToDate,
    finalLevel,
    direction,
    points: periods
      .map((p, i) => ({ index: i + 1, value: p.state === 'future' ? null : p.actual }))
      .filter((p): p is { index: number; value: Decimal } => p.value !== null),
    stepCount: steps.length,
    runRatePeriods,
  };
  const forecasts = stockForecasts(series);
  const gap = current === null ? null : clean(current.minus(expectedToDate));
  const status = decideStatus(context, {
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
          ? `level ${show(current)} against ${show(expectedToDate)} planned by ${isoOfDay(measuredDay)}`
          : `moved ${show(current.minus(baseline))} from the baseline ${show(baseline)} against ${show(expectedToDate.minus(baseline))} planned by ${isoOfDay(measuredDay)}`,
    paceNote,
    canAchieveEarly: direction !== 'maintain',
  });
  return {
    kind: 'stock',
    ...base,
    expectedToDate,
    actualToDate: current,
    gap,
    pace,
    attainment,
    progress,
    measuredAt,
    forecast: pick(forecasts, options.forecast),
    forecasts,
    requiredRate,
    status,
    notes,
  };
}

/**
 * Elapsed and total days of a step's period counting only the days inside the horizon, so a
 * partial first or last period (whose target covers only those days) is prorated over them. A
 * step wholly outside the horizon (hand-set goals may be) keeps its whole period.
 */
function coveredElapsed(
  calendar: FiscalCalendar,
  period: Period,
  horizon: { readonly start: IsoDate; readonly end: IsoDate },
  asOf: IsoDate,
): { elapsedDays: number; totalDays: number } {
  const whole = elapsedShare(calendar, period, asOf);
  const first = dayNumber(periodStart(calendar, period));
  const last = first + whole.totalDays - 1;
  const from = Math.max(first, dayNumber(horizon.start));
  const to = Math.min(last, dayNumber(horizon.end));
  if (from > to || (from === first && to === last)) return whole;
  const totalDays = to - from + 1;
  const elapsed = dayNumber(asOf) - from + 1;
  return { elapsedDays: Math.max(0, Math.min(elapsed, totalDays)), totalDays };
}

function interpolate(
  checkpoints: ReadonlyArray<{ readonly day: number; readonly level: Decimal }>,
  day: number,
): Decimal {
  let previous = checkpoints[0];
  if (previous === undefined || day <= previous.day) return previous?.level ?? ZERO;
  for (const next of checkpoints.slice(1)) {
    if (day <= next.day) {
      const span = next.day - previous.day;
      if (span <= 0) return next.level;
      const moved = next.level
        .minus(previous.level)
        .times(day - previous.day)
        .div(span);
      return clean(previous.level.plus(moved));
    }
    previous = next;
  }
  return previous.level;
}

function isoOfDay(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function pick<T extends { readonly method: ForecastMethod }>(
  forecasts: ReadonlyArray<T>,
  method: ForecastMethod | undefined,
): T {
  const wanted = method ?? 'plan-shape';
  const found = forecasts.find((f) => f.method === wanted);
  if (found === undefined) {
    throw new ValidationError('Invalid progress options', [
      {
        code: 'invalid-value',
        path: ['forecast'],
        message: 'Unknown forecast method',
        received: JSON.stringify(wanted),
        expected: '"plan-shape", "run-rate" or "trend"',
      },
    ]);
  }
  return found;
}

function checkDate(value: unknown): IsoDate {
  const parsed = IsoDate.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ValidationError('Invalid progress options', [
    {
      code: 'invalid-date',
      path: ['asOf'],
      message: 'asOf must be a real date',
      received: JSON.stringify(value) ?? String(value),
      expected: 'a YYYY-MM-DD date such as "2027-08-15"',
    },
  ]);
}

function checkRunRate(value: number): number {
  if (Number.isSafeInteger(value) && value >= 1) return value;
  throw new ValidationError('Invalid progress options', [
    {
      code: 'not-an-integer',
      path: ['runRatePeriods'],
      message: 'runRatePeriods must be a positive integer',
      received: String(value),
      expected: 'an integer of 1 or more, such as 3',
    },
  ]);
}

function resolveThresholds(overrides: Partial<ProgressThresholds> | undefined): Thresholds {
  const merged: ProgressThresholds = { ...defaultProgressThresholds, ...overrides };
  const read = (name: keyof ProgressThresholds): Decimal => {
    try {
      return toDecimal(merged[name]);
    } catch {
      throw new ValidationError('Invalid progress options', [
        {
          code: 'invalid-decimal',
          path: ['thresholds', name],
          message: 'Threshold is not a decimal number',
          received: JSON.stringify(merged[name]) ?? String(merged[name]),
          expected: 'a decimal string such as "0.95"',
        },
      ]);
    }
  };
  return {
    ahead: read('ahead'),
    onTrack: read('onTrack'),
    atRisk: read('atRisk'),
    achieved: read('achieved'),
    maintainTolerance: read('maintainTolerance'),
  };
}

import { isRecord, wrongType } from '../argument-checks.js';
import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { ProgressThresholds } from './default-thresholds.js';
import { evaluatePlan } from './internal/evaluate-plan.js';
import { calendarDays } from './internal/period-days.js';
import { readCalendar } from './internal/read-calendar.js';
import { readProgressOptions } from './internal/read-options.js';
import { readActuals, readObjective, readSteps } from './internal/read-plan.js';
import type { ObjectiveProgress } from './objective-progress.js';
import type { ForecastMethod } from './progress-forecast.js';
import type {
  ProgressActual,
  ProgressActualJson,
  ProgressPlan,
  ProgressPlanJson,
} from './progress-plan.js';

/**
 * Options of {@link evaluateProgress} (and of {@link evaluatePartnershipProgress}, which adds
 * `steps`). Unknown keys are refused.
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
  /** The date to measure at, `YYYY-MM-DD` (a real date; its day counts as elapsed). Required: progress never reads the clock. */
  readonly asOf: IsoDate;
  /** The forecast method reported as `forecast`: `'plan-shape'` (default), `'run-rate'` or `'trend'`. All three are in `forecasts`. */
  readonly forecast?: ForecastMethod | undefined;
  /** How many recent completed periods the `run-rate` forecast averages: a whole number from 1 to 1060. Default 3 (a quarter of months, or three quarters). */
  readonly runRatePeriods?: number | undefined;
  /** Thresholds to override, as decimal strings (0 or more; `atRisk` ≤ `onTrack` ≤ `ahead`); the rest keep {@link defaultProgressThresholds}. */
  readonly thresholds?: Partial<ProgressThresholds> | undefined;
}

const SUMMARY = 'Invalid arguments to evaluateProgress';

/**
 * Tells where an objective stands against the plan agreed for it, as of a date, in a way that
 * respects the plan's shape: what is expected to date comes from the plan's own steps (completed
 * periods in full, the current one prorated by its days inside the horizon), so a Q4-heavy plan is
 * not "behind" in August; `straightLine` gives the same actuals against a straight line, to tell a
 * partner that only looks behind from one that is. Works the same for a cascade's steps and for
 * hand-set period goals ({@link planFromGoals}); for every objective of a partnership at once, use
 * {@link evaluatePartnershipProgress}.
 *
 * The metric's aggregation rule decides how values are read: a flow's actuals are matched to the
 * steps by period; a stock reads its latest level; an average its latest mean, against the plan's
 * mean over the same days. A missing actual is never a zero: a flow with a completed period
 * lacking its actual gets the status `unknown`. Ratios that would divide by zero are `null`, and
 * `findings` says why. Inputs are never mutated.
 *
 * @param plan - the objective and its steps, as parsed values or JSON (period keys, decimal strings)
 * @param actuals - recorded values, as values or JSON; those of other objectives are skipped
 * @param calendar - the fiscal calendar of the steps' periods; a period of another calendar is refused
 * @param options - `asOf` (required), the forecast method, run-rate window and thresholds
 * @returns per-period and to-date numbers, pace, attainment, the straight-line comparison, forecasts, required rate, an explained status and findings
 * @throws {@link ValidationError} naming the argument's path, for a malformed plan, actual or calendar, a period of another calendar (`calendar-mismatch`) or not on it, an `asOf` that is not a real ISO date, or an unknown or malformed option
 * @example
 * ```ts
 * import { calendarYear, evaluateProgress } from 'partner-alignment';
 * // A Q4-heavy plan: 10, 10, 20, 60. By 2027-08-15 (46 of Q3's 92 days), Q1 and Q2 are in.
 * const plan = {
 *   objective: { id: 'bookings', metric: { aggregation: 'sum', direction: 'increase' }, baseline: '80', target: '100', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   steps: [
 *     { period: 'FY2027-Q1', target: '10' },
 *     { period: 'FY2027-Q2', target: '10' },
 *     { period: 'FY2027-Q3', target: '20' },
 *     { period: 'FY2027-Q4', target: '60' },
 *   ],
 * } as const;
 * const actuals = [{ period: 'FY2027-Q1', value: '10' }, { period: 'FY2027-Q2', value: '10' }];
 * const progress = evaluateProgress(plan, actuals, calendarYear, { asOf: '2027-08-15' });
 * progress.pace //=> '1'
 * progress.status.status //=> 'on-track'
 * // A straight line to 100 expects 100 × 181/365 = 49.59 by the end of Q2: behind it, on the plan.
 * progress.straightLine.status //=> 'off-track'
 * progress.findings.map((finding) => finding.code) //=> ['behind-straight-line-only']
 * evaluateProgress(plan, actuals, calendarYear, { asOf: '15.08.2027' }) //!> ValidationError
 * ```
 * @category Progress
 */
export function evaluateProgress(
  plan: ProgressPlan | ProgressPlanJson,
  actuals: ReadonlyArray<ProgressActual | ProgressActualJson>,
  calendar: FiscalCalendar,
  options: EvaluateProgressOptions,
): ObjectiveProgress {
  const { settings } = readProgressOptions(options, SUMMARY);
  const days = calendarDays(readCalendar(calendar, SUMMARY));
  if (!isRecord(plan)) {
    throw wrongType(SUMMARY, ['plan'], plan, 'a plan: { objective, steps }');
  }
  const objective = readObjective(plan['objective'], SUMMARY, ['plan', 'objective']);
  const steps = readSteps(days, plan['steps'], SUMMARY, ['plan', 'steps']);
  const recorded = readActuals(days, actuals, SUMMARY, ['actuals']);
  const own = recorded.filter((a) => a.objective === undefined || a.objective === objective.id);
  return evaluatePlan(
    { settings, days },
    { objective, steps, actuals: own, sources: { steps: ['plan', 'steps'], actuals: ['actuals'] } },
  );
}

/**
 * The three forecasts of a flow's total at the plan's end: the pace to date applied to the rest of
 * the plan, the recent periods' average carried forward, and a least-squares trend.
 *
 * @module
 */
import {
  withoutNegativeZero as clean,
  ONE,
  sumDecimals as sum,
  ZERO,
} from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ProgressForecast } from '../progress-forecast.js';
import { leastSquares, missing, type Point } from './forecast-parts.js';

export interface FlowSeries {
  /** Actual to date / expected to date, when the pace read it (`null` when expected is zero). */
  readonly paceRatio: Decimal | null;
  readonly actualToDate: Decimal | null;
  readonly expectedToDate: Decimal;
  readonly plannedRemaining: Decimal;
  readonly completed: ReadonlyArray<{ readonly index: number; readonly value: Decimal | null }>;
  readonly remaining: ReadonlyArray<{ readonly index: number; readonly share: Decimal }>;
  readonly runRatePeriods: number;
}

/** The three forecasts of a flow's total at the horizon's end. */
export function flowForecasts(series: FlowSeries): ReadonlyArray<ProgressForecast> {
  const { actualToDate, expectedToDate, plannedRemaining } = series;
  if (actualToDate === null) {
    const reason = 'Actuals are missing for completed periods.';
    return [missing('plan-shape', reason), missing('run-rate', reason), missing('trend', reason)];
  }
  const points = series.completed.filter((p): p is Point => p.value !== null);
  // The remaining periods count whole, but for the running one's unelapsed share: sums of their
  // shares and of their shares times their indices, whole numbers added once.
  let whole = 0;
  let wholeIndices = 0;
  let partShares = ZERO;
  let partIndices = ZERO;
  for (const { index, share } of series.remaining) {
    if (share.eq(ONE)) {
      whole += 1;
      wholeIndices += index;
    } else {
      partShares = partShares.plus(share);
      partIndices = partIndices.plus(share.times(index));
    }
  }
  const remainingPeriods = clean(partShares.plus(whole));

  const ratio = series.paceRatio;
  const planShape: ProgressForecast =
    ratio === null
      ? missing('plan-shape', 'Nothing was expected to date, so there is no pace to apply.', {
          actualToDate,
          expectedToDate,
        })
      : {
          method: 'plan-shape',
          value: clean(actualToDate.plus(ratio.times(plannedRemaining))),
          inputs: { actualToDate, expectedToDate, paceRatio: ratio, plannedRemaining },
          reason: null,
        };

  const recent = points.slice(-series.runRatePeriods);
  const average =
    recent.length === 0 ? null : clean(sum(recent.map((p) => p.value)).div(recent.length));
  const runRate: ProgressForecast =
    average === null
      ? missing('run-rate', 'No period has completed yet.', { actualToDate })
      : {
          method: 'run-rate',
          value: clean(actualToDate.plus(average.times(remainingPeriods))),
          inputs: { periods: recent.length, average, remainingPeriods, actualToDate },
          reason: null,
        };

  let trend: ProgressForecast;
  if (points.length < 2) {
    trend = missing('trend', 'A trend needs at least two completed periods.', {
      points: points.length,
    });
  } else {
    const { slope, intercept } = leastSquares(points);
    // Σ share × (intercept + slope × index) = intercept × Σ share + slope × Σ share × index.
    const projected = intercept
      .times(remainingPeriods)
      .plus(slope.times(partIndices.plus(wholeIndices)));
    trend = {
      method: 'trend',
      value: clean(actualToDate.plus(projected)),
      inputs: { points: points.length, slope, intercept, actualToDate, remainingPeriods },
      reason: null,
    };
  }
  return [planShape, runRate, trend];
}

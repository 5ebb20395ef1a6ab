/**
 * The three forecasts of a flow's total at the plan's end: the pace to date applied to the rest of
 * the plan, the recent periods' average carried forward, and a least-squares trend.
 *
 * @module
 */
import {
  withoutNegativeZero as clean,
  divideOrNull as divide,
  sumDecimals as sum,
} from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import { toDecimal } from '../../money/to-decimal.js';
import type { ProgressForecast } from '../progress-forecast.js';
import { leastSquares, missing, type Point } from './forecast-parts.js';

export interface FlowSeries {
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
  const remainingPeriods = sum(series.remaining.map((r) => r.share));

  const ratio = divide(actualToDate, expectedToDate);
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
  const average = divide(sum(recent.map((p) => p.value)), toDecimal(recent.length));
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
    const projected = sum(
      series.remaining.map((r) => intercept.plus(slope.times(r.index)).times(r.share)),
    );
    trend = {
      method: 'trend',
      value: clean(actualToDate.plus(projected)),
      inputs: { points: points.length, slope, intercept, actualToDate, remainingPeriods },
      reason: null,
    };
  }
  return [planShape, runRate, trend];
}

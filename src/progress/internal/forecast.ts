/**
 * The three forecast methods, for flows (a total at the horizon's end) and for stocks (the level
 * at the end). Each returns its value and the inputs it used, or `null` with a reason.
 *
 * @module
 */
import type { Direction } from '../../model/metric.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import type { ProgressForecast } from '../progress-result.js';
import { clean, divide, sum } from './numbers.js';

interface Point {
  readonly index: number;
  readonly value: Decimal;
}

/** A least-squares line `value = intercept + slope × index` through the points (two or more, distinct indices). */
export function leastSquares(points: ReadonlyArray<Point>): { slope: Decimal; intercept: Decimal } {
  const n = toDecimal(points.length);
  const xs = points.map((p) => toDecimal(p.index));
  const sumX = sum(xs);
  const sumY = sum(points.map((p) => p.value));
  const sumXY = sum(points.map((p, i) => p.value.times(xs[i] ?? 0)));
  const sumXX = sum(xs.map((x) => x.times(x)));
  const denominator = n.times(sumXX).minus(sumX.times(sumX));
  const slope = clean(n.times(sumXY).minus(sumX.times(sumY)).div(denominator));
  const intercept = clean(sumY.minus(slope.times(sumX)).div(n));
  return { slope, intercept };
}

function missing(
  method: ProgressForecast['method'],
  reason: string,
  inputs: ProgressForecast['inputs'] = {},
): ProgressForecast {
  return { method, value: null, inputs, reason };
}

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

export interface StockSeries {
  readonly baseline: Decimal;
  readonly current: Decimal | null;
  readonly expectedToDate: Decimal;
  readonly finalLevel: Decimal;
  readonly direction: Direction;
  /** Levels recorded at the plan's steps (index 1 is the first step), in order. */
  readonly points: ReadonlyArray<Point>;
  readonly stepCount: number;
  readonly runRatePeriods: number;
}

/** The three forecasts of a stock's level at the horizon's end. */
export function stockForecasts(series: StockSeries): ReadonlyArray<ProgressForecast> {
  const { baseline, current, expectedToDate, finalLevel } = series;
  let planShape: ProgressForecast;
  if (current === null) {
    planShape = missing('plan-shape', 'No level has been recorded yet.');
  } else if (series.direction === 'maintain') {
    const ratio = divide(current, expectedToDate);
    planShape =
      ratio === null
        ? missing('plan-shape', 'The planned level to date is zero.', { current, expectedToDate })
        : {
            method: 'plan-shape',
            value: clean(finalLevel.times(ratio)),
            inputs: { current, expectedToDate, levelRatio: ratio, finalLevel },
            reason: null,
          };
  } else {
    const ratio = divide(current.minus(baseline), expectedToDate.minus(baseline));
    planShape =
      ratio === null
        ? missing('plan-shape', 'The plan expected no movement from the baseline yet.', {
            current,
            expectedToDate,
            baseline,
          })
        : {
            method: 'plan-shape',
            value: clean(baseline.plus(ratio.times(finalLevel.minus(baseline)))),
            inputs: { baseline, current, expectedToDate, movementRatio: ratio, finalLevel },
            reason: null,
          };
  }
  // The baseline is the level at the horizon's start: point 0 of the series.
  const points: ReadonlyArray<Point> = [{ index: 0, value: baseline }, ...series.points];
  const last = points[points.length - 1] as Point;
  const first = points[Math.max(0, points.length - 1 - series.runRatePeriods)] as Point;
  const remainingPeriods = series.stepCount - last.index;
  const runRate: ProgressForecast =
    points.length < 2
      ? missing('run-rate', 'No level has been recorded at the plan’s periods yet.')
      : (() => {
          const change = clean(last.value.minus(first.value).div(last.index - first.index));
          return {
            method: 'run-rate',
            value: clean(last.value.plus(change.times(remainingPeriods))),
            inputs: {
              periods: last.index - first.index,
              changePerPeriod: change,
              latest: last.value,
              remainingPeriods,
            },
            reason: null,
          };
        })();
  let trend: ProgressForecast;
  if (points.length < 2) {
    trend = missing(
      'trend',
      'A trend needs a level recorded at one of the plan’s periods besides the baseline.',
    );
  } else {
    const { slope, intercept } = leastSquares(points);
    trend = {
      method: 'trend',
      value: clean(intercept.plus(slope.times(series.stepCount))),
      inputs: { points: points.length, slope, intercept, periods: series.stepCount },
      reason: null,
    };
  }
  return [planShape, runRate, trend];
}

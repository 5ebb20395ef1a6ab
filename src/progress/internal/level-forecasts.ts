/**
 * The three forecasts of a level's value at the horizon's end (stocks and averages): the
 * movement to date applied to the rest of the plan, the recent change per period carried
 * forward, and a least-squares trend through the recorded levels from the baseline.
 *
 * @module
 */

import type { Direction } from '../../model/metric.js';
import { withoutNegativeZero as clean } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ProgressForecast } from '../progress-forecast.js';
import { leastSquares, missing, type Point } from './forecast-parts.js';

export interface LevelSeries {
  /** The ratio the pace was read from: the level's (`maintain`) or the movement's; `null` when its reference is zero. */
  readonly paceRatio: Decimal | null;
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

/** The three forecasts of a level (stock or average) at the horizon's end. */
export function levelForecasts(series: LevelSeries): ReadonlyArray<ProgressForecast> {
  const { baseline, current, expectedToDate, finalLevel } = series;
  let planShape: ProgressForecast;
  if (current === null) {
    planShape = missing('plan-shape', 'No level has been recorded yet.');
  } else if (series.direction === 'maintain') {
    const ratio = series.paceRatio;
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
    const ratio = series.paceRatio;
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

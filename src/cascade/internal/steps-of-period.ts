/**
 * The steps of a cascade that make up one period: the step of that period at the cascade's
 * granularity, or the steps inside a coarser period (a quarter of a monthly cascade), combined as
 * the metric's aggregation rule says (amounts add up; a checkpoint is the last one inside).
 *
 * @module
 */
import { argumentError } from '../../argument-checks.js';
import { granularityRank, periodBounds } from '../../calendar/fiscal-year-layout.js';
import { formatPeriodKeyUnchecked } from '../../calendar/format-period-key.js';
import type { Period } from '../../calendar/period.js';
import type { IssuePath } from '../../errors.js';
import { aggregationRules } from '../../model/metric.js';
import type { Cascade } from '../cascade-result.js';
import { sumUnits } from './make-cascade.js';
import { periodGrid } from './period-grid.js';
import { layoutOf, layoutsOf } from './year-layouts.js';

/** Steps `from` to `to − 1` of a cascade. */
export interface StepRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The steps of a cascade inside a period of its calendar (checked by the caller: a period of the
 * cascade's calendar that exists there).
 *
 * @throws {ValidationError} at `path`: `unsupported-granularity` for a period finer than the
 * cascade's steps, `outside-horizon` for a period the horizon does not meet
 */
export function stepsOfPeriod(
  plan: Cascade,
  period: Period,
  summary: string,
  path: IssuePath,
): StepRange {
  const key = formatPeriodKeyUnchecked(period);
  if (granularityRank[period.granularity] > granularityRank[plan.granularity]) {
    throw argumentError(
      summary,
      'unsupported-granularity',
      path,
      `The period ${key} is shorter than the cascade's steps of a ${plan.granularity}`,
      JSON.stringify(key),
      `a period of a ${plan.granularity} or longer`,
      { granularity: plan.granularity },
    );
  }
  const [start, after] = periodBounds(
    layoutOf(layoutsOf(plan.calendar), period.year),
    period.granularity,
    period.index,
  );
  const bounds = periodGrid(plan.calendar, plan.horizon, plan.granularity).bounds;
  let from = 0;
  while (from < plan.length && (bounds[from] as number) < start) from++;
  let to = from;
  while (to < plan.length && (bounds[to] as number) < after) to++;
  if (from === to) {
    throw argumentError(
      summary,
      'outside-horizon',
      path,
      `The period ${key} lies outside the horizon ${plan.horizon.start} to ${plan.horizon.end}`,
      JSON.stringify(key),
      `a period that meets the horizon ${plan.horizon.start} to ${plan.horizon.end}`,
      { start: plan.horizon.start, end: plan.horizon.end },
    );
  }
  return { from, to };
}

/** The value of some steps in units: their sum (amounts) or the last checkpoint among them. */
export function valueOfSteps(plan: Cascade, { from, to }: StepRange): number | bigint {
  return aggregationRules[plan.aggregation].step === 'amount'
    ? sumUnits(plan.units, from, to)
    : (plan.units[to - 1] as number);
}

import { argumentError, checkOneOf } from '../argument-checks.js';
import { granularityRank } from '../calendar/fiscal-year-layout.js';
import { Granularity } from '../calendar/period.js';
import { aggregationRules } from '../model/metric.js';
import type { Cascade } from './cascade-result.js';
import { acceptCascade } from './internal/accept-cascade.js';
import { makeCascade, sumUnits } from './internal/make-cascade.js';
import { periodGrid } from './internal/period-grid.js';

const SUMMARY = 'Cannot roll the cascade up';

/**
 * The same cascade on coarser periods (months into quarters into years), consistently with the
 * metric's aggregation rule: amounts (`sum`) add up; checkpoints (`last`, `average`) become the
 * last checkpoint inside each coarser period. Weights add up either way (a coarser step's share
 * is the sum of its steps' shares). The result is a cascade like any other on the same calendar,
 * whose shape, seasonality, method and tie-break say how its source was made.
 *
 * @param plan - the cascade to roll up (as {@link cascade} returns it, or its JSON)
 * @param granularity - the coarser (or the same) granularity
 * @returns the rolled-up cascade
 * @throws {@link ValidationError} when `plan` is not a cascade, or the granularity is not one or
 * is finer than the cascade's (`unsupported-granularity`)
 * @example
 * ```ts
 * import { cascade, rollUpCascade, calendarYear } from 'partner-alignment';
 * const months = cascade(
 *   { id: 'deals', metric: { name: 'Deals', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '24', horizon: { start: '2027-01-01', end: '2027-12-31' } },
 *   calendarYear, { granularity: 'month' },
 * );
 * rollUpCascade(months, 'quarter').units //=> [6, 6, 6, 6]
 * ```
 * @category Cascade
 */
export function rollUpCascade(plan: Cascade, granularity: Granularity): Cascade {
  const source = acceptCascade(plan, SUMMARY);
  const coarser = checkOneOf(granularity, Granularity.options, SUMMARY, ['granularity']);
  if (granularityRank[coarser] > granularityRank[source.granularity]) {
    throw argumentError(
      SUMMARY,
      'unsupported-granularity',
      ['granularity'],
      `A cascade by ${source.granularity} rolls up only into periods of a ${source.granularity} or longer`,
      JSON.stringify(coarser),
      `${source.granularity} or a longer period`,
      { granularity: source.granularity },
    );
  }
  const fine = periodGrid(source.calendar, source.horizon, source.granularity);
  const coarse = periodGrid(source.calendar, source.horizon, coarser);
  const amounts = aggregationRules[source.aggregation].step === 'amount';
  const units: number[] = new Array(coarse.count);
  const weights: number[] = new Array(coarse.count).fill(0);
  let from = 0;
  for (let j = 0; j < coarse.count; j++) {
    const after = coarse.bounds[j + 1] as number;
    let to = from;
    while (to < fine.count && (fine.bounds[to] as number) < after) {
      weights[j] = (weights[j] as number) + (source.weights[to] as number);
      to++;
    }
    units[j] = amounts
      ? Number(sumUnits(source.units, from, to))
      : (source.units[to - 1] as number);
    from = to;
  }
  return makeCascade(
    {
      ...source,
      granularity: coarser,
      length: coarse.count,
      firstYear: coarse.firstYear,
      firstIndex: coarse.firstIndex,
      units,
      weights,
    },
    SUMMARY,
    ['plan'],
  );
}

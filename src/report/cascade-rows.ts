import { formatPeriodKey } from '../calendar/format-period-key.js';
import type { Granularity } from '../calendar/period.js';
import type { Cascade } from '../cascade/cascade-result.js';
import { cascadeSteps } from '../cascade/cascade-steps.js';
import { ValidationError } from '../errors.js';
import { aggregationRules } from '../model/metric.js';
import { exactOrNull, exactText, numberOf } from './internal/exact.js';
import { rethrowUnder } from './internal/rethrow.js';

/**
 * One step of a cascade as a flat row of strings, numbers and booleans, ready for `console.table`,
 * a notebook, a chart or CSV. Each number comes twice: a JS number to plot (`target`) and the
 * exact decimal string it was rounded from (`targetExact`, with the metric's precision).
 *
 * @example
 * ```ts
 * import type { CascadeRow } from 'partner-alignment/report';
 * const row: CascadeRow = {
 *   objective: 'deals', kind: 'flow', period: 'FY2027-Q1', granularity: 'quarter', start: '2026-07-01', end: '2026-09-30',
 *   days: 92, partial: false, target: 6, targetExact: '6', plannedToDate: 6, plannedToDateExact: '6', share: 0.25, shareExact: '0.25',
 * };
 * row.plannedToDate //=> 6
 * ```
 * @category Report
 */
export interface CascadeRow {
  /** The objective's id. */
  readonly objective: string;
  /** What the metric's aggregation makes of it: `flow` (`sum`), `stock` (`last`) or `average`. */
  readonly kind: 'flow' | 'stock' | 'average';
  /** The period's canonical key, such as `FY2027-Q1`. */
  readonly period: string;
  /** The granularity of the period. */
  readonly granularity: Granularity;
  /** The period's first day (an ISO date). */
  readonly start: string;
  /** The period's last day (an ISO date). */
  readonly end: string;
  /** Days of the period inside the horizon. */
  readonly days: number;
  /** Whether the horizon covers only part of the period. */
  readonly partial: boolean;
  /**
   * The period's goal as a period goal of the document states it: the amount in the period for a
   * flow, the level at its end for a stock or an average.
   */
  readonly target: number;
  /** `target` as an exact decimal string with the metric's precision. */
  readonly targetExact: string;
  /**
   * Where the plan stands at the period's end, as progress measures an actual to date: the running
   * total of the amounts for a flow, the level for a stock or an average. Plot it against the
   * actuals to date (see `progressRows`).
   */
  readonly plannedToDate: number;
  /** `plannedToDate` as an exact decimal string with the metric's precision. */
  readonly plannedToDateExact: string;
  /**
   * The step's share of the total (flows) or of the whole climb from the baseline (stocks and
   * averages), from 0 to 1; `null` when a re-planned cascade's steps cancel out.
   */
  readonly share: number | null;
  /** `share` as a decimal string, to 10 decimal places (unrounded for a split, exact for a re-plan). */
  readonly shareExact: string | null;
}

const SUMMARY = 'Cannot write the cascade as rows';

/**
 * The steps of a cascade as flat rows: each period's target and where the plan stands at its end,
 * as numbers to plot beside their exact decimal strings. A flow's targets add up to the
 * objective's target and its last `plannedToDate` is that total; a stock's last target and last
 * `plannedToDate` are its target level.
 *
 * @param plan - the cascade (as `cascade` returns it, or its JSON)
 * @returns one row per step, in period order
 * @throws {@link index!ValidationError} when `plan` is not a cascade, with issues under `plan`
 * @example
 * ```ts
 * import { cascade, calendarYear } from 'partner-alignment';
 * import { cascadeRows } from 'partner-alignment/report';
 * const plan = cascade(
 *   { id: 'fees', metric: { name: 'Fees', unit: { kind: 'money', currency: 'EUR' }, aggregation: 'sum', direction: 'increase' },
 *     baseline: '0', target: '100', horizon: { start: '2027-01-01', end: '2027-06-30' } },
 *   calendarYear, { granularity: 'quarter' },
 * );
 * cascadeRows(plan).map((row) => [row.period, row.targetExact, row.plannedToDate])
 * //=> [['FY2027-Q1', '50.00', 50], ['FY2027-Q2', '50.00', 100]]
 * ```
 * @category Report
 */
export function cascadeRows(plan: Cascade): ReadonlyArray<CascadeRow> {
  let steps: ReturnType<typeof cascadeSteps>;
  try {
    steps = cascadeSteps(plan);
  } catch (error) {
    if (error instanceof ValidationError) rethrowUnder(error, SUMMARY);
    throw error;
  }
  // cascadeSteps checked the fields read below, for a cascade given as JSON too.
  const { precision, objective } = plan;
  const rule = aggregationRules[plan.aggregation];
  const flow = rule.step === 'amount';
  return steps.map((step) => {
    const target = exactText(step.target, precision);
    const toDate = flow ? exactText(step.cumulative, precision) : target;
    const share = exactOrNull(step.share);
    return {
      objective,
      kind: rule.kind,
      period: formatPeriodKey(step.period),
      granularity: step.period.granularity,
      start: step.start,
      end: step.end,
      days: step.days,
      partial: step.partial,
      target: numberOf(target),
      targetExact: target,
      plannedToDate: numberOf(toDate),
      plannedToDateExact: toDate,
      share: numberOf(share),
      shareExact: share,
    };
  });
}

import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { minorUnits } from '../money/currency.js';
import { CurrencyCode } from '../money/schemas.js';
import { documentLimits } from './document-limits.js';
import { boundedList } from './internal/bounded-list.js';
import { renderReceived } from './internal/render-received.js';
import { MotiveId } from './motive.js';

/**
 * What a metric is counted in: money in one currency, a count, percentage points, or hours.
 *
 * @example
 * ```ts
 * import { MetricUnit } from 'partner-alignment';
 * MetricUnit.parse({ kind: 'money', currency: 'EUR' }) //=> { kind: 'money', currency: 'EUR' }
 * MetricUnit.parse({ kind: 'percent' }) //=> { kind: 'percent' }
 * ```
 * @category Model
 */
export const MetricUnit = z
  .discriminatedUnion('kind', [
    z.strictObject({
      get kind() {
        return z.literal('money').describe('Money in one currency.');
      },
      currency: CurrencyCode,
    }),
    z.strictObject({
      get kind() {
        return z.literal('count').describe('A count of things: deals, users, people.');
      },
    }),
    z.strictObject({
      get kind() {
        return z.literal('percent').describe('Percentage points: "72.5" is 72.5 %.');
      },
    }),
    z.strictObject({
      get kind() {
        return z.literal('hours').describe('Hours of work.');
      },
    }),
  ])
  .meta({ id: 'MetricUnit', title: 'Metric unit', description: 'What a metric is counted in.' });
/** What a metric is counted in (see the schema of the same name). @category Model */
export type MetricUnit = z.infer<typeof MetricUnit>;

/**
 * How a metric's values over time combine: `sum` for flows (bookings, deals won, hours billed),
 * `last` for stocks (ARR, active users, certified consultants, utilization), `average` for
 * quantities held on average over a period.
 *
 * @example
 * ```ts
 * import { Aggregation } from 'partner-alignment';
 * Aggregation.options //=> ['sum', 'last', 'average']
 * ```
 * @category Model
 */
export const Aggregation = z.enum(['sum', 'last', 'average']).meta({
  id: 'Aggregation',
  title: 'Aggregation',
  description:
    'How values over time combine: "sum" for flows such as bookings, "last" for stocks such as ARR or headcount, "average" for levels held on average.',
});
/** How a metric's values combine over time (see the schema of the same name). @category Model */
export type Aggregation = z.infer<typeof Aggregation>;

/**
 * Which way is good for a metric: up (`increase`), down (`decrease`, such as discount depth), or
 * held (`maintain`, such as a retention rate to keep).
 *
 * @example
 * ```ts
 * import { Direction } from 'partner-alignment';
 * Direction.parse('decrease') //=> 'decrease'
 * ```
 * @category Model
 */
export const Direction = z.enum(['increase', 'decrease', 'maintain']).meta({
  id: 'Direction',
  title: 'Direction',
  description: 'Which way is good: "increase", "decrease" (such as discount depth) or "maintain".',
});
/** Which way is good for a metric (see the schema of the same name). @category Model */
export type Direction = z.infer<typeof Direction>;

/**
 * What an objective measures: its unit, how values combine over time, which way is good, how
 * many decimals its targets carry, and the partner motives it moves.
 *
 * @example
 * ```ts
 * import { Metric } from 'partner-alignment';
 * const metric = Metric.parse({
 *   name: 'Certified consultants',
 *   unit: { kind: 'count' },
 *   aggregation: 'last',
 *   direction: 'increase',
 *   motives: ['consultant-utilization'],
 * });
 * metric.aggregation //=> 'last'
 * ```
 * @category Model
 */
export const Metric = z
  .strictObject({
    get name() {
      return z
        .string()
        .min(1)
        .max(documentLimits.text.name)
        .describe('What is measured, in words.');
    },
    unit: MetricUnit,
    aggregation: Aggregation,
    direction: Direction,
    get precision() {
      return z
        .int()
        .min(0)
        .max(6)
        .optional()
        .describe(
          'Decimals of the targets. Default: the currency minor units for money, 0 for counts, 1 for percent and hours.',
        );
    },
    get motives() {
      return boundedList(MotiveId, documentLimits.lists.motives)
        .default([])
        .describe('The partner motives this metric moves by its nature.');
    },
  })
  .meta({ id: 'Metric', title: 'Metric', description: 'What an objective measures.' });
/** What an objective measures (see the schema of the same name). @category Model */
export type Metric = z.output<typeof Metric>;
/**
 * A metric as written in JSON, before defaults are applied (see {@link Metric}).
 *
 * @example
 * ```ts
 * import type { MetricJson } from 'partner-alignment';
 * const json: MetricJson = { name: 'Deals won', unit: { kind: 'count' }, aggregation: 'sum', direction: 'increase' };
 * json.motives //=> undefined
 * ```
 * @category Model
 */
export type MetricJson = z.input<typeof Metric>;

/**
 * The number of decimals a metric's targets are rounded to: its own `precision`, or by default the
 * currency's minor units for money, 0 for counts, 1 for percentage points and hours.
 *
 * @param metric - the metric (only `unit` and `precision` are read)
 * @returns the number of decimals, 0 to 6
 * @example
 * ```ts
 * import { metricPrecision } from 'partner-alignment';
 * metricPrecision({ unit: { kind: 'money', currency: 'JPY' } }) //=> 0
 * metricPrecision({ unit: { kind: 'money', currency: 'EUR' } }) //=> 2
 * metricPrecision({ unit: { kind: 'percent' } }) //=> 1
 * metricPrecision({ unit: { kind: 'count' }, precision: 1 }) //=> 1
 * ```
 * @category Model
 */
export function metricPrecision(
  metric: Pick<Metric, 'unit'> & { readonly precision?: number | undefined },
): number {
  if (metric.precision !== undefined) return metric.precision;
  const unit = metric.unit;
  return unit.kind === 'money' ? minorUnits(unit.currency) : defaultPrecision[unit.kind];
}

/** Default decimals of the units that have no currency to ask. */
const defaultPrecision = { count: 0, percent: 1, hours: 1 } as const satisfies Record<
  Exclude<MetricUnit['kind'], 'money'>,
  number
>;

/**
 * What an aggregation means, as data: what the value of one period is, how the values of
 * consecutive periods combine, what an objective's baseline and target are, and what a cascade
 * step is. Engines read it (see {@link aggregationRules}) instead of testing `aggregation` for one
 * of its values, so that each kind of metric is described in one place.
 *
 * @example
 * ```ts
 * import type { AggregationRule } from 'partner-alignment';
 * const rule: AggregationRule = {
 *   kind: 'flow', additive: true, periodValue: 'amount-in-period', combine: 'sum',
 *   baseline: 'flow-of-year-before', target: 'total-over-horizon', step: 'amount',
 * };
 * rule.additive //=> true
 * ```
 * @category Model
 */
export interface AggregationRule {
  /** A flow (amounts that happen over time), a stock (a level at a moment) or an average level. */
  readonly kind: 'flow' | 'stock' | 'average';
  /** Whether the values of consecutive periods add up to the value of the span they cover. */
  readonly additive: boolean;
  /** What the value of one period is: the amount in it, the level at its end, or its mean level. */
  readonly periodValue: 'amount-in-period' | 'level-at-end' | 'mean-level';
  /** How consecutive periods combine: their sum, the last one, or their mean weighted by days. */
  readonly combine: 'sum' | 'last' | 'day-weighted-mean';
  /** What an objective's baseline is: the flow of the year before the horizon, or the level at its start. */
  readonly baseline: 'flow-of-year-before' | 'level-at-start';
  /** What an objective's target is: the total over the horizon, or the level at its end. */
  readonly target: 'total-over-horizon' | 'level-at-end';
  /** What a cascade step is: the amount of its period, or the checkpoint level at its end. */
  readonly step: 'amount' | 'checkpoint';
}

/**
 * The rule of each aggregation (see {@link AggregationRule}), frozen:
 *
 * | aggregation | kind | a period's value | periods combine by | baseline | target | a step is |
 * | --- | --- | --- | --- | --- | --- | --- |
 * | `sum` | flow (bookings, deals won, hours billed) | the amount in it | sum | the flow of the year before | the total over the horizon | an amount |
 * | `last` | stock (ARR, certified consultants) | the level at its end | the last | the level at the start | the level at the end | a checkpoint |
 * | `average` | average (utilization held over a period) | its mean level | mean weighted by days | the level at the start | the level at the end | a checkpoint |
 *
 * @example
 * ```ts
 * import { aggregationRules } from 'partner-alignment';
 * aggregationRules.sum.additive //=> true
 * aggregationRules.average.combine //=> 'day-weighted-mean'
 * aggregationRules.last.step //=> 'checkpoint'
 * ```
 * @category Model
 */
export const aggregationRules: Readonly<Record<Aggregation, AggregationRule>> = Object.freeze({
  sum: Object.freeze({
    kind: 'flow',
    additive: true,
    periodValue: 'amount-in-period',
    combine: 'sum',
    baseline: 'flow-of-year-before',
    target: 'total-over-horizon',
    step: 'amount',
  }),
  last: Object.freeze({
    kind: 'stock',
    additive: false,
    periodValue: 'level-at-end',
    combine: 'last',
    baseline: 'level-at-start',
    target: 'level-at-end',
    step: 'checkpoint',
  }),
  average: Object.freeze({
    kind: 'average',
    additive: false,
    periodValue: 'mean-level',
    combine: 'day-weighted-mean',
    baseline: 'level-at-start',
    target: 'level-at-end',
    step: 'checkpoint',
  }),
} as const);

/**
 * The rule of a metric's aggregation: what its periods' values mean and how they combine.
 *
 * @param metric - the metric (only `aggregation` is read), or the aggregation itself
 * @returns the frozen rule from {@link aggregationRules}
 * @throws {ValidationError} when the aggregation is not `sum`, `last` or `average`
 * @example
 * ```ts
 * import { aggregationRuleOf } from 'partner-alignment';
 * aggregationRuleOf({ aggregation: 'sum' }).kind //=> 'flow'
 * aggregationRuleOf('average').periodValue //=> 'mean-level'
 * aggregationRuleOf('median' as never) //!> ValidationError
 * ```
 * @category Model
 */
export function aggregationRuleOf(
  metric: Aggregation | { readonly aggregation: Aggregation },
): AggregationRule {
  const aggregation: unknown =
    typeof metric === 'object' && metric !== null ? metric.aggregation : metric;
  if (aggregation === 'sum' || aggregation === 'last' || aggregation === 'average') {
    return aggregationRules[aggregation];
  }
  throw new ValidationError('Invalid metric', [
    {
      code: 'invalid-value',
      path: typeof metric === 'object' && metric !== null ? ['aggregation'] : [],
      message: 'Not one of the accepted values',
      received: renderReceived(aggregation),
      expected: '"sum", "last" or "average"',
      params: { values: 'sum, last, average' },
    },
  ]);
}

import { z } from 'zod';
import { Granularity } from '../calendar/period.js';
import { documentLimits } from './document-limits.js';
import { boundedDecimal } from './internal/bounded-decimal.js';
import { boundedList } from './internal/bounded-list.js';
import { addIssue, whenReadable } from './internal/document-issue.js';

const positive = (what: string) =>
  boundedDecimal({ min: 0, minExclusive: true }, `${what} above 0, such as "1.5"`);

/**
 * The shape of a cascade: how an objective's total (a flow) or its climb from baseline to target
 * (a stock) is spread over the periods of its horizon.
 *
 * - `even`: the same intensity in every period (prorated by days for partial periods).
 * - `linear`: intensity ramps linearly from `from` in the first period to `to` in the last.
 * - `geometric`: compound growth at `rate` a year; without `rate`, derived from baseline and target.
 * - `s-curve`: logistic adoption, centred at `midpoint` (a share of the horizon) with `steepness`.
 * - `custom`: one non-negative weight per period, in order.
 *
 * @example
 * ```ts
 * import { CascadeShape } from 'partner-alignment';
 * CascadeShape.parse({ kind: 'linear', from: '1', to: '1.6' }).kind //=> 'linear'
 * CascadeShape.safeParse({ kind: 'linear', from: '0', to: '1' }).success //=> false
 * ```
 * @category Model
 */
export const CascadeShape = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        get kind() {
          return z.literal('even').describe('The shape: "even".');
        },
      })
      .describe('The same intensity in every period.'),
    z
      .strictObject({
        get kind() {
          return z.literal('linear').describe('The shape: "linear".');
        },
        get from() {
          return positive('an intensity').describe('Intensity of the first period.');
        },
        get to() {
          return positive('an intensity').describe('Intensity of the last period.');
        },
      })
      .describe('Intensity ramps linearly from "from" in the first period to "to" in the last.'),
    z
      .strictObject({
        get kind() {
          return z.literal('geometric').describe('The shape: "geometric".');
        },
        get rate() {
          return boundedDecimal(
            { min: -1, minExclusive: true },
            'a yearly growth rate above -1, such as "0.35" (35 %)',
          )
            .optional()
            .describe(
              'Compound growth a year as a fraction ("0.35" = 35 %); derived from baseline and target when absent.',
            );
        },
      })
      .describe('Compound growth.'),
    z
      .strictObject({
        get kind() {
          return z.literal('s-curve').describe('The shape: "s-curve".');
        },
        get midpoint() {
          return boundedDecimal(
            { min: 0, minExclusive: true, max: 1, maxExclusive: true },
            'a share of the horizon strictly between 0 and 1, such as "0.5"',
          ).describe('Where the curve is steepest, as a share of the horizon ("0.5" = halfway).');
        },
        get steepness() {
          return positive('a steepness').describe(
            'How sharp the S is: the logistic growth rate over the whole horizon (6 to 10 is typical).',
          );
        },
      })
      .describe('Logistic adoption.'),
    z
      .strictObject({
        get kind() {
          return z.literal('custom').describe('The shape: "custom".');
        },
        get weights() {
          return boundedList(
            boundedDecimal({ min: 0 }, 'a weight of 0 or more, such as "1.5"'),
            documentLimits.lists.customWeights,
            1,
          ).describe('One non-negative weight per period of the horizon, in order.');
        },
      })
      .describe('Weights given per period.'),
  ])
  .meta({
    id: 'CascadeShape',
    title: 'Cascade shape',
    description: 'How an objective is spread over the periods of its horizon.',
  });
/** The shape of a cascade (see the schema of the same name). @category Model */
export type CascadeShape = z.output<typeof CascadeShape>;

/**
 * Seasonality: weights by fiscal month (12) or fiscal quarter (4) that multiply any cascade shape,
 * such as a Q4-heavy year or months back-loaded within each quarter. Only the ratios matter.
 *
 * @example
 * ```ts
 * import { Seasonality } from 'partner-alignment';
 * Seasonality.parse({ by: 'quarter', weights: ['0.9', '1', '1', '1.1'] }).weights.length //=> 4
 * Seasonality.safeParse({ by: 'quarter', weights: ['1', '1', '1'] }).success //=> false
 * ```
 * @category Model
 */
export const Seasonality = z
  .strictObject({
    get by() {
      return z
        .enum(['month', 'quarter'])
        .describe('Weights by fiscal month (12) or fiscal quarter (4).');
    },
    get weights() {
      return boundedList(positive('a seasonal weight'), 12, 1).describe(
        'The weights, first fiscal month or quarter first (12 by month, 4 by quarter); only their ratios matter.',
      );
    },
  })
  .superRefine(
    (value, context) => {
      const expected = value.by === 'month' ? 12 : 4;
      if (value.weights.length === expected) return;
      addIssue(context, ['weights'], {
        code: 'wrong-count',
        message: `Seasonality by ${value.by} needs ${expected} weights; ${value.weights.length} ${value.weights.length === 1 ? 'is' : 'are'} given`,
        received: `${value.weights.length} weight${value.weights.length === 1 ? '' : 's'}`,
        expected: `${expected} weights, one per fiscal ${value.by}`,
        params: { count: value.weights.length, expected },
      });
    },
    { when: whenReadable([['by']], [['weights']]) },
  )
  .meta({
    id: 'Seasonality',
    title: 'Seasonality',
    description: 'Weights by fiscal month or quarter that multiply a cascade shape.',
  });
/** Seasonal weights (see the schema of the same name). @category Model */
export type Seasonality = z.output<typeof Seasonality>;

/**
 * How an objective is cascaded: into periods of which granularity, by which shape, with which
 * seasonality, rounded by which method, and how exact ties are broken (see `cascade`).
 *
 * @example
 * ```ts
 * import { CascadeSpec } from 'partner-alignment';
 * CascadeSpec.parse({ granularity: 'quarter' }).shape //=> { kind: 'even' }
 * CascadeSpec.parse({ granularity: 'month', method: 'largest-remainder' }).method //=> 'largest-remainder'
 * ```
 * @category Model
 */
export const CascadeSpec = z
  .strictObject({
    granularity: Granularity,
    get shape() {
      return CascadeShape.default({ kind: 'even' }).describe('Default: { "kind": "even" }.');
    },
    get seasonality() {
      return Seasonality.optional();
    },
    get method() {
      return z
        .enum(['running-total', 'largest-remainder'])
        .optional()
        .describe(
          'How steps are rounded: "running-total" (the default) rounds the running total, so every checkpoint lies within half a unit of the exact path; "largest-remainder" splits by Hamilton\'s method, as money allocations do.',
        );
    },
    get tieBreak() {
      return z
        .enum(['largest-weight', 'earliest', 'latest'])
        .optional()
        .describe(
          'Who gets a unit on an exact tie: default "largest-weight" (then the earliest). Running totals: a running total exactly halfway rounds so that the unit goes to the earlier or the later of the two periods around it (to the one with the larger weight under "largest-weight"). Largest remainder: equal remainders are ordered the same way.',
        );
    },
  })
  .meta({ id: 'CascadeSpec', title: 'Cascade', description: 'How an objective is cascaded.' });
/** How an objective is cascaded (see the schema of the same name). @category Model */
export type CascadeSpec = z.output<typeof CascadeSpec>;
/**
 * A cascade spec as written in JSON, before defaults are applied (see {@link CascadeSpec}).
 *
 * @example
 * ```ts
 * import type { CascadeSpecJson } from 'partner-alignment';
 * const json: CascadeSpecJson = { granularity: 'month', shape: { kind: 'linear', from: '1', to: '2' } };
 * json.granularity //=> 'month'
 * ```
 * @category Model
 */
export type CascadeSpecJson = z.input<typeof CascadeSpec>;

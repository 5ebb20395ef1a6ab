import { z } from 'zod';

/**
 * How long a period is: a fiscal year, half, quarter, month or (on 52/53-week calendars only)
 * week. Listed from the coarsest to the finest.
 *
 * @example
 * ```ts
 * import { Granularity } from 'partner-alignment';
 * Granularity.options //=> ['year', 'half', 'quarter', 'month', 'week']
 * ```
 * @category Calendar
 */
export const Granularity = z
  .enum(['year', 'half', 'quarter', 'month', 'week'])
  .meta({ id: 'Granularity', title: 'Granularity', description: 'How long a period is.' });

/**
 * How long a period is (see the {@link Granularity} schema).
 *
 * @example
 * ```ts
 * import type { Granularity } from 'partner-alignment';
 * const granularity: Granularity = 'quarter';
 * granularity //=> 'quarter'
 * ```
 * @category Calendar
 */
export type Granularity = z.infer<typeof Granularity>;

/**
 * A fiscal period as a value: which calendar, how long, which fiscal year (by its name) and which
 * one of that granularity within the year (1-based). Its canonical key is `FY2027-Q3` and the like.
 *
 * @example
 * ```ts
 * import { Period } from 'partner-alignment';
 * Period.parse({ calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 }).index //=> 3
 * ```
 * @category Calendar
 */
export const Period = z
  .object({
    get calendar() {
      return z.string().min(1).describe('The id of the fiscal calendar the period belongs to.');
    },
    get granularity() {
      return Granularity.describe('How long the period is.');
    },
    get year() {
      return z
        .int()
        .min(1900)
        .max(2200)
        .describe('The name of the fiscal year, such as 2027 for FY2027.');
    },
    get index() {
      return z
        .int()
        .min(1)
        .max(53)
        .describe('Which period of its granularity within the fiscal year, from 1.');
    },
  })
  .readonly()
  .meta({ id: 'Period', title: 'Fiscal period', description: 'A period of a fiscal calendar.' });

/**
 * A fiscal period as a value (see the {@link Period} schema).
 *
 * @example
 * ```ts
 * import type { Period } from 'partner-alignment';
 * const period: Period = { calendar: 'calendar', granularity: 'month', year: 2027, index: 7 };
 * period.granularity //=> 'month'
 * ```
 * @category Calendar
 */
export type Period = z.infer<typeof Period>;

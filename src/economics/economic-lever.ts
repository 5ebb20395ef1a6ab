import type { BuiltInMotive } from '../model/motive.js';
import { profitSources } from './internal/sources/registry.js';

/**
 * A lever of the partner's profit that {@link rankLevers} moves by one step: `'resale-margin'`
 * (one point), `'utilization'` (one point of billable utilization), `'attach-ratio'` (a tenth),
 * `'bill-rate'` (one percent), `'discount'` (one point less) and `'users'` (one percent more).
 *
 * @example
 * ```ts
 * import type { EconomicLever } from 'partner-alignment';
 * const lever: EconomicLever = 'utilization';
 * lever //=> 'utilization'
 * ```
 * @category Economics
 */
export type EconomicLever =
  | 'resale-margin'
  | 'utilization'
  | 'attach-ratio'
  | 'bill-rate'
  | 'discount'
  | 'users';

/**
 * The partner motive a lever moves, and why: what links "this step pays the partner most" to "the
 * plan should serve this motive".
 *
 * @example
 * ```ts
 * import { leverMotives, type LeverMotive } from 'partner-alignment';
 * const link: LeverMotive = leverMotives.utilization;
 * link.motive //=> 'consultant-utilization'
 * ```
 * @category Economics
 */
export interface LeverMotive {
  /** The built-in motive the lever moves. */
  readonly motive: BuiltInMotive;
  /** Why, in a sentence. */
  readonly reason: string;
}

/**
 * Which partner motive each economic lever moves, as data with the reason, frozen. Each lever
 * changes one number of the partner's economics, and each of those numbers is what one built-in
 * motive measures, so the link is one to one:
 *
 * | lever | motive | why |
 * | --- | --- | --- |
 * | `resale-margin` | `resale-margin` | the step raises the share of the vendor revenue the partner keeps |
 * | `utilization` | `consultant-utilization` | the step bills more of the consultants' paid hours |
 * | `attach-ratio` | `services-revenue` | the step adds services revenue for the same vendor revenue |
 * | `bill-rate` | `bill-rate` | the step raises the price of a billed hour |
 * | `discount` | `discount-discipline` | the step gives less of the list price away |
 * | `users` | `user-growth` | the step adds paying users of the partner's own product |
 *
 * The table is read from the profit-source modules that define the levers (one place), so a new
 * lever brings its motive with it. {@link rankLevers} puts each lever's motive on its impact.
 *
 * @example
 * ```ts
 * import { leverMotives } from 'partner-alignment';
 * leverMotives['attach-ratio'].motive //=> 'services-revenue'
 * leverMotives.discount.motive //=> 'discount-discipline'
 * ```
 * @category Economics
 */
export const leverMotives: Readonly<Record<EconomicLever, LeverMotive>> = Object.freeze(
  Object.fromEntries(
    profitSources.flatMap((source) =>
      source.levers.map((lever) => [
        lever.lever,
        Object.freeze({ motive: lever.motive, reason: lever.motiveReason }),
      ]),
    ),
  ) as Record<EconomicLever, LeverMotive>,
);

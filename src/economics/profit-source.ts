/**
 * Where the partner's gross profit from the partnership comes from: `'resale-margin'` (the margin
 * on the vendor revenue it resells), `'services'` (the consulting the vendor's product pulls
 * through), `'subscriptions'` (its own product's subscriptions) and `'managed-services'` (its
 * recurring managed services). Every result lists the sources in this order. Each source is a
 * module of the engine in a registry, which the compiler keeps in step with this list.
 *
 * @example
 * ```ts
 * import type { ProfitSource } from 'partner-alignment';
 * const source: ProfitSource = 'services';
 * source //=> 'services'
 * ```
 * @category Economics
 */
export type ProfitSource = 'resale-margin' | 'services' | 'subscriptions' | 'managed-services';

import type { sourceRegistry } from './internal/sources/registry.js';

/**
 * Where the partner's gross profit from the partnership comes from: `'resale-margin'` (the margin
 * on the vendor revenue it resells), `'services'` (the consulting the vendor's product pulls
 * through), `'subscriptions'` (its own product's subscriptions) and `'managed-services'` (its
 * recurring managed services). Every result lists the sources in this order.
 *
 * @example
 * ```ts
 * import type { ProfitSource } from 'partner-alignment';
 * const source: ProfitSource = 'services';
 * source //=> 'services'
 * ```
 * @category Economics
 */
export type ProfitSource = (typeof sourceRegistry)[number]['source'];

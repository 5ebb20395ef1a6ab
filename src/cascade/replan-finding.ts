/**
 * What {@link replan} can find worth saying, as the codes of its findings:
 * - `'cap-unreachable'`: the cap leaves no room for the whole gap, so the new plan misses the
 *   objective's target by the shortfall;
 * - `'gap-accepted'`: the `reset` policy keeps the original remaining steps of a flow, so its total
 *   misses the target (or overshoots it) by the gap.
 *
 * @example
 * ```ts
 * import type { ReplanFindingCode } from 'partner-alignment';
 * const code: ReplanFindingCode = 'cap-unreachable';
 * code //=> 'cap-unreachable'
 * ```
 * @category Cascade
 */
export type ReplanFindingCode = 'cap-unreachable' | 'gap-accepted';

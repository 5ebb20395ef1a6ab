import type { TieBreak } from '../money/allocate.js';
import type { DecimalInput } from '../money/to-decimal.js';

/**
 * How {@link replan} closes the gap between the plan and the actuals:
 * - `'spread'`: the gap evenly over the remaining periods;
 * - `'keep-shape'`: the remaining total in proportion to the original remaining steps;
 * - `'carry-forward'`: the whole gap into the next period;
 * - `'reset'`: keep the original remaining steps and accept the miss.
 *
 * @example
 * ```ts
 * import type { ReplanPolicy } from 'partner-alignment';
 * const policy: ReplanPolicy = 'keep-shape';
 * policy //=> 'keep-shape'
 * ```
 * @category Cascade
 */
export type ReplanPolicy = 'spread' | 'keep-shape' | 'carry-forward' | 'reset';

/**
 * Options of {@link replan}.
 *
 * @example
 * ```ts
 * import type { ReplanOptions } from 'partner-alignment';
 * const options: ReplanOptions = { policy: 'spread', cap: '0.25' };
 * options.policy //=> 'spread'
 * ```
 * @category Cascade
 */
export interface ReplanOptions {
  /** How to close the gap: `'spread'`, `'keep-shape'`, `'carry-forward'` or `'reset'`; default `'spread'`. */
  readonly policy?: ReplanPolicy | undefined;
  /**
   * How far any remaining step may rise above its original value, as a ratio of 0 or more: a step
   * may become at most original + ⌊|original| × cap⌋ units (`'0.25'` = 25 % more). A Decimal, a
   * decimal string or a safe integer. Default: no cap.
   */
  readonly cap?: DecimalInput | undefined;
  /** Who gets a unit on an exact tie when the remaining steps are re-split: `'largest-weight'`, `'earliest'` or `'latest'`; default the cascade's. */
  readonly tieBreak?: TieBreak | undefined;
}

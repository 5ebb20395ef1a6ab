import type { MotiveId } from '../model/motive.js';
import type { Decimal } from '../money/to-decimal.js';

/**
 * What the partner's economics say, for the alignment score: plain data that the analysis layer
 * fills from the economics engine (the engines never import each other). Each part changes the
 * score in one documented way:
 *
 * - `marginShareOfProfit`, resale margin's share of the partner's gross profit from the
 *   partnership (a decimal such as `"0.2"`; `null` when the partner has no gross profit to
 *   share), tells the margin gate how much margin matters to this partner: the gate applies in
 *   full from `settings.economics.fullGateShare` (0.5) on, and in proportion below it;
 * - `capacityShortfall`, the consultants the plan needs beyond the partner's capacity (and the
 *   period of the largest gap, a period key), becomes a `capacity-shortfall` finding;
 * - `topLever`, the lever that raises the partner's gross profit most and the motive it moves,
 *   as the economics engine links them (`rankLevers(...).top`: its `lever` and `motive`; the
 *   economics engine owns that table, `leverMotives`); a plan that does not serve that motive gets
 *   a `top-lever-unserved` finding.
 *
 * @example
 * ```ts
 * import type { AlignmentEconomics } from 'partner-alignment';
 * const economics: AlignmentEconomics = {
 *   marginShareOfProfit: '0.18',
 *   capacityShortfall: { hires: 2, period: 'FY2027' },
 *   topLever: { lever: 'utilization', motive: 'consultant-utilization' },
 * };
 * economics.topLever?.motive //=> 'consultant-utilization'
 * ```
 * @category Alignment
 */
export interface AlignmentEconomics {
  /** Resale margin's share of the partner's gross profit, from 0 (a decimal string or Decimal), or null when unknown. */
  readonly marginShareOfProfit: string | Decimal | null;
  /** The consultants the plan needs beyond the partner's capacity, and the period of the largest gap. */
  readonly capacityShortfall?: { readonly hires: number; readonly period?: string };
  /**
   * The lever that raises the partner's gross profit most (an id such as `'utilization'`) and the
   * motive it moves (a built-in motive or `custom:<name>`).
   */
  readonly topLever?: { readonly lever: string; readonly motive: MotiveId | string };
}

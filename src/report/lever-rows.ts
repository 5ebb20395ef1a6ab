import type { EconomicLever } from '../economics/economic-lever.js';
import type { LeverRanking } from '../economics/rank-levers.js';
import { numberOf } from './internal/exact.js';
import { readLevers } from './internal/read-economics.js';

/**
 * One economic lever as a flat row: its rank, the step, the motive it moves, and what the step
 * adds to the partner's gross profit; a lever that cannot move this partner's profit has no rank
 * and says why.
 *
 * @example
 * ```ts
 * import type { LeverRow } from 'partner-alignment/report';
 * const row: LeverRow = {
 *   rank: 1, lever: 'utilization', motive: 'consultant-utilization', description: 'Utilization up 5 points',
 *   applies: true, currency: 'USD', grossProfit: 1300000, grossProfitExact: '1300000.00', delta: 130000, deltaExact: '130000.00', reason: null,
 * };
 * row.delta //=> 130000
 * ```
 * @category Report
 */
export interface LeverRow {
  /** 1 for the lever that adds the most gross profit; `null` when it does not apply. */
  readonly rank: number | null;
  /** The lever. */
  readonly lever: EconomicLever;
  /** The partner motive it moves. */
  readonly motive: string;
  /** The step, as a phrase. */
  readonly description: string;
  /** Whether the lever can move this partner's profit. */
  readonly applies: boolean;
  /** The currency of the amounts. */
  readonly currency: string;
  /** The partner's total gross profit after the step; `null` when the lever does not apply. */
  readonly grossProfit: number | null;
  /** `grossProfit` as an exact decimal string, or `null`. */
  readonly grossProfitExact: string | null;
  /** What the step adds to the gross profit; `null` when the lever does not apply. */
  readonly delta: number | null;
  /** `delta` as an exact decimal string, or `null`. */
  readonly deltaExact: string | null;
  /** Why the lever does not apply; `null` when it does. */
  readonly reason: string | null;
}

const SUMMARY = 'Cannot write the levers as rows';

/**
 * The levers of a ranking as flat rows: ranked levers first (largest gain first), then those that
 * do not apply, with their reason.
 *
 * @param ranking - a lever ranking (as `rankLevers` returns it, or its JSON)
 * @returns one row per lever
 * @throws {@link index!ValidationError} when `ranking` is not a lever ranking, with issues under `ranking`
 * @example
 * ```ts
 * import { rankLevers, samples } from 'partner-alignment';
 * import { leverRows } from 'partner-alignment/report';
 * const [top] = leverRows(rankLevers(samples.northwindAdvisory));
 * [top?.rank, top?.applies] //=> [1, true]
 * ```
 * @category Report
 */
export function leverRows(ranking: LeverRanking): ReadonlyArray<LeverRow> {
  const { currency, levers } = readLevers(ranking, SUMMARY);
  return levers.map((lever) => ({
    rank: lever.rank,
    lever: lever.lever,
    motive: lever.motive,
    description: lever.description,
    applies: lever.rank !== null,
    currency,
    grossProfit: numberOf(lever.grossProfit),
    grossProfitExact: lever.grossProfit,
    delta: numberOf(lever.delta),
    deltaExact: lever.delta,
    reason: lever.reason,
  }));
}

import type { BuiltInMotive } from '../model/motive.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import { trust } from '../model/trusted.js';
import { withoutNegativeZero } from '../money/decimal-arithmetic.js';
import { type Money, money } from '../money/money.js';
import type { ComputeEconomicsOptions } from './compute-economics.js';
import { SUMMARY as ECONOMICS } from './compute-economics.js';
import type { EconomicLever } from './economic-lever.js';
import { economicsOf } from './internal/economics-of.js';
import type { EconomicsParameters } from './internal/economics-parameters.js';
import { totalGrossProfit } from './internal/figures.js';
import { type ResolvedEconomics, resolveEconomics } from './internal/resolve-economics.js';
import { sourceLines } from './internal/source-lines.js';
import { profitSources } from './internal/sources/registry.js';
import type { PartnerEconomics } from './partner-economics.js';

const SUMMARY = 'Cannot rank the economic levers';

/**
 * The options of {@link rankLevers}: those of {@link computeEconomics}, used for every run.
 *
 * @example
 * ```ts
 * import type { RankLeversOptions } from 'partner-alignment';
 * const options: RankLeversOptions = { source: 'actuals' };
 * options.source //=> 'actuals'
 * ```
 * @category Economics
 */
export type RankLeversOptions = ComputeEconomicsOptions;

/**
 * What one step of a lever does to the partner's total gross profit, with the motive the lever
 * moves, or why the lever does not apply to this partner.
 *
 * @example
 * ```ts
 * import type { LeverImpact } from 'partner-alignment';
 * const impact: LeverImpact = { kind: 'not-applicable', lever: 'users', description: 'One percent more users', motive: 'user-growth', reason: 'The partner sells no subscriptions of its own' };
 * impact.kind //=> 'not-applicable'
 * ```
 * @category Economics
 */
export type LeverImpact =
  | {
      readonly kind: 'applicable';
      readonly lever: EconomicLever;
      /** The step, as a phrase. */
      readonly description: string;
      /** The partner motive the lever moves (see {@link leverMotives}). */
      readonly motive: BuiltInMotive;
      /** 1 for the lever that adds the most gross profit. */
      readonly rank: number;
      /** The total gross profit after the step. */
      readonly grossProfit: Money;
      /** The change in total gross profit from the step, exact to the minor unit. */
      readonly delta: Money;
    }
  | {
      readonly kind: 'not-applicable';
      readonly lever: EconomicLever;
      readonly description: string;
      readonly motive: BuiltInMotive;
      /** Why the lever cannot move this partner's profit. */
      readonly reason: string;
    };

/**
 * The result of {@link rankLevers}: every lever's effect on the partner's gross profit, ranked,
 * and the one that pays the partner most.
 *
 * @example
 * ```ts
 * import { rankLevers, samples } from 'partner-alignment';
 * const ranking = rankLevers(samples.lumenField, { source: 'actuals' });
 * [ranking.top?.lever, ranking.top?.motive] //=> ['discount', 'discount-discipline']
 * ```
 * @category Economics
 */
export interface LeverRanking {
  /** The document currency. */
  readonly currency: string;
  /** The partner's total gross profit before any step. */
  readonly baseline: Money;
  /** Applicable levers by their delta (largest first, ties in a fixed order), then the rest. */
  readonly levers: ReadonlyArray<LeverImpact>;
  /**
   * The lever that pays the partner most: the first ranked, with its motive and its exact
   * delta; null when no lever applies or none adds any gross profit.
   */
  readonly top: Extract<LeverImpact, { readonly kind: 'applicable' }> | null;
}

type Applicable = Extract<LeverImpact, { readonly kind: 'applicable' }>;

/**
 * How much one step of each lever changes the partner's total gross profit from the partnership,
 * ranked, so that "a few points of margin matter less than utilization" is a number for this
 * partner and not an opinion. The steps: one point of resale margin, one point of billable
 * utilization, a tenth of attach ratio, one percent of bill rate, one point less average discount,
 * one percent more users. The partnership and the options are read once; each step reruns the
 * calculation of {@link computeEconomics} on the changed numbers (never a shortcut formula), and
 * each delta is the difference of two rounded totals, exact to the minor unit. A lever whose
 * source the partner does not have, or that cannot take its step, is listed as not applicable
 * with the reason. Ties keep the order above.
 *
 * @param partnership - a parsed partnership with an `economics` profile, or its JSON document
 * @param options - the options of {@link computeEconomics}, used for every run
 * @returns the baseline gross profit, every lever's impact with its motive, and the top lever
 * @throws {@link ValidationError} for the same reasons as {@link computeEconomics}
 * @example
 * ```ts
 * import { rankLevers, samples } from 'partner-alignment';
 * const ranking = rankLevers(samples.northwindAdvisory);
 * ranking.levers.map((impact) => impact.lever)
 * //=> ['attach-ratio', 'utilization', 'resale-margin', 'bill-rate', 'discount', 'users']
 * [ranking.top?.motive, ranking.top?.delta.amount.toFixed(2)] //=> ['services-revenue', '64763.51']
 * ```
 * @category Economics
 */
export function rankLevers(
  partnership: Partnership | PartnershipJson,
  options?: RankLeversOptions,
): LeverRanking {
  return leversOf(resolveEconomics(partnership, options, SUMMARY));
}

/**
 * The partner's economics and its levers from one reading of the partnership (what
 * `computeEconomics` and then `rankLevers` give with the same options, each with its own errors).
 * Not exported from the package: the analysis reads both.
 *
 * @param partnership - the partnership, parsed or as its JSON document
 * @param options - as `computeEconomics` takes them
 * @returns the economics, and the ranking of the levers to compute on the same reading
 * @throws {ValidationError} as `computeEconomics` would (`rankLevers()` as `rankLevers` would)
 */
export function economicsAndLevers(
  partnership: Partnership | PartnershipJson,
  options?: RankLeversOptions,
): { readonly economics: PartnerEconomics; readonly rankLevers: () => LeverRanking } {
  const resolved = resolveEconomics(partnership, options, ECONOMICS);
  const economics = trust(economicsOf(resolved, ECONOMICS));
  return { economics, rankLevers: () => leversOf(resolved) };
}

/** The levers ranked, on a resolved input. */
function leversOf(resolved: ResolvedEconomics): LeverRanking {
  const { currency, parameters } = resolved;
  const base = sourceLines(resolved, parameters, 'gross-profit', SUMMARY);
  // A lever's step changes one source's parameters: the other sources keep the base's lines.
  const known = { parameters, lines: base };
  const grossProfitOf = (changed: EconomicsParameters) =>
    totalGrossProfit(sourceLines(resolved, changed, 'gross-profit', SUMMARY, known).periods);
  const baseline = totalGrossProfit(base.periods);
  const applicable: Applicable[] = [];
  const notApplicable: LeverImpact[] = [];
  for (const source of profitSources) {
    const absent = source.absentReason(parameters);
    for (const { lever, description, motive, step } of source.levers) {
      const changed = absent === undefined ? step(parameters) : { reason: absent };
      if ('reason' in changed) {
        notApplicable.push({
          kind: 'not-applicable',
          lever,
          description,
          motive,
          reason: changed.reason,
        });
        continue;
      }
      const grossProfit = grossProfitOf(changed);
      applicable.push({
        kind: 'applicable',
        lever,
        description,
        motive,
        rank: 0,
        grossProfit: money(grossProfit, currency),
        delta: money(withoutNegativeZero(grossProfit.minus(baseline)), currency),
      });
    }
  }
  // Array sorts are stable: levers that gain the same keep the registry's order.
  const ranked = applicable
    .sort((a, b) => b.delta.amount.comparedTo(a.delta.amount))
    .map((impact, index): Applicable => ({ ...impact, rank: index + 1 }));
  const first = ranked[0];
  return {
    currency,
    baseline: money(baseline, currency),
    levers: [...ranked, ...notApplicable],
    top: first?.delta.amount.gt(0) ? first : null,
  };
}

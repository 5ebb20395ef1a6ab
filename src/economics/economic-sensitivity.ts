import type { EconomicsProfile } from '../model/economics-profile.js';
import type { Partnership } from '../model/partnership.js';
import { subtract } from '../money/arithmetic.js';
import type { Money } from '../money/money.js';
import { toDecimal } from '../money/to-decimal.js';
import type { EconomicsInput } from './internal/economics-input.js';
import { _partnerEconomicsOf, type PartnerEconomicsOptions } from './partner-economics.js';

/**
 * A lever of the partner's profit that {@link economicSensitivity} moves by one step.
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
 * What one step of a lever does to the partner's total gross profit, or why the lever does not
 * apply to this partner.
 *
 * @example
 * ```ts
 * import type { LeverImpact } from 'partner-alignment';
 * const impact: LeverImpact = { kind: 'not-applicable', lever: 'users', description: 'One percent more users', reason: 'The partner sells no subscriptions of its own' };
 * impact.kind //=> 'not-applicable'
 * ```
 * @category Economics
 */
export type LeverImpact =
  | {
      readonly kind: 'applicable';
      readonly lever: EconomicLever;
      readonly description: string;
      /** 1 for the lever that moves gross profit most. */
      readonly rank: number;
      /** The total gross profit after the step. */
      readonly grossProfit: Money;
      /** The change in total gross profit from the step. */
      readonly delta: Money;
    }
  | {
      readonly kind: 'not-applicable';
      readonly lever: EconomicLever;
      readonly description: string;
      readonly reason: string;
    };

/**
 * The result of {@link economicSensitivity}.
 *
 * @example
 * ```ts
 * import { economicSensitivity, parsePartnership, samples } from 'partner-alignment';
 * const sensitivity = economicSensitivity(parsePartnership(samples.lumenField), { source: 'actuals' });
 * sensitivity.baseline.currency //=> 'EUR'
 * ```
 * @category Economics
 */
export interface EconomicSensitivity {
  readonly currency: string;
  /** The partner's total gross profit before any step. */
  readonly baseline: Money;
  /** Applicable levers ranked by their delta (largest first), then the levers that do not apply. */
  readonly levers: ReadonlyArray<LeverImpact>;
}

type Step = (
  partnership: EconomicsInput,
  profile: EconomicsProfile,
) => EconomicsInput | { readonly reason: string };

const POINT = toDecimal('0.01');
const TENTH = toDecimal('0.1');
const ONE_PERCENT_MORE = toDecimal('1.01');

const noServices = {
  reason: 'The partner delivers no services (its profile has no services section)',
};
const noSubscriptions = {
  reason:
    'The partner sells no subscriptions of its own (its profile has no subscriptions section)',
};

function withProfile(partnership: EconomicsInput, profile: EconomicsProfile): EconomicsInput {
  return { ...partnership, economics: profile };
}

/** The levers and their one step, in the order used to break ties. */
const levers: ReadonlyArray<{
  readonly lever: EconomicLever;
  readonly description: string;
  readonly step: Step;
}> = [
  {
    lever: 'resale-margin',
    description: 'One point more resale margin',
    step: (partnership) => {
      const resaleMargin = partnership.terms.resaleMargin.plus(POINT);
      if (resaleMargin.gt(1)) return { reason: 'The resale margin is already above 99 %' };
      return { ...partnership, terms: { ...partnership.terms, resaleMargin } };
    },
  },
  {
    lever: 'utilization',
    description: 'One point more billable utilization',
    step: (partnership, profile) => {
      const services = profile.services;
      if (services === undefined) return noServices;
      const utilization = services.utilization.plus(1);
      if (utilization.gt(100)) return { reason: 'Utilization is already above 99 points' };
      return withProfile(partnership, { ...profile, services: { ...services, utilization } });
    },
  },
  {
    lever: 'attach-ratio',
    description: 'A tenth more services revenue per unit of vendor revenue',
    step: (partnership, profile) => {
      const services = profile.services;
      if (services === undefined) return noServices;
      const attachRatio = services.attachRatio.plus(TENTH);
      return withProfile(partnership, { ...profile, services: { ...services, attachRatio } });
    },
  },
  {
    lever: 'bill-rate',
    description: 'One percent higher bill rate',
    step: (partnership, profile) => {
      const services = profile.services;
      if (services === undefined) return noServices;
      const billRate = {
        ...services.billRate,
        amount: services.billRate.amount.times(ONE_PERCENT_MORE),
      };
      return withProfile(partnership, { ...profile, services: { ...services, billRate } });
    },
  },
  {
    lever: 'discount',
    description: 'One point less average discount',
    step: (partnership, profile) => {
      const subscriptions = profile.subscriptions;
      if (subscriptions === undefined) return noSubscriptions;
      const averageDiscount = subscriptions.averageDiscount.minus(POINT);
      if (averageDiscount.isNegative())
        return { reason: 'The average discount is below one point' };
      return withProfile(partnership, {
        ...profile,
        subscriptions: { ...subscriptions, averageDiscount },
      });
    },
  },
  {
    lever: 'users',
    description: 'One percent more users',
    step: (partnership, profile) => {
      const subscriptions = profile.subscriptions;
      if (subscriptions === undefined) return noSubscriptions;
      const users = subscriptions.users.times(ONE_PERCENT_MORE);
      return withProfile(partnership, { ...profile, subscriptions: { ...subscriptions, users } });
    },
  },
];

/**
 * How much one step of each lever changes the partner's total gross profit from the partnership,
 * ranked, so that "a few points of margin matter less than utilization" is a number for this
 * partner and not an opinion. The steps: one point of resale margin, one point of billable
 * utilization, a tenth of attach ratio, one percent of bill rate, one point less average
 * discount, one percent more users. Each is computed by running {@link partnerEconomics} again on
 * the changed partnership (with the same options), never by a shortcut formula; deltas are
 * differences of rounded totals, exact to the cent. Levers whose section is missing from the
 * profile are listed as not applicable, not as zero. Ties keep the order above.
 *
 * @param partnership - a parsed partnership with an `economics` profile
 * @param options - the options of {@link partnerEconomics}, used for every run
 * @returns the baseline gross profit and every lever's impact, ranked
 * @throws {@link ValidationError} for the same reasons as {@link partnerEconomics}
 * @example
 * ```ts
 * import { economicSensitivity, parsePartnership, samples } from 'partner-alignment';
 * const sensitivity = economicSensitivity(parsePartnership(samples.northwindAdvisory));
 * sensitivity.levers.map((impact) => impact.lever)
 * //=> ['attach-ratio', 'utilization', 'resale-margin', 'bill-rate', 'discount', 'users']
 * ```
 * @category Economics
 */
export function economicSensitivity(
  partnership: Partnership,
  options?: PartnerEconomicsOptions,
): EconomicSensitivity {
  const base = _partnerEconomicsOf(partnership, options);
  const baseline = base.total.grossProfit;
  const profile = partnership.economics;
  const applicable: Array<Extract<LeverImpact, { kind: 'applicable' }>> = [];
  const notApplicable: LeverImpact[] = [];
  for (const { lever, description, step } of levers) {
    // partnerEconomics above has thrown when the profile is missing.
    const changed = step(partnership, profile as EconomicsProfile);
    if ('reason' in changed) {
      notApplicable.push({ kind: 'not-applicable', lever, description, reason: changed.reason });
      continue;
    }
    const grossProfit = _partnerEconomicsOf(changed, options).total.grossProfit;
    applicable.push({
      kind: 'applicable',
      lever,
      description,
      rank: 0,
      grossProfit,
      delta: subtract(grossProfit, baseline),
    });
  }
  const ranked = applicable
    .map((impact, order) => ({ impact, order }))
    .sort((a, b) => b.impact.delta.amount.comparedTo(a.impact.delta.amount) || a.order - b.order)
    .map(({ impact }, index) => ({ ...impact, rank: index + 1 }));
  return { currency: base.currency, baseline, levers: [...ranked, ...notApplicable] };
}

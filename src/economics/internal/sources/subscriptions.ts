/**
 * The partner's own subscriptions: users who stay through the year (users × retention) pay the
 * list price less the average discount, and each costs the platform cost to serve. Yearly
 * figures: the engine splits them over the periods of a fiscal year by days.
 *
 * @module
 */
import type { EconomicsProfile } from '../../../model/economics-profile.js';
import { ONE } from '../../../money/decimal-arithmetic.js';
import { toDecimal } from '../../../money/to-decimal.js';
import { defaultEconomicsAssumptions } from '../../default-economics-assumptions.js';
import type { EconomicsParameters } from '../economics-parameters.js';
import type { LeverStep, SourceModule } from './source-module.js';

type Subscriptions = NonNullable<EconomicsProfile['subscriptions']>;

const POINT = toDecimal('0.01');
const ONE_PERCENT_MORE = toDecimal('1.01');
const ABSENT =
  'The partner sells no subscriptions of its own (its profile has no subscriptions section)';

function withSubscriptions(
  parameters: EconomicsParameters,
  subscriptions: Subscriptions,
): LeverStep {
  return { ...parameters, profile: { ...parameters.profile, subscriptions } };
}

/** The subscriptions section, which the engine reads only when the source applies. */
function subscriptionsOf(parameters: EconomicsParameters): Subscriptions {
  return parameters.profile.subscriptions as Subscriptions;
}

export const subscriptions = {
  source: 'subscriptions',
  basis: 'year',
  absentReason: (parameters) =>
    parameters.profile.subscriptions === undefined ? ABSENT : undefined,
  reads: (parameters) => parameters.profile.subscriptions,
  lineOf: (parameters) => {
    const section = subscriptionsOf(parameters);
    const retention = section.retention ?? defaultEconomicsAssumptions.retention.value;
    const users = section.users.times(retention);
    const revenue = users
      .times(section.pricePerUser.amount)
      .times(ONE.minus(section.averageDiscount));
    const line = {
      revenue,
      grossProfit: revenue.minus(users.times(section.platformCostPerUser.amount)),
    };
    return () => line;
  },
  levers: [
    {
      lever: 'discount',
      description: 'One point less average discount',
      motive: 'discount-discipline',
      motiveReason:
        'The step gives less of the list price away, which is the discount-discipline motive.',
      step: (parameters) => {
        const section = subscriptionsOf(parameters);
        const averageDiscount = section.averageDiscount.minus(POINT);
        if (averageDiscount.isNegative()) {
          return { reason: 'The average discount is below one point' };
        }
        return withSubscriptions(parameters, { ...section, averageDiscount });
      },
    },
    {
      lever: 'users',
      description: 'One percent more users',
      motive: 'user-growth',
      motiveReason:
        'The step adds paying users of the partner’s own product, which is the user-growth motive.',
      step: (parameters) => {
        const section = subscriptionsOf(parameters);
        return withSubscriptions(parameters, {
          ...section,
          users: section.users.times(ONE_PERCENT_MORE),
        });
      },
    },
  ],
} as const satisfies SourceModule;

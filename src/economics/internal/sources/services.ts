/**
 * Services pull-through: the consulting the vendor's product brings the partner. Revenue follows
 * the vendor revenue by the attach ratio; a billed hour costs the delivery cost rate divided by
 * utilization, because a paid hour costs the same billed or not (the bench is part of each billed
 * hour's cost).
 *
 * @module
 */
import type { EconomicsProfile } from '../../../model/economics-profile.js';
import { HUNDRED, ZERO } from '../../../money/decimal-arithmetic.js';
import { toDecimal } from '../../../money/to-decimal.js';
import type { EconomicsParameters } from '../economics-parameters.js';
import type { LeverStep, SourceModule } from './source-module.js';

type Services = NonNullable<EconomicsProfile['services']>;

const TENTH = toDecimal('0.1');
const ONE_PERCENT_MORE = toDecimal('1.01');
const ABSENT = 'The partner delivers no services (its profile has no services section)';

/** The parameters with a changed services section. */
function withServices(parameters: EconomicsParameters, services: Services): LeverStep {
  return { ...parameters, profile: { ...parameters.profile, services } };
}

/** The services section, which the engine reads only when the source applies. */
function servicesOf(parameters: EconomicsParameters): Services {
  return parameters.profile.services as Services;
}

export const services = {
  source: 'services',
  basis: 'vendor-revenue',
  absentReason: (parameters) => (parameters.profile.services === undefined ? ABSENT : undefined),
  reads: (parameters) => parameters.profile.services,
  lineOf: (parameters) => {
    const section = servicesOf(parameters);
    const rate = section.billRate.amount;
    // A unit of services revenue is 1 / bill rate billed hours, each costing delivery cost × 100 /
    // utilization (the paid hours behind a billed one): its cost, once for every period.
    const costPerRevenue = rate.isZero()
      ? ZERO
      : section.deliveryCostRate.amount.times(HUNDRED).div(rate.times(section.utilization));
    return (vendorRevenue) => {
      const revenue = vendorRevenue.times(section.attachRatio);
      return { revenue, grossProfit: revenue.minus(revenue.times(costPerRevenue)) };
    };
  },
  levers: [
    {
      lever: 'utilization',
      description: 'One point more billable utilization',
      motive: 'consultant-utilization',
      motiveReason:
        'The step bills more of the consultants’ paid hours, which is the consultant-utilization motive itself.',
      step: (parameters) => {
        const section = servicesOf(parameters);
        const utilization = section.utilization.plus(1);
        if (utilization.gt(HUNDRED)) return { reason: 'Utilization is already above 99 points' };
        return withServices(parameters, { ...section, utilization });
      },
    },
    {
      lever: 'attach-ratio',
      description: 'A tenth more services revenue per unit of vendor revenue',
      motive: 'services-revenue',
      motiveReason:
        'The step adds services revenue for the same vendor revenue: more pull-through is the services-revenue motive.',
      step: (parameters) => {
        const section = servicesOf(parameters);
        return withServices(parameters, {
          ...section,
          attachRatio: section.attachRatio.plus(TENTH),
        });
      },
    },
    {
      lever: 'bill-rate',
      description: 'One percent higher bill rate',
      motive: 'bill-rate',
      motiveReason: 'The step raises the price of a billed hour, which is the bill-rate motive.',
      step: (parameters) => {
        const section = servicesOf(parameters);
        const amount = section.billRate.amount.times(ONE_PERCENT_MORE);
        return withServices(parameters, { ...section, billRate: { ...section.billRate, amount } });
      },
    },
  ],
} as const satisfies SourceModule;

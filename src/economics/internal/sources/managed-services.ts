/**
 * Managed services: recurring revenue of customers × monthly revenue × 12 a year, of which the
 * gross margin is profit. Yearly figures: the engine splits them over the periods of a fiscal year
 * by days. No lever yet: one would be added here with the motive it moves.
 *
 * @module
 */
import type { EconomicsProfile } from '../../../model/economics-profile.js';
import { toDecimal } from '../../../money/to-decimal.js';
import type { EconomicsParameters } from '../economics-parameters.js';
import type { SourceModule } from './source-module.js';

type ManagedServices = NonNullable<EconomicsProfile['managedServices']>;

const MONTHS = toDecimal(12);
const ABSENT = 'The partner runs no managed services (its profile has no managedServices section)';

function managedOf(parameters: EconomicsParameters): ManagedServices {
  return parameters.profile.managedServices as ManagedServices;
}

export const managedServices = {
  source: 'managed-services',
  basis: 'year',
  absentReason: (parameters) =>
    parameters.profile.managedServices === undefined ? ABSENT : undefined,
  reads: (parameters) => parameters.profile.managedServices,
  lineOf: (parameters) => {
    const section = managedOf(parameters);
    const revenue = section.customers.times(section.monthlyRevenuePerCustomer.amount).times(MONTHS);
    const line = { revenue, grossProfit: revenue.times(section.grossMargin) };
    return () => line;
  },
  levers: [],
} as const satisfies SourceModule;

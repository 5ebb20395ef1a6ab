/**
 * One partnership and its options, read once for every calculation that follows: the input
 * boundary of the economics functions. {@link rankLevers} resolves once and runs every lever on
 * the same resolved input; only the parameters the levers change differ between runs.
 *
 * @module
 */
import { ValidationError } from '../../errors.js';
import { acceptPartnership } from '../../model/accept.js';
import type { EconomicsProfile } from '../../model/economics-profile.js';
import { minorUnits } from '../../money/currency.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { VendorRevenueSource } from '../partner-economics.js';
import type { EconomicsParameters } from './economics-parameters.js';
import { readOptions } from './read-options.js';
import { readVendorRevenue, type VendorRevenueStep } from './vendor-revenue.js';

/** Everything the calculation reads, checked. */
export interface ResolvedEconomics {
  readonly currency: string;
  /** The currency's minor units. */
  readonly digits: number;
  readonly source: VendorRevenueSource;
  /** The utilization ceiling in percentage points. */
  readonly ceiling: Decimal;
  readonly steps: ReadonlyArray<VendorRevenueStep>;
  /** Whether the vendor-revenue values are yearly levels (ARR) rather than amounts of periods. */
  readonly isLevel: boolean;
  /** The vendor-revenue objective's id. */
  readonly objective: EconomicsProfile['vendorRevenue']['objective'];
  /** What the levers change. */
  readonly parameters: EconomicsParameters;
}

/**
 * Checks a partnership (parsed, or its JSON document) and the options, and reads its vendor
 * revenue by period.
 *
 * @throws {ValidationError} for an invalid partnership or options, a partnership without an
 *   economics profile, or vendor-revenue periods that repeat or overlap
 */
export function resolveEconomics(
  input: unknown,
  options: unknown,
  summary: string,
): ResolvedEconomics {
  const partnership = acceptPartnership(input, summary);
  const profile = partnership.economics;
  if (profile === undefined) {
    throw new ValidationError(summary, [
      {
        code: 'required',
        path: ['partnership', 'economics'],
        message: 'The partnership has no economics profile',
        received: 'undefined',
        expected: 'an economics section naming the vendor-revenue objective',
      },
    ]);
  }
  const digits = minorUnits(partnership.currency);
  const settings = readOptions(options, partnership.calendar, digits, summary);
  const { steps, isLevel } = readVendorRevenue(partnership, profile, settings, digits, summary);
  return {
    currency: partnership.currency,
    digits,
    source: settings.source,
    ceiling: settings.ceiling,
    steps,
    isLevel,
    objective: profile.vendorRevenue.objective,
    parameters: { terms: partnership.terms, profile },
  };
}

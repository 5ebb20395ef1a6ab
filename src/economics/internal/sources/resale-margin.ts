/**
 * Resale margin: the share of the vendor revenue the partner keeps, booked net as an agent books
 * it (revenue and gross profit are both the margin).
 *
 * @module
 */
import { ONE } from '../../../money/decimal-arithmetic.js';
import { toDecimal } from '../../../money/to-decimal.js';
import type { SourceModule } from './source-module.js';

const POINT = toDecimal('0.01');

export const resaleMargin = {
  source: 'resale-margin',
  basis: 'vendor-revenue',
  absentReason: () => undefined,
  reads: (parameters) => parameters.terms.resaleMargin,
  lineOf: (parameters) => {
    const rate = parameters.terms.resaleMargin;
    return (vendorRevenue) => {
      const margin = vendorRevenue.times(rate);
      return { revenue: margin, grossProfit: margin };
    };
  },
  levers: [
    {
      lever: 'resale-margin',
      description: 'One point more resale margin',
      motive: 'resale-margin',
      motiveReason:
        'The step raises the share of the vendor revenue the partner keeps, which is what the resale-margin motive measures.',
      step: (parameters) => {
        const resaleMargin = parameters.terms.resaleMargin.plus(POINT);
        if (resaleMargin.gt(ONE)) return { reason: 'The resale margin is already above 99 %' };
        return { ...parameters, terms: { ...parameters.terms, resaleMargin } };
      },
    },
  ],
} as const satisfies SourceModule;

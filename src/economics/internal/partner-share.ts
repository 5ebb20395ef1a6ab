/**
 * What share of the partner's whole gross profit the partnership brings: the partnership's gross
 * profit over its periods against the partner's yearly total (from the profile) over the same
 * periods, each period's part of its year split by days like every yearly figure.
 *
 * @module
 */

import { quantize, sumDecimals, ZERO } from '../../money/decimal-arithmetic.js';
import { money } from '../../money/money.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { PartnerProfitShare } from '../partner-economics.js';
import type { ResolvedEconomics } from './resolve-economics.js';
import { toMinorUnits } from './source-lines.js';
import { splitMoney, type YearGroup } from './year-split.js';

const SHARE_PLACES = 4;

function unknown(reason: string): PartnerProfitShare {
  return { kind: 'unknown', value: null, reason };
}

/** The partnership's share of the partner's gross profit, or why it cannot be known. */
export function partnerShareOf(
  resolved: ResolvedEconomics,
  partnershipGrossProfit: Decimal,
  summary: string,
): PartnerProfitShare {
  const yearly = resolved.parameters.profile.totalGrossProfit;
  if (yearly === undefined) {
    return unknown(
      'The economics profile does not give the partner’s total gross profit (economics.totalGrossProfit), so the partnership’s share of it cannot be known',
    );
  }
  if (resolved.steps.length === 0) {
    return unknown('No period has vendor revenue, so there is no span to compare the profits over');
  }
  const whole = toMinorUnits(yearly.amount, resolved.digits, summary);
  const parts = new Map<YearGroup, Decimal[]>();
  const partner = sumDecimals(
    resolved.steps.map(({ slot }) => {
      let split = parts.get(slot.group);
      if (split === undefined) {
        split = splitMoney(whole, resolved.digits, slot.group);
        parts.set(slot.group, split);
      }
      return split[slot.place] ?? ZERO;
    }),
  );
  if (!partner.gt(0)) {
    return unknown(
      'The partner’s total gross profit over these periods is not above zero, so a share of it has no meaning',
    );
  }
  if (partnershipGrossProfit.gt(partner)) {
    return unknown(
      `The partnership’s gross profit (${partnershipGrossProfit.toFixed()}) is more than the partner’s total over the same periods (${partner.toFixed()}): the profile’s total gross profit cannot be right`,
    );
  }
  return {
    kind: 'share',
    value: quantize(partnershipGrossProfit.div(partner), SHARE_PLACES),
    partnershipGrossProfit: money(partnershipGrossProfit, resolved.currency),
    partnerGrossProfit: money(partner, resolved.currency),
  };
}

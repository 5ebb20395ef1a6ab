/**
 * The economics of a resolved partnership: its periods, the total, the share of the partner's
 * profit, the capacity shortfall and the findings, assembled from the source lines and the
 * services load.
 *
 * @module
 */

import { sumDecimals } from '../../money/decimal-arithmetic.js';
import type { EconomicsPeriod } from '../economics-figures.js';
import type { CapacityShortfall, PartnerEconomics } from '../partner-economics.js';
import { figuresOf, totalLines, totalLoad } from './figures.js';
import { capacityFindings, lossFindings, noVendorRevenueFinding } from './findings.js';
import { partnerShareOf } from './partner-share.js';
import type { ResolvedEconomics } from './resolve-economics.js';
import { servicesLoads } from './services-load.js';
import { sourceLines } from './source-lines.js';
import type { SourceLine } from './sources/source-module.js';

function shortfallOf(periods: ReadonlyArray<EconomicsPeriod>): CapacityShortfall | null {
  let shortfall: CapacityShortfall | null = null;
  for (const { period, services } of periods) {
    if (services === null || services.hiresNeeded.isZero()) continue;
    if (shortfall === null) {
      shortfall = { hiresNeeded: services.hiresNeeded, period, periods: [period] };
    } else {
      const most = services.hiresNeeded.gt(shortfall.hiresNeeded);
      shortfall = {
        hiresNeeded: most ? services.hiresNeeded : shortfall.hiresNeeded,
        period: most ? period : shortfall.period,
        periods: [...shortfall.periods, period],
      };
    }
  }
  return shortfall;
}

/** The partner's economics for the resolved input and its own parameters. */
export function economicsOf(resolved: ResolvedEconomics, summary: string): PartnerEconomics {
  const { currency, parameters, steps } = resolved;
  const lines = sourceLines(resolved, parameters, 'all', summary);
  const loads = servicesLoads(resolved, parameters);
  const periods: EconomicsPeriod[] = steps.map((step, index) => ({
    period: step.period,
    ...figuresOf(
      currency,
      step.vendorRevenue,
      lines.periods[index] as ReadonlyArray<SourceLine>,
      lines.applies,
      loads?.[index] ?? null,
    ),
  }));
  const total = figuresOf(
    currency,
    sumDecimals(steps.map((step) => step.vendorRevenue)),
    totalLines(lines.periods),
    lines.applies,
    loads === null ? null : totalLoad(loads),
  );
  return {
    currency,
    source: resolved.source,
    periods,
    total,
    partnerShare: partnerShareOf(resolved, total.grossProfit.amount, summary),
    capacityShortfall: shortfallOf(periods),
    findings: [
      ...(steps.length === 0 ? [noVendorRevenueFinding(resolved)] : []),
      ...capacityFindings(resolved, periods),
      ...lossFindings(resolved, total),
    ],
  };
}

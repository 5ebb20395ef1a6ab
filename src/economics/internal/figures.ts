/**
 * The reported figures of a period or of the total: Money per source, the sums, and the share of
 * the gross profit that resale margin accounts for.
 *
 * @module
 */

import { percentOf, quantize, sumDecimals, ZERO } from '../../money/decimal-arithmetic.js';
import { money } from '../../money/money.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { EconomicsFigures, MarginShare, ServicesLoad } from '../economics-figures.js';
import type { ProfitSource } from '../profit-source.js';
import { profitSources } from './sources/registry.js';
import type { SourceLine } from './sources/source-module.js';

/** The source whose gross profit is the margin of {@link MarginShare}, and its place. */
const MARGIN: ProfitSource = 'resale-margin';
const MARGIN_PLACE = profitSources.findIndex((source) => source.source === MARGIN);
const SHARE_PLACES = 4;

/**
 * The sum of some amounts, skipping the zeros of the sources a partner does not have: the same
 * sum as `sumDecimals`, without a Decimal addition per zero (most sources are zero for most
 * partners: summing them too made `computeEconomics` and `rankLevers` about 8% slower in
 * `node bench/run.mjs economics`, measured side by side with this version on 2026-11-29).
 */
function sumOf(values: ReadonlyArray<Decimal>): Decimal {
  return sumDecimals(values.filter((value) => !value.isZero()));
}

function marginShareOf(margin: Decimal, total: Decimal): MarginShare {
  if (total.isZero()) {
    return {
      kind: 'undefined',
      value: null,
      reason: 'The partner makes no gross profit here, so no share of it comes from margin',
    };
  }
  if (total.isNegative()) {
    return {
      kind: 'undefined',
      value: null,
      reason: 'The partner loses money here, so a share of its profit has no meaning',
    };
  }
  return { kind: 'share', value: quantize(margin.div(total), SHARE_PLACES) };
}

/** The figures of rounded lines (registry order) and a services load. */
export function figuresOf(
  currency: string,
  vendorRevenue: Decimal,
  lines: ReadonlyArray<SourceLine>,
  applies: ReadonlyArray<boolean>,
  services: ServicesLoad | null,
): EconomicsFigures {
  const grossProfit = sumOf(lines.map((line) => line.grossProfit));
  // `lines` and `applies` hold one entry per source of the registry, in its order.
  const margin = lines[MARGIN_PLACE] as SourceLine;
  // Money values are frozen, so every zero of a result can be the same one.
  const zero = money(ZERO, currency);
  const amount = (value: Decimal) => (value.isZero() ? zero : money(value, currency));
  return {
    vendorRevenue: amount(vendorRevenue),
    sources: profitSources.map((source, index) => {
      const line = lines[index] as SourceLine;
      return {
        source: source.source,
        applies: applies[index] as boolean,
        revenue: amount(line.revenue),
        grossProfit: amount(line.grossProfit),
      };
    }),
    revenue: amount(sumOf(lines.map((line) => line.revenue))),
    grossProfit: amount(grossProfit),
    marginShare: marginShareOf(margin.grossProfit, grossProfit),
    services,
  };
}

/** Each source's lines summed over the periods (each period holds a line for every source). */
export function totalLines(
  periods: ReadonlyArray<ReadonlyArray<SourceLine>>,
): ReadonlyArray<SourceLine> {
  return profitSources.map((_, index) => {
    const column = periods.map((lines) => lines[index] as SourceLine);
    return {
      revenue: sumOf(column.map((line) => line.revenue)),
      grossProfit: sumOf(column.map((line) => line.grossProfit)),
    };
  });
}

/** The services load of the total: summed hours, their utilization, the most hires of a period. */
export function totalLoad(loads: ReadonlyArray<ServicesLoad>): ServicesLoad {
  const hoursNeeded = sumDecimals(loads.map((load) => load.hoursNeeded));
  const capacityHours = sumDecimals(loads.map((load) => load.capacityHours));
  let hiresNeeded = ZERO;
  for (const load of loads) if (load.hiresNeeded.gt(hiresNeeded)) hiresNeeded = load.hiresNeeded;
  return {
    hoursNeeded,
    capacityHours,
    hoursAvailable: sumDecimals(loads.map((load) => load.hoursAvailable)),
    utilization: percentOf(hoursNeeded, capacityHours),
    hiresNeeded,
  };
}

/** The sum of the rounded gross profit of every source in every period. */
export function totalGrossProfit(periods: ReadonlyArray<ReadonlyArray<SourceLine>>): Decimal {
  return sumOf(periods.flatMap((lines) => lines.map((line) => line.grossProfit)));
}

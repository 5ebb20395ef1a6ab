/**
 * The consulting load a plan puts on the partner's team, per period: the billed hours it needs,
 * the team's paid and billable hours, the utilization that results and the hires it takes.
 *
 * Reported hours are in tenths, and the yearly ones (capacity, and the hours of a yearly level of
 * vendor revenue) are split over the periods of a year by days, so the periods add up. Whether a
 * period is short, its utilization and its hires come from the exact figures instead, brought to
 * a yearly rate (the period's share of its year cancels out for yearly levels), so that an exact
 * whole number of hires is never rounded up to the next one.
 *
 * @module
 */
import {
  ceilQuotient,
  HUNDRED,
  percentOf,
  quantize,
  ZERO,
} from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import { defaultEconomicsAssumptions } from '../default-economics-assumptions.js';
import type { ServicesLoad } from '../economics-figures.js';
import type { EconomicsParameters } from './economics-parameters.js';
import type { ResolvedEconomics } from './resolve-economics.js';
import { splitHours, type YearGroup } from './year-split.js';

/** The parts of a yearly number of hours for each period of a year group, split once per group. */
function partsOf(hours: Decimal): (group: YearGroup, place: number) => Decimal {
  const memo = new Map<YearGroup, Decimal[]>();
  return (group, place) => {
    let parts = memo.get(group);
    if (parts === undefined) {
      parts = splitHours(hours, group);
      memo.set(group, parts);
    }
    return parts[place] ?? ZERO;
  };
}

/** The services load of each period, or null when the partner delivers no services. */
export function servicesLoads(
  resolved: ResolvedEconomics,
  parameters: EconomicsParameters,
): ReadonlyArray<ServicesLoad> | null {
  const services = parameters.profile.services;
  if (services === undefined) return null;
  const { ceiling, isLevel, digits } = resolved;
  const perPerson = services.availableHours ?? defaultEconomicsAssumptions.availableHours.value;
  const capacityYear = services.billableHeadcount.times(perPerson);
  const rate = services.billRate.amount;
  const capacity = partsOf(quantize(capacityYear, 1));
  const available = partsOf(quantize(capacityYear.times(ceiling).div(HUNDRED), 1));
  return resolved.steps.map((step) => {
    const { group, place } = step.slot;
    // The yearly rate of billed hours is numerator / denominator: a level is already yearly; a
    // period's amount is brought to a year by its days.
    const base = isLevel ? quantize(step.value, digits) : step.vendorRevenue;
    const revenue = base.times(services.attachRatio);
    const numerator = isLevel ? revenue : revenue.times(group.yearDays);
    const denominator = isLevel ? rate : rate.times(group.days[place] ?? 1);
    const hoursNeeded = rate.isZero()
      ? ZERO
      : isLevel
        ? (splitHours(quantize(revenue.div(rate), 1), group)[place] ?? ZERO)
        : quantize(revenue.div(rate), 1);
    // Missing hours × 100 × denominator: needed × 100 − capacity × ceiling × denominator.
    const missing = rate.isZero()
      ? ZERO
      : numerator.times(HUNDRED).minus(capacityYear.times(ceiling).times(denominator));
    const hires = missing.gt(0)
      ? (ceilQuotient(missing, perPerson.times(ceiling).times(denominator)) ?? ZERO)
      : ZERO;
    return {
      hoursNeeded,
      capacityHours: capacity(group, place),
      hoursAvailable: available(group, place),
      utilization: capacityYear.isZero()
        ? null
        : rate.isZero()
          ? ZERO
          : percentOf(numerator, denominator.times(capacityYear)),
      hiresNeeded: hires,
    };
  });
}

/**
 * The consulting load a plan puts on the partner's team, per period: the billed hours it needs,
 * the team's paid and billable hours, the utilization that results and the hires it takes.
 *
 * Reported hours are in tenths: the hours a period needs follow from its vendor revenue, like its
 * services line, and the team's yearly hours are split over the periods of a year by days, so
 * that a year's periods add up to them. Whether a
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
  // Once per calculation: billed hours per unit of vendor revenue, and the team's yearly billable
  // hours × 100 and one consultant's.
  const hoursPerRevenue = rate.isZero() ? ZERO : services.attachRatio.div(rate);
  const availableTimes100 = capacityYear.times(ceiling);
  const perHireTimes100 = perPerson.times(ceiling);
  return resolved.steps.map((step) => {
    const { group, place } = step.slot;
    const days = group.days[place] ?? group.yearDays;
    // The exact yearly rate of billed revenue: a level is already yearly; a period's amount is
    // brought to a year by its days: numerator / denominator.
    const revenue = (isLevel ? quantize(step.value, digits) : step.vendorRevenue).times(
      services.attachRatio,
    );
    const numerator = isLevel ? revenue : revenue.times(group.yearDays);
    const denominator = isLevel ? rate : rate.times(days);
    // Missing hours × 100 × denominator = needed × 100 − available × 100 × denominator.
    const missing = rate.isZero()
      ? ZERO
      : numerator.times(HUNDRED).minus(availableTimes100.times(denominator));
    return {
      // The hours a period needs follow its vendor revenue, like the services line.
      hoursNeeded: quantize(step.vendorRevenue.times(hoursPerRevenue), 1),
      capacityHours: capacity(group, place),
      hoursAvailable: available(group, place),
      utilization: capacityYear.isZero()
        ? null
        : rate.isZero()
          ? ZERO
          : percentOf(numerator, denominator.times(capacityYear)),
      hiresNeeded: missing.gt(0)
        ? (ceilQuotient(missing, perHireTimes100.times(denominator)) ?? ZERO)
        : ZERO,
    };
  });
}

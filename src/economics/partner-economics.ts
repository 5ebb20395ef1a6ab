import type { Period } from '../calendar/period.js';
import { ValidationError } from '../errors.js';
import type { EconomicsProfile } from '../model/economics-profile.js';
import type { Partnership } from '../model/partnership.js';
import { add, sumMoney } from '../money/arithmetic.js';
import { type Money, money } from '../money/money.js';
import { roundMoney } from '../money/round-money.js';
import { type Decimal, toDecimal } from '../money/to-decimal.js';
import { economicsDefaults } from './defaults.js';
import type { EconomicsInput } from './internal/economics-input.js';
import { vendorRevenueSteps } from './internal/vendor-revenue.js';

/**
 * Where the partner's gross profit from the partnership comes from: the margin on the vendor
 * revenue it resells, the services the vendor's product pulls through, its own subscriptions, and
 * its managed services.
 *
 * @example
 * ```ts
 * import type { ProfitSource } from 'partner-alignment';
 * const source: ProfitSource = 'services';
 * source //=> 'services'
 * ```
 * @category Economics
 */
export type ProfitSource = 'resale-margin' | 'services' | 'subscriptions' | 'managed-services';

/**
 * Where {@link partnerEconomics} takes each period's vendor revenue from: `'goals'` the
 * partnership's period goals for the profile's vendor-revenue objective, `'actuals'` its recorded
 * actuals, `'plan'` steps passed by the caller (such as a cascade's).
 *
 * @example
 * ```ts
 * import type { VendorRevenueSource } from 'partner-alignment';
 * const source: VendorRevenueSource = 'plan';
 * source //=> 'plan'
 * ```
 * @category Economics
 */
export type VendorRevenueSource = 'goals' | 'actuals' | 'plan';

const vendorRevenueSources: ReadonlyArray<VendorRevenueSource> = ['goals', 'actuals', 'plan'];

const sourceOrder: ReadonlyArray<ProfitSource> = [
  'resale-margin',
  'services',
  'subscriptions',
  'managed-services',
];

/**
 * The options of {@link partnerEconomics}.
 *
 * @example
 * ```ts
 * import type { PartnerEconomicsOptions } from 'partner-alignment';
 * const options: PartnerEconomicsOptions = { source: 'actuals' };
 * options.source //=> 'actuals'
 * ```
 * @category Economics
 */
export interface PartnerEconomicsOptions {
  /**
   * Where each period's vendor revenue comes from: `'goals'` (default) the partnership's period
   * goals for the profile's vendor-revenue objective, `'actuals'` its recorded actuals, `'plan'` the
   * steps in `plan` (for example the steps of a cascade of that objective).
   */
  readonly source?: VendorRevenueSource;
  /** The vendor-revenue steps when `source` is `'plan'`: one target per period, in the objective's unit. */
  readonly plan?: ReadonlyArray<{ readonly period: Period; readonly target: Decimal }>;
  /**
   * The highest billable utilization, in percentage points, a team can sustain: hours beyond it
   * need hires. Default {@link economicsDefaults}`.utilizationCeiling` (75).
   */
  readonly utilizationCeiling?: Decimal;
}

/**
 * Revenue and gross profit of one source. `applies` is `false` when the partner's profile has
 * no section for the source (its amounts are then zero).
 *
 * @example
 * ```ts
 * import { money, type SourceEconomics } from 'partner-alignment';
 * const line: SourceEconomics = { source: 'resale-margin', applies: true, revenue: money('150', 'USD'), grossProfit: money('150', 'USD') };
 * line.grossProfit.amount.toFixed() //=> '150'
 * ```
 * @category Economics
 */
export interface SourceEconomics {
  readonly source: ProfitSource;
  readonly applies: boolean;
  /** The partner's revenue from the source (for resale: the margin, net as an agent books it). */
  readonly revenue: Money;
  readonly grossProfit: Money;
}

/**
 * The share of the partner's gross profit that resale margin accounts for, or why there is none.
 *
 * @example
 * ```ts
 * import { toDecimal, type MarginShare } from 'partner-alignment';
 * const share: MarginShare = { kind: 'share', value: toDecimal('0.4') };
 * share.kind //=> 'share'
 * ```
 * @category Economics
 */
export type MarginShare =
  | { readonly kind: 'share'; readonly value: Decimal }
  | { readonly kind: 'undefined'; readonly value: null; readonly reason: string };

/**
 * The consultant hours a plan implies and the capacity of the team that delivers them. Hours are
 * rounded to one decimal, utilization to one decimal of a percentage point.
 *
 * @example
 * ```ts
 * import { toDecimal, type ServicesLoad } from 'partner-alignment';
 * const load: ServicesLoad = { hoursNeeded: toDecimal('1000'), capacityHours: toDecimal('2080'), hoursAvailable: toDecimal('1560'), utilization: toDecimal('48.1') };
 * load.utilization?.toFixed() //=> '48.1'
 * ```
 * @category Economics
 */
export interface ServicesLoad {
  /** Billed hours the plan's services revenue needs: services revenue / bill rate. */
  readonly hoursNeeded: Decimal;
  /** Paid hours of the team: headcount × available hours × the period's share of its year. */
  readonly capacityHours: Decimal;
  /** Billable hours of the team at the utilization ceiling: capacity × ceiling / 100. */
  readonly hoursAvailable: Decimal;
  /** The utilization the plan's hours produce, in percentage points (null without capacity). */
  readonly utilization: Decimal | null;
}

/**
 * A structured warning: a period's plan needs more billed hours than the team has at its
 * utilization ceiling, and how many consultants it would take to close the gap.
 *
 * @example
 * ```ts
 * import { toDecimal, type CapacityWarning } from 'partner-alignment';
 * const warning: CapacityWarning = { code: 'CAPACITY_EXCEEDED', period: { calendar: 'fy', granularity: 'year', year: 2027, index: 1 }, hoursNeeded: toDecimal('5000'), hoursAvailable: toDecimal('3120'), hiresNeeded: 2 };
 * warning.hiresNeeded //=> 2
 * ```
 * @category Economics
 */
export interface CapacityWarning {
  readonly code: 'CAPACITY_EXCEEDED';
  readonly period: Period;
  readonly hoursNeeded: Decimal;
  readonly hoursAvailable: Decimal;
  /** Consultants to hire: the missing hours / one consultant's billable hours, rounded up. */
  readonly hiresNeeded: number;
}

/**
 * The partner's economics over one period or in total.
 *
 * @example
 * ```ts
 * import { partnerEconomics, parsePartnership, samples } from 'partner-alignment';
 * const figures = partnerEconomics(parsePartnership(samples.northwindAdvisory)).total;
 * figures.vendorRevenue.amount.toFixed(2) //=> '2700000.00'
 * ```
 * @category Economics
 */
export interface EconomicsFigures {
  /** The vendor revenue the partner sells or influences. */
  readonly vendorRevenue: Money;
  /** One line per source, always in the order resale margin, services, subscriptions, managed services. */
  readonly sources: ReadonlyArray<SourceEconomics>;
  readonly revenue: Money;
  readonly grossProfit: Money;
  readonly marginShare: MarginShare;
  /** The services load, or null when the profile has no services section. */
  readonly services: ServicesLoad | null;
}

/**
 * The partner's economics for one period.
 *
 * @example
 * ```ts
 * import { partnerEconomics, parsePartnership, samples } from 'partner-alignment';
 * const [first] = partnerEconomics(parsePartnership(samples.lumenField), { source: 'actuals' }).periods;
 * first?.period //=> { calendar: 'stratus-fy-feb', granularity: 'quarter', year: 2027, index: 1 }
 * ```
 * @category Economics
 */
export interface EconomicsPeriod extends EconomicsFigures {
  readonly period: Period;
}

/**
 * The result of {@link partnerEconomics}.
 *
 * @example
 * ```ts
 * import { partnerEconomics, parsePartnership, samples } from 'partner-alignment';
 * const economics = partnerEconomics(parsePartnership(samples.lumenField), { source: 'actuals' });
 * [economics.currency, economics.source, economics.periods.length] //=> ['EUR', 'actuals', 3]
 * ```
 * @category Economics
 */
export interface PartnerEconomics {
  readonly currency: string;
  readonly source: VendorRevenueSource;
  readonly periods: ReadonlyArray<EconomicsPeriod>;
  /** The sum of the reported (rounded) periods; its utilization is total hours / total capacity. */
  readonly total: EconomicsFigures;
  readonly warnings: ReadonlyArray<CapacityWarning>;
}

const HUNDRED = toDecimal(100);
const TWELVE = toDecimal(12);
const ONE = toDecimal(1);
const SHARE_PLACES = 4;

function percentOf(part: Decimal, whole: Decimal): Decimal | null {
  return whole.isZero() ? null : part.div(whole).times(HUNDRED).toDecimalPlaces(1);
}

/** Decimal places the hires quotient is rounded to before it is rounded up (see {@link hiresFor}). */
const HIRES_PLACES = 20;

/**
 * The consultants to hire for some missing hours, rounded up. A period's share of its year
 * (90/365) is not a finite decimal, so the missing and per-hire hours each carry a rounding error
 * in the 40th digit and an exact whole quotient (5) can come out as 5.000…0001: it is rounded to
 * {@link HIRES_PLACES} places first, far below any real fraction of an hour, then up.
 */
function hiresFor(missing: Decimal, perHire: Decimal): number {
  return missing.div(perHire).toDecimalPlaces(HIRES_PLACES).ceil().toNumber();
}

function marginShareOf(margin: Money, total: Money): MarginShare {
  if (total.amount.isZero()) {
    return {
      kind: 'undefined',
      value: null,
      reason: 'The partner makes no gross profit here, so no share of it comes from margin',
    };
  }
  if (total.amount.isNegative()) {
    return {
      kind: 'undefined',
      value: null,
      reason: 'The partner loses money here, so a share of its profit has no meaning',
    };
  }
  return {
    kind: 'share',
    value: toDecimal(margin.amount.div(total.amount).toDecimalPlaces(SHARE_PLACES)),
  };
}

interface ExactPeriod {
  readonly period: Period;
  readonly vendorRevenue: Decimal;
  readonly lines: ReadonlyArray<{
    source: ProfitSource;
    applies: boolean;
    revenue: Decimal;
    grossProfit: Decimal;
  }>;
  readonly services: {
    hours: Decimal;
    capacity: Decimal;
    available: Decimal;
    perHire: Decimal;
  } | null;
}

function exactPeriod(
  step: { readonly period: Period; readonly revenue: Decimal; readonly share: Decimal },
  resaleMargin: Decimal,
  profile: EconomicsProfile,
  ceiling: Decimal,
): ExactPeriod {
  const zero = toDecimal(0);
  const margin = step.revenue.times(resaleMargin);
  const lines: ExactPeriod['lines'][number][] = [
    { source: 'resale-margin', applies: true, revenue: margin, grossProfit: margin },
  ];
  let services: ExactPeriod['services'] = null;
  const s = profile.services;
  if (s === undefined) {
    lines.push({ source: 'services', applies: false, revenue: zero, grossProfit: zero });
  } else {
    const revenue = step.revenue.times(s.attachRatio);
    const hours = s.billRate.amount.isZero() ? zero : revenue.div(s.billRate.amount);
    // Paid hours cost the same whether billed or not, so one billed hour costs
    // deliveryCostRate / utilization: revenue × cost × 100 / (billRate × utilization).
    const deliveryCost = hours.times(s.deliveryCostRate.amount).times(HUNDRED).div(s.utilization);
    lines.push({
      source: 'services',
      applies: true,
      revenue,
      grossProfit: revenue.minus(deliveryCost),
    });
    const perPerson = (s.availableHours ?? economicsDefaults.availableHours.value).times(
      step.share,
    );
    const capacity = s.billableHeadcount.times(perPerson);
    const perHire = perPerson.times(ceiling).div(HUNDRED);
    services = { hours, capacity, available: capacity.times(ceiling).div(HUNDRED), perHire };
  }
  const sub = profile.subscriptions;
  if (sub === undefined) {
    lines.push({ source: 'subscriptions', applies: false, revenue: zero, grossProfit: zero });
  } else {
    const users = sub.users
      .times(sub.retention ?? economicsDefaults.retention.value)
      .times(step.share);
    const revenue = users.times(sub.pricePerUser.amount).times(ONE.minus(sub.averageDiscount));
    const cost = users.times(sub.platformCostPerUser.amount);
    lines.push({
      source: 'subscriptions',
      applies: true,
      revenue,
      grossProfit: revenue.minus(cost),
    });
  }
  const managed = profile.managedServices;
  if (managed === undefined) {
    lines.push({ source: 'managed-services', applies: false, revenue: zero, grossProfit: zero });
  } else {
    const revenue = managed.customers
      .times(managed.monthlyRevenuePerCustomer.amount)
      .times(TWELVE)
      .times(step.share);
    lines.push({
      source: 'managed-services',
      applies: true,
      revenue,
      grossProfit: revenue.times(managed.grossMargin),
    });
  }
  return { period: step.period, vendorRevenue: step.revenue, lines, services };
}

function figuresOf(
  currency: string,
  vendorRevenue: Money,
  sources: ReadonlyArray<SourceEconomics>,
  services: ServicesLoad | null,
): EconomicsFigures {
  const revenue = sumMoney(
    sources.map((line) => line.revenue),
    currency,
  );
  const grossProfit = sumMoney(
    sources.map((line) => line.grossProfit),
    currency,
  );
  const margin = sources[0]?.grossProfit ?? money(toDecimal(0), currency);
  return {
    vendorRevenue,
    sources,
    revenue,
    grossProfit,
    marginShare: marginShareOf(margin, grossProfit),
    services,
  };
}

function rounded(amount: Decimal, currency: string): Money {
  return roundMoney(money(toDecimal(amount), currency));
}

function missingProfile(): ValidationError {
  return new ValidationError('Cannot compute partner economics', [
    {
      code: 'required',
      path: ['economics'],
      message: 'The partnership has no economics profile',
      received: 'undefined',
      expected: 'an economics section naming the vendor-revenue objective',
    },
  ]);
}

/**
 * The partner's revenue and gross profit from the partnership by source, per period and in total,
 * in the partnership's currency: what share of its profit margin accounts for, the consultant
 * hours the plan implies, the utilization they produce, and a warning for each period that needs
 * more billed hours than the team has (with the hires it would take).
 *
 * The vendor revenue per period comes from `options.source`: `'goals'` (default), `'actuals'` or
 * `'plan'` (steps passed in `options.plan`, such as a cascade's). For a flow objective (bookings)
 * a period's value is its revenue; for a stock (ARR) it is a yearly level, so the period's revenue
 * is the level × the period's share of its fiscal year (by days). Then, per period:
 *
 * - resale margin = vendor revenue × the terms' resale margin (booked net, as an agent);
 * - services revenue = vendor revenue × attach ratio; hours needed = services revenue / bill rate;
 *   services gross profit = revenue − hours × delivery cost rate × 100 / utilization (a paid hour
 *   costs the same billed or not, so the bench is part of each billed hour's cost);
 * - capacity = headcount × available hours × the period's share of its year; hours available =
 *   capacity × utilization ceiling (default 75 points); the plan's utilization = hours needed /
 *   capacity; over the ceiling → a `CAPACITY_EXCEEDED` warning with the hires needed (rounded up);
 * - subscriptions revenue = users × retention × price × (1 − discount) × share of year, gross
 *   profit = revenue − users × retention × platform cost × share of year;
 * - managed services revenue = customers × monthly revenue × 12 × share of year, gross profit =
 *   revenue × gross margin.
 *
 * Everything is exact Decimal arithmetic until the report: each period's money is rounded half-even
 * to the currency's minor units, and the total is the sum of the rounded periods (so the columns
 * add up). The margin share is rounded to 4 decimal places; it is `null` with a reason when the
 * gross profit is zero or negative.
 *
 * @param partnership - a parsed partnership with an `economics` profile
 * @param options - where the vendor revenue comes from, and the utilization ceiling
 * @returns the economics per period and in total, and the capacity warnings
 * @throws {@link ValidationError} when the partnership has no economics profile, its vendor-revenue
 *   objective is not a money objective in the document currency, `source` is `'plan'` without a plan,
 *   two vendor-revenue periods overlap (a year and one of its quarters: counted twice otherwise), or
 *   `source` is not one of `'goals'`, `'actuals'`, `'plan'`
 * @example
 * ```ts
 * import { partnerEconomics, parsePartnership, samples } from 'partner-alignment';
 * const economics = partnerEconomics(parsePartnership(samples.northwindAdvisory));
 * economics.total.sources.map((line) => [line.source, line.grossProfit.amount.toFixed(2)])
 * //=> [['resale-margin', '405000.00'], ['services', '615253.38'], ['subscriptions', '0.00'], ['managed-services', '0.00']]
 * economics.total.marginShare.value?.toFixed() //=> '0.397'
 * partnerEconomics(parsePartnership(samples.northwindAdvisory), { source: 'plan' }) //!> ValidationError
 * ```
 * @category Economics
 */
export function partnerEconomics(
  partnership: Partnership,
  options?: PartnerEconomicsOptions,
): PartnerEconomics {
  return _partnerEconomicsOf(partnership, options);
}

/** {@link partnerEconomics} on the parts of a partnership it reads (for the sensitivity runs). */
export function _partnerEconomicsOf(
  partnership: EconomicsInput,
  options?: PartnerEconomicsOptions,
): PartnerEconomics {
  const profile = partnership.economics;
  if (profile === undefined) throw missingProfile();
  const source = options?.source ?? 'goals';
  if (!vendorRevenueSources.includes(source)) {
    throw new ValidationError('Cannot compute partner economics', [
      {
        code: 'invalid-value',
        path: ['source'],
        message: 'Unknown source of the vendor revenue',
        received: JSON.stringify(source),
        expected: '"goals", "actuals" or "plan"',
      },
    ]);
  }
  const ceiling = options?.utilizationCeiling ?? economicsDefaults.utilizationCeiling.value;
  if (!ceiling.gt(0) || ceiling.gt(100)) {
    throw new ValidationError('Cannot compute partner economics', [
      {
        code: 'too-big',
        path: ['utilizationCeiling'],
        message: 'The utilization ceiling must be above 0 and at most 100 percentage points',
        received: JSON.stringify(ceiling.toFixed()),
        expected: 'percentage points such as "75"',
      },
    ]);
  }
  const currency = partnership.currency;
  const steps = vendorRevenueSteps(
    partnership,
    profile.vendorRevenue.objective,
    source,
    options?.plan,
  );
  const warnings: CapacityWarning[] = [];
  const periods: EconomicsPeriod[] = steps.map((step) => {
    const exact = exactPeriod(step, partnership.terms.resaleMargin, profile, ceiling);
    const sources = exact.lines.map((line) => ({
      source: line.source,
      applies: line.applies,
      revenue: rounded(line.revenue, currency),
      grossProfit: rounded(line.grossProfit, currency),
    }));
    let services: ServicesLoad | null = null;
    if (exact.services !== null) {
      const { hours, capacity, available, perHire } = exact.services;
      services = {
        hoursNeeded: toDecimal(hours.toDecimalPlaces(1)),
        capacityHours: toDecimal(capacity.toDecimalPlaces(1)),
        hoursAvailable: toDecimal(available.toDecimalPlaces(1)),
        utilization: percentOf(hours, capacity),
      };
      if (hours.gt(available)) {
        warnings.push({
          code: 'CAPACITY_EXCEEDED',
          period: step.period,
          hoursNeeded: services.hoursNeeded,
          hoursAvailable: services.hoursAvailable,
          hiresNeeded: perHire.isZero() ? 0 : hiresFor(hours.minus(available), perHire),
        });
      }
    }
    return {
      period: step.period,
      ...figuresOf(currency, rounded(step.revenue, currency), sources, services),
    };
  });
  return { currency, source, periods, total: totalOf(currency, periods, profile), warnings };
}

function appliesTo(profile: EconomicsProfile, source: ProfitSource): boolean {
  if (source === 'resale-margin') return true;
  if (source === 'services') return profile.services !== undefined;
  if (source === 'subscriptions') return profile.subscriptions !== undefined;
  return profile.managedServices !== undefined;
}

function totalOf(
  currency: string,
  periods: ReadonlyArray<EconomicsPeriod>,
  profile: EconomicsProfile,
): EconomicsFigures {
  const zero = money(toDecimal(0), currency);
  const sources = sourceOrder.map((source, index) => {
    let revenue = zero;
    let grossProfit = zero;
    for (const period of periods) {
      const line = period.sources[index];
      if (line === undefined) continue;
      revenue = add(revenue, line.revenue);
      grossProfit = add(grossProfit, line.grossProfit);
    }
    return { source, applies: appliesTo(profile, source), revenue, grossProfit };
  });
  const loads = periods.flatMap((period) => (period.services === null ? [] : [period.services]));
  let services: ServicesLoad | null = null;
  if (profile.services !== undefined) {
    const sum = (pick: (load: ServicesLoad) => Decimal) =>
      loads.reduce((total, load) => total.plus(pick(load)), toDecimal(0));
    const hoursNeeded = toDecimal(sum((load) => load.hoursNeeded));
    const capacityHours = toDecimal(sum((load) => load.capacityHours));
    services = {
      hoursNeeded,
      capacityHours,
      hoursAvailable: toDecimal(sum((load) => load.hoursAvailable)),
      utilization: percentOf(hoursNeeded, capacityHours),
    };
  }
  return figuresOf(
    currency,
    sumMoney(
      periods.map((period) => period.vendorRevenue),
      currency,
    ),
    sources,
    services,
  );
}

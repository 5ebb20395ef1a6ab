import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  EconomicsProfile,
  isValidationError,
  type Money,
  minorUnits,
  ObjectiveId,
  type PartnerEconomics,
  partnerEconomics,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { lumen, northwind } from './fixtures.js';
import { add, cents, div, fixed, int, mul, q, sub } from './rational.js';

const amount = (value: Money) => value.amount.toFixed(2);
const bySource = (economics: PartnerEconomics['total']) =>
  Object.fromEntries(
    economics.sources.map((line) => [
      line.source,
      [amount(line.revenue), amount(line.grossProfit)],
    ]),
  );
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error.message;
    throw error;
  }
  throw new Error('did not throw');
};

describe('partnerEconomics', () => {
  it('computes the consulting sample by hand: services pull-through earns more than margin', () => {
    // Northwind FY2027: the resold-ARR goal is a stock of USD 2,700,000 for the whole year (share 1).
    const vendor = q('2700000');
    const margin = mul(vendor, q('0.15')); // 405,000
    const services = mul(vendor, q('0.95')); // 2,565,000
    const hours = div(services, q('185')); // 13,864.86 h
    // A paid hour costs 90 billed or not; at 64 % utilization a billed hour costs 90 / 0.64.
    const deliveryCost = div(mul(hours, q('90')), q('0.64')); // 1,949,746.62
    const servicesProfit = sub(services, deliveryCost); // 615,253.38
    const capacity = mul(int(14), int(2080)); // 29,120 paid hours

    const { total, periods, warnings, currency } = partnerEconomics(northwind());
    expect(currency).toBe('USD');
    expect(periods).toHaveLength(1);
    expect(amount(total.vendorRevenue)).toBe('2700000.00');
    expect(bySource(total)).toEqual({
      'resale-margin': [cents(margin), cents(margin)],
      services: [cents(services), cents(servicesProfit)],
      subscriptions: ['0.00', '0.00'],
      'managed-services': ['0.00', '0.00'],
    });
    expect(amount(total.grossProfit)).toBe(cents(add(margin, servicesProfit)));
    expect(total.marginShare.value?.toFixed(4)).toBe(
      fixed(div(q(cents(margin)), q(cents(add(margin, servicesProfit)))), 4),
    );
    expect(total.marginShare.value?.toFixed()).toBe('0.397');
    expect(total.services?.hoursNeeded.toFixed(1)).toBe(fixed(hours, 1));
    expect(total.services?.capacityHours.toFixed()).toBe('29120');
    expect(total.services?.hoursAvailable.toFixed()).toBe('21840');
    expect(total.services?.utilization?.toFixed(1)).toBe(
      fixed(mul(div(hours, capacity), int(100)), 1),
    );
    expect(warnings).toEqual([]);
  });

  it('computes the solution-provider sample by hand per quarter, with totals adding up', () => {
    // Lumen FY2027 runs February 2026 to January 2027: 365 days, Q1 89 days, Q2 and Q3 92 days.
    const quarters = [
      { days: 89, platformArr: '258600' },
      { days: 92, platformArr: '277200' },
      { days: 92, platformArr: '298800' },
    ];
    const expected = quarters.map(({ days, platformArr }) => {
      const share: [bigint, bigint] = [BigInt(days), 365n];
      const vendor = mul(q(platformArr), share);
      // Users who stay: 4,980 × 0.95; revenue at 385 list less 20 %, cost 60 a user, both yearly.
      const users = mul(mul(q('4980'), q('0.95')), share);
      const revenue = mul(users, mul(q('385'), q('0.8')));
      const profit = sub(revenue, mul(users, q('60')));
      return [cents(vendor), cents(mul(vendor, q('0.10'))), cents(revenue), cents(profit)];
    });
    const economics = partnerEconomics(lumen(), { source: 'actuals' });
    expect(
      economics.periods.map((period) => [
        amount(period.vendorRevenue),
        amount(period.sources[0]?.grossProfit as Money),
        amount(period.sources[2]?.revenue as Money),
        amount(period.sources[2]?.grossProfit as Money),
      ]),
    ).toEqual(expected);
    expect(expected[0]).toEqual(['63055.89', '6305.59', '355304.58', '286089.40']);
    const sumColumn = (column: number) =>
      cents(expected.map((row) => q(row[column] as string)).reduce(add, int(0)));
    expect(amount(economics.total.vendorRevenue)).toBe(sumColumn(0));
    expect(bySource(economics.total)['subscriptions']).toEqual([sumColumn(2), sumColumn(3)]);
    expect(amount(economics.total.grossProfit)).toBe(cents(add(q(sumColumn(1)), q(sumColumn(3)))));
    expect(economics.total.services).toBeNull();
    expect(economics.periods.map((period) => period.services)).toEqual([null, null, null]);
  });

  it('warns when the plan needs more billed hours than the team has, with the hires it takes', () => {
    // USD 6,000,000 of resold ARR pulls 5,700,000 of services: 30,810.8 h at 185.
    // 14 consultants × 2,080 h × 75 % = 21,840 billable hours; each hire adds 1,560.
    const plan = [
      {
        period: { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const,
        target: toDecimal('6000000'),
      },
    ];
    const { warnings, periods } = partnerEconomics(northwind(), { source: 'plan', plan });
    const hours = div(mul(q('6000000'), q('0.95')), q('185'));
    const missing = sub(hours, q('21840'));
    const [n, d] = div(missing, q('1560'));
    const hires = Number((n + d - 1n) / d);
    expect(hires).toBe(6);
    expect(warnings).toEqual([
      {
        code: 'CAPACITY_EXCEEDED',
        period: plan[0]?.period,
        hoursNeeded: toDecimal(fixed(hours, 1)),
        hoursAvailable: toDecimal('21840'),
        hiresNeeded: hires,
      },
    ]);
    expect(periods[0]?.services?.utilization?.toFixed(1)).toBe(
      fixed(mul(div(hours, q('29120')), int(100)), 1),
    );
  });

  it('lowers the bar for hires with a higher utilization ceiling', () => {
    const plan = [
      {
        period: { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const,
        target: toDecimal('6000000'),
      },
    ];
    const { warnings } = partnerEconomics(northwind(), {
      source: 'plan',
      plan,
      utilizationCeiling: toDecimal('100'),
    });
    // 30,810.8 h against 29,120: 1,690.8 missing, 2,080 per hire → 1.
    expect(warnings.map((warning) => warning.hiresNeeded)).toEqual([1]);
  });

  it('takes a flow objective’s value as the period’s revenue, without prorating', () => {
    const partnership = northwind();
    const flow = {
      ...partnership,
      economics: {
        ...partnership.economics,
        vendorRevenue: { objective: ObjectiveId.parse('services-revenue') },
      },
    };
    const { periods } = partnerEconomics(flow);
    expect(periods.map((period) => amount(period.vendorRevenue))).toEqual([
      '560000.00',
      '640000.00',
      '660000.00',
    ]);
  });

  it('prorates a stock objective by the period’s share of its fiscal year', () => {
    // FY2027-Q1 of a July year is July to September 2026: 92 of 365 days.
    const { periods } = partnerEconomics(northwind(), { source: 'actuals' });
    expect(amount(periods[0]?.vendorRevenue as Money)).toBe(cents(mul(q('2180000'), [92n, 365n])));
  });

  it('computes managed services from customers, monthly revenue and gross margin', () => {
    const partnership = northwind();
    const msp = {
      ...partnership,
      economics: EconomicsProfile.parse({
        vendorRevenue: { objective: 'resale-arr' },
        managedServices: {
          customers: '40',
          monthlyRevenuePerCustomer: { amount: '2500', currency: 'USD' },
          grossMargin: '0.45',
        },
      }),
    };
    const { total } = partnerEconomics(msp);
    // 40 × 2,500 × 12 = 1,200,000 a year; 45 % of it is gross profit.
    expect(bySource(total)['managed-services']).toEqual(['1200000.00', '540000.00']);
    expect(total.services).toBeNull();
  });

  it('reports no margin share, with a reason, when there is no gross profit', () => {
    const partnership = northwind();
    const zero = {
      ...partnership,
      terms: { ...partnership.terms, resaleMargin: toDecimal(0) },
      economics: EconomicsProfile.parse({ vendorRevenue: { objective: 'resale-arr' } }),
    };
    const { total } = partnerEconomics(zero);
    expect(total.marginShare).toEqual({
      kind: 'undefined',
      value: null,
      reason: 'The partner makes no gross profit here, so no share of it comes from margin',
    });
  });

  it('reports no margin share when the partner loses money', () => {
    const partnership = northwind();
    const base = EconomicsProfile.parse({
      vendorRevenue: { objective: 'resale-arr' },
      services: {
        attachRatio: '1',
        billRate: { amount: '100', currency: 'USD' },
        deliveryCostRate: { amount: '90', currency: 'USD' },
        billableHeadcount: '100',
        utilization: '50',
      },
    });
    const { total } = partnerEconomics({ ...partnership, economics: base });
    expect(total.grossProfit.amount.isNegative()).toBe(true);
    expect(total.marginShare.kind).toBe('undefined');
  });

  it('gives zero hours and a null utilization to a team without headcount', () => {
    const partnership = northwind();
    const services = { ...partnership.economics.services, billableHeadcount: toDecimal(0) };
    const { total, warnings } = partnerEconomics({
      ...partnership,
      economics: { ...partnership.economics, services },
    } as typeof partnership);
    expect(total.services?.utilization).toBeNull();
    expect(warnings.map((warning) => warning.hiresNeeded)).toEqual([9]);
  });

  it('rejects a partnership without an economics profile', () => {
    const { economics: _, ...partnership } = northwind();
    expect(thrown(() => partnerEconomics(partnership))).toMatchInlineSnapshot(`
      "Cannot compute partner economics: 1 issue
        - economics: The partnership has no economics profile (received undefined; expected an economics section naming the vendor-revenue objective)"
    `);
  });

  it('rejects a vendor-revenue objective that is unknown or not money in the document currency', () => {
    const partnership = northwind();
    const pointTo = (objective: string) => ({
      ...partnership,
      economics: {
        ...partnership.economics,
        vendorRevenue: { objective: ObjectiveId.parse(objective) },
      },
    });
    expect(thrown(() => partnerEconomics(pointTo('nope')))).toMatchInlineSnapshot(`
      "Cannot compute partner economics: 1 issue
        - economics.vendorRevenue.objective: The vendor-revenue objective is not an objective of the partnership (received "nope"; expected the id of a money objective in USD)"
    `);
    expect(thrown(() => partnerEconomics(pointTo('certified-consultants')))).toContain(
      'is not measured in the document currency',
    );
  });

  it('rejects source "plan" without a plan, duplicate periods and a ceiling out of range', () => {
    const partnership = northwind();
    expect(thrown(() => partnerEconomics(partnership, { source: 'plan' }))).toContain(
      'Option source is "plan" but no plan was passed',
    );
    const step = {
      period: { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const,
      target: toDecimal(1),
    };
    expect(
      thrown(() => partnerEconomics(partnership, { source: 'plan', plan: [step, step] })),
    ).toContain('Two values of the vendor-revenue objective for FY2028');
    expect(
      thrown(() => partnerEconomics(partnership, { utilizationCeiling: toDecimal(0) })),
    ).toContain('The utilization ceiling must be above 0 and at most 100 percentage points');
  });

  it('never mutates its input', () => {
    const partnership = deepFreeze(northwind());
    const plan = deepFreeze([
      {
        period: { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const,
        target: toDecimal('6000000'),
      },
    ]);
    expect(() => partnerEconomics(partnership, { source: 'plan', plan })).not.toThrow();
    expect(() => partnerEconomics(deepFreeze(lumen()), { source: 'actuals' })).not.toThrow();
  });
});

describe('partnerEconomics properties', () => {
  const revenue = fc
    .bigInt({ min: 0n, max: 10n ** 9n })
    .map((value) => toDecimal(value.toString()));
  const point = fc.integer({ min: 0, max: 100 }).map((value) => toDecimal(value).div(100));
  const single = (target: ReturnType<typeof toDecimal>) => [
    {
      period: { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const,
      target,
    },
  ];
  const run = (
    target: ReturnType<typeof toDecimal>,
    change: (p: ReturnType<typeof northwind>) => ReturnType<typeof northwind> = (p) => p,
  ) => partnerEconomics(change(northwind()), { source: 'plan', plan: single(target) }).total;

  test.prop([revenue, point, point])(
    'is linear in margin: each margin point adds vendor revenue × 0.01 of profit',
    (vendor, m1, m2) => {
      const at = (margin: typeof m1) =>
        run(vendor, (p) => ({ ...p, terms: { ...p.terms, resaleMargin: margin } })).grossProfit
          .amount;
      expect(
        at(m2)
          .minus(at(m1))
          .eq(vendor.times(m2.minus(m1))),
      ).toBe(true);
    },
  );

  test.prop([revenue, point, point])(
    'never lowers services revenue when the attach ratio rises',
    (vendor, a, b) => {
      const [low, high] = a.lte(b) ? [a, b] : [b, a];
      const services = (attachRatio: typeof a) =>
        run(
          vendor,
          (p) =>
            ({
              ...p,
              economics: { ...p.economics, services: { ...p.economics.services, attachRatio } },
            }) as typeof p,
        ).sources[1]?.revenue.amount ?? toDecimal(0);
      expect(services(high).gte(services(low))).toBe(true);
    },
  );

  test.prop([point, fc.integer({ min: 1, max: 50 })])(
    'gives zero margin and zero pull-through for zero vendor revenue',
    (margin, attach) => {
      const total = run(
        toDecimal(0),
        (p) =>
          ({
            ...p,
            terms: { ...p.terms, resaleMargin: margin },
            economics: {
              ...p.economics,
              services: { ...p.economics.services, attachRatio: toDecimal(attach).div(10) },
            },
          }) as typeof p,
      );
      expect(total.sources[0]?.grossProfit.amount.isZero()).toBe(true);
      expect(total.sources[1]?.revenue.amount.isZero()).toBe(true);
      expect(total.sources[1]?.grossProfit.amount.isZero()).toBe(true);
      expect(total.services?.hoursNeeded.isZero()).toBe(true);
    },
  );

  test.prop([fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { minLength: 1, maxLength: 4 })])(
    'reports in the partnership currency, exact to the cent, with totals adding up',
    (values) => {
      const plan = values.map((value, index) => ({
        period: {
          calendar: 'stratus-fy-feb',
          granularity: 'quarter',
          year: 2027,
          index: index + 1,
        } as const,
        target: toDecimal(value.toString()).div(100),
      }));
      const economics = partnerEconomics(lumen(), { source: 'plan', plan });
      const all = [economics.total, ...economics.periods].flatMap((figures) => [
        figures.vendorRevenue,
        figures.revenue,
        figures.grossProfit,
        ...figures.sources.flatMap((line) => [line.revenue, line.grossProfit]),
      ]);
      expect(all.every((value) => value.currency === 'EUR')).toBe(true);
      expect(all.every((value) => value.amount.decimalPlaces() <= minorUnits('EUR'))).toBe(true);
      const sum = (pick: (figures: PartnerEconomics['total']) => Money) =>
        economics.periods.reduce((total, period) => total.plus(pick(period).amount), toDecimal(0));
      expect(sum((f) => f.grossProfit).eq(economics.total.grossProfit.amount)).toBe(true);
      expect(sum((f) => f.vendorRevenue).eq(economics.total.vendorRevenue.amount)).toBe(true);
    },
  );
});

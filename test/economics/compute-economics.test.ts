import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  computeEconomics,
  EconomicsProfile,
  isValidationError,
  type Money,
  minorUnits,
  ObjectiveId,
  type PartnerEconomics,
  periodsInYear,
  samples,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { lumen, northwind } from './fixtures.js';
import { add, cents, div, fixed, fromCents, int, mul, q, split, sub } from './rational.js';

const amount = (value: Money) => value.amount.toFixed(2);
const bySource = (economics: PartnerEconomics['total']) =>
  Object.fromEntries(
    economics.sources.map((line) => [
      line.source,
      [amount(line.revenue), amount(line.grossProfit)],
    ]),
  );
const line = (figures: PartnerEconomics['total'], source: string) =>
  figures.sources.find((item) => item.source === source);
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error.message;
    throw error;
  }
  throw new Error('did not throw');
};
const fy2028 = { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const;

describe('computeEconomics', () => {
  it('computes the consulting sample by hand: services pull-through earns more than margin', () => {
    // Northwind FY2027: the resold-ARR goal is a stock of USD 2,700,000 for the whole year, whose
    // only part is the year itself.
    const vendor = q('2700000');
    const margin = mul(vendor, q('0.15')); // 405,000
    const services = mul(vendor, q('0.95')); // 2,565,000
    const hours = div(services, q('185')); // 13,864.86 h
    // A paid hour costs 90 billed or not; at 64 % utilization a billed hour costs 90 / 0.64.
    const deliveryCost = div(mul(hours, q('90')), q('0.64')); // 1,949,746.62
    const servicesProfit = sub(services, deliveryCost); // 615,253.38
    const capacity = mul(int(14), int(2080)); // 29,120 paid hours

    const economics = computeEconomics(northwind());
    const { total, periods, currency } = economics;
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
    expect(amount(total.grossProfit)).toBe('1020253.38');
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
    expect(total.services?.hiresNeeded.toFixed()).toBe('0');
    expect(economics.capacityShortfall).toBeNull();
    expect(economics.findings).toEqual([]);
  });

  it('computes the solution-provider sample by hand per quarter, splitting yearly figures by days', () => {
    // Lumen FY2027 runs February 2026 to January 2027: 365 days, quarters of 89, 92, 92, 92 days.
    // Each quarter's platform ARR is a yearly level: its part of the level split over the year's
    // quarters by days, in whole cents (largest remainder).
    const days = [89n, 92n, 92n, 92n];
    const quarters = ['258600', '277200', '298800'].map(
      (arr, index) => split(BigInt(arr) * 100n, days)[index] as bigint,
    );
    // Users who stay: 4,980 × 0.95 = 4,731; a year's revenue at 385 list less 20 % is 1,457,148,
    // its profit after 60 a user 1,173,288: both split over the quarters the same way.
    const revenue = split(4731n * 308n * 100n, days);
    const profit = split(4731n * 248n * 100n, days);
    const expected = quarters.map((vendor, index) => [
      fromCents(vendor),
      cents(mul([vendor, 100n], q('0.10'))),
      fromCents(revenue[index] as bigint),
      fromCents(profit[index] as bigint),
    ]);
    const economics = computeEconomics(lumen(), { source: 'actuals' });
    expect(
      economics.periods.map((period) => [
        amount(period.vendorRevenue),
        amount(line(period, 'resale-margin')?.grossProfit as Money),
        amount(line(period, 'subscriptions')?.revenue as Money),
        amount(line(period, 'subscriptions')?.grossProfit as Money),
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

  it('finds a capacity shortfall when the plan needs more billed hours than the team has', () => {
    // USD 6,000,000 of resold ARR pulls 5,700,000 of services: 30,810.8 h at 185.
    // 14 consultants × 2,080 h × 75 % = 21,840 billable hours; each hire adds 1,560.
    const plan = [{ period: fy2028, target: toDecimal('6000000') }];
    const economics = computeEconomics(northwind(), { source: 'plan', plan });
    const hours = div(mul(q('6000000'), q('0.95')), q('185'));
    const [n, d] = div(sub(hours, q('21840')), q('1560'));
    const hires = (n + d - 1n) / d;
    expect(hires).toBe(6n);
    expect(economics.capacityShortfall).toEqual({
      hiresNeeded: toDecimal(6),
      period: fy2028,
      periods: [fy2028],
    });
    expect(economics.findings).toEqual([
      {
        code: 'capacity-shortfall',
        severity: 'warning',
        subjects: [{ kind: 'economics' }, { kind: 'period', id: 'FY2028' }],
        evidence: [
          { label: 'Vendor revenue', value: '6000000' },
          { label: 'Billed hours needed', value: fixed(hours, 1) },
          { label: 'Billable hours available', value: '21840' },
          {
            label: 'Billable headcount',
            value: '14',
            path: ['economics', 'services', 'billableHeadcount'],
          },
          { label: 'Utilization ceiling', value: '75' },
          { label: 'Hires needed', value: '6' },
        ],
        params: {
          period: 'FY2028',
          hoursNeeded: '30810.8',
          hoursAvailable: '21840',
          headcount: '14',
          ceiling: '75',
          hires: '6',
        },
        message:
          'FY2028 needs 30810.8 billed hours; 14 consultants bill 21840 at the utilization ceiling of 75 points: 6 more consultants would close the gap',
      },
    ]);
    expect(economics.periods[0]?.services?.utilization?.toFixed(1)).toBe(
      fixed(mul(div(hours, q('29120')), int(100)), 1),
    );
  });

  it('points the evidence of a shortfall at the goal that causes it', () => {
    // The FY2027 goal of resale-arr is goals[6] in the sample; at 5,000,000 it needs 25,675.7 h.
    const partnership = northwind();
    const goals = partnership.goals.map((goal) =>
      goal.objective === 'resale-arr' ? { ...goal, target: toDecimal('5000000') } : goal,
    );
    const [finding] = computeEconomics({ ...partnership, goals }).findings;
    expect(finding?.evidence[0]).toEqual({
      label: 'Vendor revenue',
      value: '5000000',
      path: ['goals', 6, 'target'],
    });
    expect(finding?.params['hires']).toBe('3');
  });

  it('lowers the bar for hires with a higher utilization ceiling', () => {
    const plan = [{ period: fy2028, target: toDecimal('6000000') }];
    const economics = computeEconomics(northwind(), {
      source: 'plan',
      plan,
      utilizationCeiling: toDecimal('100'),
    });
    // 30,810.8 h against 29,120: 1,690.8 missing, 2,080 per hire → 1.
    expect(economics.capacityShortfall?.hiresNeeded.toFixed()).toBe('1');
  });

  it('reports the most hires any period needs, since people stay from one period to the next', () => {
    // FY2028 quarters of Northwind's July year: 92, 92, 91, 91 days. A level of 4,000,000 needs
    // 20,540.5 h a year against 21,840 (none); 6,000,000 needs 6 hires, 5,000,000 needs 3.
    const quarter = (index: number, target: string) => ({
      period: { ...fy2028, granularity: 'quarter' as const, index },
      target,
    });
    const plan = [quarter(1, '4000000'), quarter(2, '6000000'), quarter(3, '5000000')];
    const { capacityShortfall, periods } = computeEconomics(northwind(), { source: 'plan', plan });
    expect(periods.map((period) => period.services?.hiresNeeded.toFixed())).toEqual([
      '0',
      '6',
      '3',
    ]);
    expect(capacityShortfall?.hiresNeeded.toFixed()).toBe('6');
    expect(capacityShortfall?.period.index).toBe(2);
    expect(capacityShortfall?.periods.map((period) => period.index)).toEqual([2, 3]);
  });

  it('brings a flow quarter’s hours to a yearly rate to size its hires exactly', () => {
    // Services revenue (a flow) of 2,000,000 in FY2028-Q1: 1,900,000 / 185 = 10,270.27 h in 92
    // days of a 366-day year (July 2027 to June 2028 holds 29 February). In a year's terms,
    // × 366 / 92 = 40,857.4 h against 21,840 available: 19,017.4 missing, 1,560 a hire → 12.2 → 13.
    const partnership = northwind();
    const flow = {
      ...partnership,
      economics: {
        ...partnership.economics,
        vendorRevenue: { objective: ObjectiveId.parse('services-revenue') },
      },
    };
    const plan = [{ period: 'FY2028-Q1', target: '2000000' }];
    const { periods } = computeEconomics(flow, { source: 'plan', plan });
    const yearly = mul(div(mul(q('2000000'), q('0.95')), q('185')), [366n, 92n]);
    const [n, d] = div(sub(yearly, q('21840')), q('1560'));
    expect(periods[0]?.services?.hiresNeeded.toFixed()).toBe(String((n + d - 1n) / d));
    expect(periods[0]?.services?.hiresNeeded.toFixed()).toBe('13');
    expect(periods[0]?.services?.hoursNeeded.toFixed()).toBe('10270.3');
    expect(periods[0]?.services?.utilization?.toFixed()).toBe(
      fixed(mul(div(yearly, q('29120')), int(100)), 1),
    );
  });

  it('splits yearly figures over the weeks of a 4-4-5 year, in the currency’s own minor units', () => {
    // Lumen in yen (no minor unit) on a 4-4-5 calendar: a platform ARR of 365,000 held every week
    // of FY2027, and subscriptions of 4,731 × 385 × 0.8 = 1,457,148 yen a year. Each is split over
    // the year's weeks by largest remainder in whole yen, so the weeks add back to it exactly.
    const text = JSON.stringify(samples.lumenField)
      .replaceAll('"EUR"', '"JPY"')
      .replace(/"(-?\d+)\.00"/g, (_, whole: string) => `"${whole}"`);
    const calendar = {
      kind: 'week-based',
      id: 'stratus-fy-feb',
      yearEnd: { month: 1, weekday: 'saturday', rule: 'nearest' },
      pattern: '4-4-5',
      yearNaming: 'end-year',
    } as const;
    const document = { ...JSON.parse(text), calendar };
    const weeks = periodsInYear(calendar, 2027, 'week');
    const plan = weeks.map((period) => ({ period, target: '365000' }));
    const economics = computeEconomics(document, { source: 'plan', plan });
    expect(economics.periods).toHaveLength(weeks.length);
    const parts = split(
      365_000n,
      weeks.map(() => 7n),
    );
    expect(economics.periods.map((period) => period.vendorRevenue.amount.toFixed())).toEqual(
      parts.map(String),
    );
    expect(economics.total.vendorRevenue.amount.toFixed()).toBe('365000');
    expect(line(economics.total, 'subscriptions')?.revenue.amount.toFixed()).toBe('1457148');
    expect(economics.periods.every((period) => period.vendorRevenue.amount.isInteger())).toBe(true);
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
    const { periods } = computeEconomics(flow);
    expect(periods.map((period) => amount(period.vendorRevenue))).toEqual([
      '560000.00',
      '640000.00',
      '660000.00',
    ]);
  });

  it('splits a stock objective’s yearly level over the quarters of its year by days', () => {
    // FY2027 of a July year: quarters of 92, 92, 90 and 91 days. The quarters' exact parts of
    // 218,000,000 cents are 54,947,945.21, 54,947,945.21, 53,753,424.66 and 54,350,684.93: the
    // floors leave 2 cents, which go to the largest remainders (Q4, Q3), so Q1 keeps 54,947,945.
    const { periods } = computeEconomics(northwind(), { source: 'actuals' });
    const parts = split(218_000_000n, [92n, 92n, 90n, 91n]);
    expect(amount(periods[0]?.vendorRevenue as Money)).toBe(fromCents(parts[0] as bigint));
    expect(amount(periods[0]?.vendorRevenue as Money)).toBe('549479.45');
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
    const { total } = computeEconomics(msp);
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
    const { total } = computeEconomics(zero);
    expect(total.marginShare).toEqual({
      kind: 'undefined',
      value: null,
      reason: 'The partner makes no gross profit here, so no share of it comes from margin',
    });
  });

  it('reports no margin share and a source at a loss when the partner loses money', () => {
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
    const economics = computeEconomics({ ...partnership, economics: base });
    // Services: 2,700,000 of revenue, 27,000 h at 100; each costs 90 / 0.5 = 180: −2,160,000.
    expect(economics.total.marginShare.kind).toBe('undefined');
    expect(economics.findings.map((finding) => [finding.code, finding.message])).toEqual([
      [
        'source-at-a-loss',
        'The partner loses 2160000.00 USD on services over these periods (revenue 2700000.00, gross profit -2160000.00)',
      ],
    ]);
  });

  it('gives zero capacity and a null utilization to a team without headcount', () => {
    // 13,864.86 h needed, none available; one hire bills 1,560 h: 8.9 → 9.
    const partnership = northwind();
    const services = { ...partnership.economics.services, billableHeadcount: toDecimal(0) };
    const economics = computeEconomics({
      ...partnership,
      economics: { ...partnership.economics, services },
    } as typeof partnership);
    expect(economics.total.services?.utilization).toBeNull();
    expect(economics.capacityShortfall?.hiresNeeded.toFixed()).toBe('9');
  });

  it('says so when the chosen source has no vendor revenue, and every figure is zero', () => {
    const partnership = northwind();
    const goals = partnership.goals.filter((goal) => goal.objective !== 'resale-arr');
    const economics = computeEconomics({ ...partnership, goals });
    expect(economics.periods).toEqual([]);
    expect(amount(economics.total.grossProfit)).toBe('0.00');
    expect(economics.findings.map((finding) => finding.message)).toEqual([
      'The partnership has no goals for the vendor-revenue objective "resale-arr", so every figure is zero',
    ]);
  });

  it('rejects a partnership without an economics profile', () => {
    const { economics: _, ...partnership } = northwind();
    expect(thrown(() => computeEconomics(partnership))).toMatchInlineSnapshot(`
      "Cannot compute partner economics: 1 issue
        - partnership.economics: The partnership has no economics profile (received undefined; expected an economics section naming the vendor-revenue objective)"
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
    expect(thrown(() => computeEconomics(pointTo('nope')))).toMatchInlineSnapshot(`
      "Cannot compute partner economics: 1 issue
        - partnership.economics.vendorRevenue.objective: No objective has the id "nope" (received "nope"; expected the id of an objective measured in USD)"
    `);
    expect(thrown(() => computeEconomics(pointTo('certified-consultants')))).toContain(
      'is not measured in money of the document currency',
    );
  });

  it('rejects source "plan" without a plan, duplicate periods and a ceiling out of range', () => {
    const partnership = northwind();
    expect(thrown(() => computeEconomics(partnership, { source: 'plan' }))).toContain(
      'Option source is "plan" but no plan was passed',
    );
    const step = { period: fy2028, target: toDecimal(1) };
    expect(
      thrown(() => computeEconomics(partnership, { source: 'plan', plan: [step, step] })),
    ).toMatchInlineSnapshot(`
      "Cannot compute partner economics: 1 issue
        - options.plan[1]: Two values of the vendor-revenue objective for FY2028 (received FY2028; expected at most one value per period)"
    `);
    expect(
      thrown(() => computeEconomics(partnership, { utilizationCeiling: toDecimal(0) })),
    ).toMatchInlineSnapshot(`
      "Cannot compute partner economics: 1 issue
        - options.utilizationCeiling: The utilization ceiling must be above 0 and at most 100 percentage points (received "0"; expected percentage points above 0 and at most 100, such as "75")"
    `);
  });

  it('never mutates its input', () => {
    const partnership = deepFreeze(northwind());
    const plan = deepFreeze([{ period: fy2028, target: toDecimal('6000000') }]);
    expect(() => computeEconomics(partnership, { source: 'plan', plan })).not.toThrow();
    expect(() => computeEconomics(deepFreeze(lumen()), { source: 'actuals' })).not.toThrow();
  });
});

describe('computeEconomics properties', () => {
  const revenue = fc
    .bigInt({ min: 0n, max: 10n ** 9n })
    .map((value) => toDecimal(value.toString()));
  const point = fc.integer({ min: 0, max: 100 }).map((value) => toDecimal(value).div(100));
  const run = (
    target: ReturnType<typeof toDecimal>,
    change: (p: ReturnType<typeof northwind>) => ReturnType<typeof northwind> = (p) => p,
  ) =>
    computeEconomics(change(northwind()), { source: 'plan', plan: [{ period: fy2028, target }] })
      .total;

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
        line(
          run(
            vendor,
            (p) =>
              ({
                ...p,
                economics: { ...p.economics, services: { ...p.economics.services, attachRatio } },
              }) as typeof p,
          ),
          'services',
        )?.revenue.amount ?? toDecimal(0);
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
      expect(line(total, 'resale-margin')?.grossProfit.amount.isZero()).toBe(true);
      expect(line(total, 'services')?.revenue.amount.isZero()).toBe(true);
      expect(line(total, 'services')?.grossProfit.amount.isZero()).toBe(true);
      expect(total.services?.hoursNeeded.isZero()).toBe(true);
    },
  );

  test.prop([fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { minLength: 1, maxLength: 4 })])(
    'reports in the partnership currency, exact to the cent, with totals adding up',
    (values) => {
      const plan = values.map((value, index) => ({
        period: `FY2027-Q${index + 1}`,
        target: toDecimal(value.toString()).div(100).toFixed(),
      }));
      const economics = computeEconomics(lumen(), { source: 'plan', plan });
      const all = [economics.total, ...economics.periods].flatMap((figures) => [
        figures.vendorRevenue,
        figures.revenue,
        figures.grossProfit,
        ...figures.sources.flatMap((item) => [item.revenue, item.grossProfit]),
      ]);
      expect(all.every((value) => value.currency === 'EUR')).toBe(true);
      expect(all.every((value) => value.amount.decimalPlaces() <= minorUnits('EUR'))).toBe(true);
      const sum = (pick: (figures: PartnerEconomics['total']) => Money) =>
        economics.periods.reduce((total, period) => total.plus(pick(period).amount), toDecimal(0));
      expect(sum((f) => f.grossProfit).eq(economics.total.grossProfit.amount)).toBe(true);
      expect(sum((f) => f.vendorRevenue).eq(economics.total.vendorRevenue.amount)).toBe(true);
    },
  );

  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.integer({ min: 1, max: 100_000 }),
    fc.constantFrom('quarter' as const, 'month' as const),
  ])(
    'splits yearly figures so that a full year of periods adds up to them exactly',
    (level, users, granularity) => {
      // A stock level held all year, and subscriptions of `users` users at 385 less 20 %, cost 60.
      const count = granularity === 'quarter' ? 4 : 12;
      const letter = granularity === 'quarter' ? 'Q' : 'M';
      const plan = Array.from({ length: count }, (_, i) => ({
        period: `FY2027-${letter}${granularity === 'month' ? String(i + 1).padStart(2, '0') : i + 1}`,
        target: toDecimal(level.toString()).div(100).toFixed(),
      }));
      const base = lumen();
      const subscriptions = {
        ...base.economics.subscriptions,
        users: toDecimal(users),
        retention: toDecimal(1),
      };
      const partnership = {
        ...base,
        economics: { ...base.economics, subscriptions },
      } as typeof base;
      const { total } = computeEconomics(partnership, { source: 'plan', plan });
      expect(total.vendorRevenue.amount.toFixed(2)).toBe(fromCents(level));
      expect(line(total, 'subscriptions')?.revenue.amount.toFixed(2)).toBe(
        fromCents(BigInt(users) * 30800n),
      );
      expect(line(total, 'subscriptions')?.grossProfit.amount.toFixed(2)).toBe(
        fromCents(BigInt(users) * 24800n),
      );
    },
  );
});

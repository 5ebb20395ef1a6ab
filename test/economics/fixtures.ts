/**
 * The two bundled samples as the economics engine reads them. Until the model's
 * `parsePartnership` and `samples` land, these are built by hand from `examples/data/*.json`
 * with the same numbers (the economics sections, the vendor-revenue objectives and their
 * goals and actuals).
 */
import {
  EconomicsProfile,
  type EconomicsProfileJson,
  FiscalCalendar,
  Metric,
  type Period,
  toDecimal,
} from '../../src/index.js';

export const northwindProfile: EconomicsProfileJson = {
  vendorRevenue: { objective: 'resale-arr' },
  services: {
    attachRatio: '0.95',
    billRate: { amount: '185.00', currency: 'USD' },
    deliveryCostRate: { amount: '90.00', currency: 'USD' },
    billableHeadcount: '14',
    availableHours: '2080',
    utilization: '64',
  },
};

export const lumenProfile: EconomicsProfileJson = {
  vendorRevenue: { objective: 'platform-arr' },
  subscriptions: {
    users: '4980',
    pricePerUser: { amount: '385.00', currency: 'EUR' },
    averageDiscount: '0.2',
    platformCostPerUser: { amount: '60.00', currency: 'EUR' },
    retention: '0.95',
  },
};

const period = (calendar: string, key: string): Period => {
  const match = /^FY(\d{4})(?:-(Q)(\d))?$/.exec(key);
  if (match === null) throw new Error(key);
  return match[2] === 'Q'
    ? { calendar, granularity: 'quarter', year: Number(match[1]), index: Number(match[3]) }
    : { calendar, granularity: 'year', year: Number(match[1]), index: 1 };
};

const arrMetric = (currency: string) =>
  Metric.parse({
    name: 'ARR',
    unit: { kind: 'money', currency },
    aggregation: 'last',
    direction: 'increase',
    motives: ['resale-margin'],
  });

export function northwind() {
  const calendar = FiscalCalendar.parse({
    kind: 'month-based',
    id: 'stratus-fy',
    startMonth: 7,
    yearNaming: 'end-year',
  });
  return {
    currency: 'USD',
    calendar,
    charter: {
      objectives: [
        {
          id: 'services-revenue',
          metric: Metric.parse({
            name: 'Services revenue',
            unit: { kind: 'money', currency: 'USD' },
            aggregation: 'sum',
            direction: 'increase',
            motives: ['services-revenue'],
          }),
        },
        {
          id: 'certified-consultants',
          metric: Metric.parse({
            name: 'Certified',
            unit: { kind: 'count' },
            aggregation: 'last',
            direction: 'increase',
            motives: [],
          }),
        },
        { id: 'resale-arr', metric: arrMetric('USD') },
      ],
    },
    goals: [
      {
        objective: 'services-revenue',
        period: period('stratus-fy', 'FY2027-Q1'),
        target: toDecimal('560000.00'),
      },
      {
        objective: 'resale-arr',
        period: period('stratus-fy', 'FY2027'),
        target: toDecimal('2700000.00'),
      },
    ],
    actuals: [
      {
        objective: 'resale-arr',
        period: period('stratus-fy', 'FY2027-Q1'),
        value: toDecimal('2180000.00'),
      },
    ],
    terms: { resaleMargin: toDecimal('0.15') },
    economics: EconomicsProfile.parse(northwindProfile),
  };
}

export function lumen() {
  const calendar = FiscalCalendar.parse({
    kind: 'month-based',
    id: 'stratus-fy-feb',
    startMonth: 2,
    yearNaming: 'end-year',
  });
  const p = (key: string) => period('stratus-fy-feb', key);
  return {
    currency: 'EUR',
    calendar,
    charter: {
      objectives: [
        { id: 'lumen-arr', metric: arrMetric('EUR') },
        { id: 'platform-arr', metric: arrMetric('EUR') },
      ],
    },
    goals: [{ objective: 'platform-arr', period: p('FY2027-Q4'), target: toDecimal('318000.00') }],
    actuals: [
      { objective: 'lumen-arr', period: p('FY2027-Q1'), value: toDecimal('1290000.00') },
      { objective: 'platform-arr', period: p('FY2027-Q1'), value: toDecimal('258600.00') },
      { objective: 'platform-arr', period: p('FY2027-Q2'), value: toDecimal('277200.00') },
      { objective: 'platform-arr', period: p('FY2027-Q3'), value: toDecimal('298800.00') },
    ],
    terms: { resaleMargin: toDecimal('0.10') },
    economics: EconomicsProfile.parse(lumenProfile),
  };
}

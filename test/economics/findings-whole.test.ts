import { describe, expect, it } from 'vitest';
import { computeEconomics, EconomicsProfile, toDecimal } from '../../src/index.js';
import { northwind } from './fixtures.js';

const fy2028 = { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const;

/** Northwind's partnership without any vendor revenue in goals and actuals. */
const withoutVendorRevenue = () => {
  const partnership = northwind();
  return {
    ...partnership,
    goals: partnership.goals.filter((goal) => goal.objective !== 'resale-arr'),
    actuals: partnership.actuals.filter((actual) => actual.objective !== 'resale-arr'),
  };
};

describe('computeEconomics', () => {
  it('writes the no-vendor-revenue finding whole, naming the source that has none', () => {
    const partnership = withoutVendorRevenue();
    const finding = (source: 'goals' | 'actuals' | 'plan', opening: string) => ({
      code: 'no-vendor-revenue',
      severity: 'warning',
      subjects: [{ kind: 'objective', id: 'resale-arr' }],
      evidence: [
        { label: 'Source of the vendor revenue', value: source },
        {
          label: 'Vendor-revenue objective',
          value: 'resale-arr',
          path: ['economics', 'vendorRevenue', 'objective'],
        },
      ],
      params: { source, objective: 'resale-arr' },
      message: `${opening} for the vendor-revenue objective "resale-arr", so every figure is zero`,
    });
    expect(computeEconomics(partnership).findings).toStrictEqual([
      finding('goals', 'The partnership has no goals'),
    ]);
    expect(computeEconomics(partnership, { source: 'actuals' }).findings).toStrictEqual([
      finding('actuals', 'The partnership has no actuals'),
    ]);
    expect(computeEconomics(partnership, { source: 'plan', plan: [] }).findings).toStrictEqual([
      finding('plan', 'The plan has no steps'),
    ]);
  });

  it('says "1 more consultant" when one hire closes the gap, and gives a plan step no path', () => {
    // USD 6,000,000 of resold ARR pulls 5,700,000 of services: 30,810.8 h at 185. At a ceiling
    // of 100, 14 consultants × 2,080 h = 29,120 billable hours: 1,690.8 missing, 2,080 a hire → 1.
    // A plan step is not in the document, so its vendor-revenue evidence has no `path` at all.
    const plan = [{ period: fy2028, target: toDecimal('6000000') }];
    const economics = computeEconomics(northwind(), {
      source: 'plan',
      plan,
      utilizationCeiling: '100',
    });
    expect(economics.findings).toStrictEqual([
      {
        code: 'capacity-shortfall',
        severity: 'warning',
        subjects: [{ kind: 'economics' }, { kind: 'period', id: 'FY2028' }],
        evidence: [
          { label: 'Vendor revenue', value: '6000000' },
          { label: 'Billed hours needed', value: '30810.8' },
          { label: 'Billable hours available', value: '29120' },
          {
            label: 'Billable headcount',
            value: '14',
            path: ['economics', 'services', 'billableHeadcount'],
          },
          { label: 'Utilization ceiling', value: '100' },
          { label: 'Hires needed', value: '1' },
        ],
        params: {
          period: 'FY2028',
          hoursNeeded: '30810.8',
          hoursAvailable: '29120',
          headcount: '14',
          ceiling: '100',
          hires: '1',
        },
        message:
          'FY2028 needs 30810.8 billed hours; 14 consultants bill 29120 at the utilization ceiling of 100 points: 1 more consultant would close the gap',
      },
    ]);
  });

  it('writes the source-at-a-loss finding whole, with the source’s name in words', () => {
    // Managed services at a negative monthly revenue of USD 1,000 for 10 customers: a year's
    // revenue of 10 × −1,000 × 12 = −120,000, of which a gross margin of 0.5 keeps −60,000.
    const partnership = northwind();
    const economics = computeEconomics({
      ...partnership,
      economics: EconomicsProfile.parse({
        vendorRevenue: { objective: 'resale-arr' },
        managedServices: {
          customers: '10',
          monthlyRevenuePerCustomer: { amount: '-1000', currency: 'USD' },
          grossMargin: '0.5',
        },
      }),
    });
    expect(economics.findings).toStrictEqual([
      {
        code: 'source-at-a-loss',
        severity: 'warning',
        subjects: [{ kind: 'source', id: 'managed-services' }],
        evidence: [
          { label: 'Revenue', value: '-120000.00' },
          { label: 'Gross profit', value: '-60000.00' },
        ],
        params: {
          source: 'managed-services',
          revenue: '-120000.00',
          grossProfit: '-60000.00',
          currency: 'USD',
        },
        message:
          'The partner loses 60000.00 USD on managed services over these periods (revenue -120000.00, gross profit -60000.00)',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeEconomics, EconomicsProfile } from '../../src/index.js';
import { northwind } from './fixtures.js';

const fy2028 = { calendar: 'stratus-fy', granularity: 'year', year: 2028, index: 1 } as const;
const quarter = (index: number, target: string) => ({
  period: { ...fy2028, granularity: 'quarter' as const, index },
  target,
});

/** Northwind with a services profile of the given numbers (USD rates) and nothing else. */
const withServices = (attachRatio: string, billRate: string, deliveryCostRate: string) => {
  const partnership = northwind();
  return {
    ...partnership,
    economics: EconomicsProfile.parse({
      vendorRevenue: { objective: 'resale-arr' },
      services: {
        attachRatio,
        billRate: { amount: billRate, currency: 'USD' },
        deliveryCostRate: { amount: deliveryCostRate, currency: 'USD' },
        billableHeadcount: '100',
        utilization: '50',
      },
    }),
  };
};

describe('computeEconomics', () => {
  it('gives the total’s services load the most hires of any period, wherever that period is', () => {
    // FY2028 quarters of Northwind's July year: yearly levels of 4,000,000 (no hire), 6,000,000
    // (6 hires) and 5,000,000 (3 hires). People hired for Q2 stay for Q3: the total needs 6, not
    // the last period's 3 nor their sum.
    const { total } = computeEconomics(northwind(), {
      source: 'plan',
      plan: [quarter(1, '4000000'), quarter(2, '6000000'), quarter(3, '5000000')],
    });
    expect(total.services?.hiresNeeded.toFixed()).toBe('6');
  });

  it('gives the total no hires when no period needs any', () => {
    const { total } = computeEconomics(northwind(), {
      source: 'plan',
      plan: [quarter(1, '4000000'), quarter(2, '3000000')],
    });
    expect(total.services?.hiresNeeded.toFixed()).toBe('0');
  });

  it('says why a loss has no margin share', () => {
    // Services: 2,700,000 of revenue, 27,000 h at 100; each costs 90 / 0.5 = 180: −2,160,000.
    // The resale margin of 15 % keeps 405,000: a total of −1,755,000.
    const { total } = computeEconomics(withServices('1', '100', '90'));
    expect(total.grossProfit.amount.toFixed()).toBe('-1755000');
    expect(total.marginShare).toStrictEqual({
      kind: 'undefined',
      value: null,
      reason: 'The partner loses money here, so a share of its profit has no meaning',
    });
  });

  it('writes a loss that rounds to zero as 0.00, never -0.00', () => {
    // A plan of USD 0.01 with an attach ratio of 0.1: services revenue 0.001 (0.00 once rounded),
    // 0.00001 h at 100 costing 0.00001 × 90 / 0.5 = 0.0018: a gross profit of −0.0008, which
    // rounds to zero.
    const economics = computeEconomics(withServices('0.1', '100', '90'), {
      source: 'plan',
      plan: [{ period: fy2028, target: '0.01' }],
    });
    const services = economics.total.sources.find((line) => line.source === 'services');
    expect(services?.grossProfit.amount.isZero()).toBe(true);
    expect(services?.grossProfit.amount.isNegative()).toBe(false);
    expect(JSON.stringify(economics)).not.toMatch(/"-0(\.0*)?"/);
  });
});

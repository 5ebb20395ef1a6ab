// What the analysis layer reads of the economics, as plain data: the margin's share of the
// partner's gross profit, the partnership's share of the partner's whole profit, the capacity
// shortfall, and the top lever with the motive it moves.
import { describe, expect, it } from 'vitest';
import {
  builtInMotives,
  computeEconomics,
  type EconomicLever,
  leverMotives,
  type PartnershipJson,
  rankLevers,
  samples,
} from '../../src/index.js';
import { lumen, northwind } from './fixtures.js';
import { div, fixed, fromCents, q, split } from './rational.js';

const withTotal = (
  document: PartnershipJson,
  amount: string,
  currency: string,
): PartnershipJson => ({
  ...document,
  economics: {
    vendorRevenue: { objective: '' },
    ...document.economics,
    totalGrossProfit: { amount, currency },
  },
});

describe('computeEconomics partnerShare', () => {
  it('compares the partnership’s gross profit with the partner’s over the same year', () => {
    // Northwind FY2027: 1,020,253.38 of the partner's 4,200,000.00 a year = 0.242917… → 0.2429.
    const economics = computeEconomics(withTotal(samples.northwindAdvisory, '4200000', 'USD'));
    expect(economics.partnerShare).toEqual({
      kind: 'share',
      value: expect.anything(),
      partnershipGrossProfit: economics.total.grossProfit,
      partnerGrossProfit: expect.objectContaining({ currency: 'USD' }),
    });
    expect(economics.partnerShare.value?.toFixed()).toBe(
      fixed(div(q('1020253.38'), q('4200000')), 4).replace(/0+$/, ''),
    );
    expect(economics.partnerShare.value?.toFixed()).toBe('0.2429');
  });

  it('takes the partner’s yearly total over the periods computed, each its part by days', () => {
    // Lumen's actuals cover Q1–Q3 of a year of 89, 92, 92, 92 days: 3,650,000.00 a year splits
    // into 890,000, 920,000, 920,000, 920,000, so the three quarters hold 2,730,000.00, against
    // the partnership's 898,379.09: 0.329076… → 0.3291.
    const document = withTotal(samples.lumenField, '3650000', 'EUR');
    const economics = computeEconomics(document, { source: 'actuals' });
    const parts = split(365_000_000n, [89n, 92n, 92n, 92n]);
    const partner = fromCents((parts[0] ?? 0n) + (parts[1] ?? 0n) + (parts[2] ?? 0n));
    expect(partner).toBe('2730000.00');
    expect(
      economics.partnerShare.kind === 'share' &&
        economics.partnerShare.partnerGrossProfit.amount.toFixed(2),
    ).toBe(partner);
    expect(economics.partnerShare.value?.toFixed()).toBe(fixed(div(q('898379.09'), q(partner)), 4));
  });

  it('says why the share cannot be known', () => {
    const reason = (document: unknown, options?: object) => {
      const share = computeEconomics(document as never, options).partnerShare;
      return share.kind === 'unknown' ? share.reason : share.value.toFixed();
    };
    expect(reason(samples.northwindAdvisory)).toBe(
      'The economics profile does not give the partner’s total gross profit (economics.totalGrossProfit), so the partnership’s share of it cannot be known',
    );
    expect(reason(withTotal(samples.northwindAdvisory, '0', 'USD'))).toBe(
      'The partner’s total gross profit over these periods is not above zero, so a share of it has no meaning',
    );
    expect(reason(withTotal(samples.northwindAdvisory, '1000000', 'USD'))).toBe(
      'The partnership’s gross profit (1020253.38) is more than the partner’s total over the same periods (1000000): the profile’s total gross profit cannot be right',
    );
    expect(
      reason(withTotal(samples.lumenField, '1000000', 'EUR'), { source: 'plan', plan: [] }),
    ).toBe('No period has vendor revenue, so there is no span to compare the profits over');
  });
});

describe('computeEconomics marginShare and capacityShortfall', () => {
  it('gives the margin’s share of the partner’s gross profit as one read of the total', () => {
    // Northwind: 405,000.00 / 1,020,253.38 = 0.39696… → 0.397; Lumen's actuals: 20,823.95 /
    // 898,379.09 → 0.0232.
    expect(computeEconomics(northwind()).total.marginShare.value?.toFixed()).toBe('0.397');
    const economics = computeEconomics(lumen(), { source: 'actuals' });
    expect(economics.total.marginShare.value?.toFixed()).toBe('0.0232');
    expect(economics.capacityShortfall).toBeNull();
  });

  it('treats a money objective held as an average like a stock: a yearly level', () => {
    const document = structuredClone(samples.northwindAdvisory) as typeof samples.northwindAdvisory;
    const objectives = (
      document as unknown as {
        charter: { objectives: Array<{ id: string; metric: { aggregation: string } }> };
      }
    ).charter.objectives;
    for (const objective of objectives) {
      if (objective.id === 'resale-arr') objective.metric.aggregation = 'average';
    }
    const average = computeEconomics(document, { source: 'actuals' });
    const stock = computeEconomics(samples.northwindAdvisory, { source: 'actuals' });
    expect(JSON.stringify(average.periods)).toBe(JSON.stringify(stock.periods));
  });
});

describe('leverMotives', () => {
  it('links each lever to the built-in motive it moves, with the reason', () => {
    expect(
      Object.fromEntries(Object.entries(leverMotives).map(([lever, link]) => [lever, link.motive])),
    ).toEqual({
      'resale-margin': 'resale-margin',
      utilization: 'consultant-utilization',
      'attach-ratio': 'services-revenue',
      'bill-rate': 'bill-rate',
      discount: 'discount-discipline',
      users: 'user-growth',
    });
    for (const link of Object.values(leverMotives)) {
      expect(builtInMotives).toContain(link.motive);
      expect(link.reason.length).toBeGreaterThan(30);
    }
  });

  it('is frozen, and lists exactly the levers that rankLevers ranks', () => {
    expect(Object.isFrozen(leverMotives)).toBe(true);
    expect(Object.values(leverMotives).every(Object.isFrozen)).toBe(true);
    const ranked = rankLevers(northwind()).levers.map((impact) => impact.lever);
    expect([...ranked].sort()).toEqual(Object.keys(leverMotives).sort() as EconomicLever[]);
  });
});

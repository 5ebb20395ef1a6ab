import { describe, expect, it } from 'vitest';
import {
  compareEconomics,
  economicSensitivity,
  isCurrencyMismatchError,
  type LeverImpact,
  partnerEconomics,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { lumen, northwind } from './fixtures.js';
import { cents, div, mul, q, sub } from './rational.js';

const deltas = (levers: ReadonlyArray<LeverImpact>) =>
  levers.map((impact) =>
    impact.kind === 'applicable'
      ? [impact.rank, impact.lever, impact.delta.amount.toFixed(2)]
      : ['n/a', impact.lever, impact.reason],
  );

describe('economicSensitivity', () => {
  it('shows that for the consulting house a utilization point is worth more than a margin point', () => {
    // Northwind FY2027: services revenue S = 2,700,000 × 0.95 = 2,565,000 at 185 an hour, a paid
    // hour costing 90. Services profit at utilization u: S − S / 185 × 90 / u.
    const services = q('2565000');
    const profitAt = (rate: string, utilization: string, revenue = services) =>
      sub(revenue, div(mul(div(revenue, q(rate)), q('90')), q(utilization)));
    const base = cents(profitAt('185', '0.64'));
    const delta = (after: string) => cents(sub(q(after), q(base)));
    const expected = {
      // 2,700,000 × 0.01
      margin: '27000.00',
      utilization: delta(cents(profitAt('185', '0.65'))),
      attach: delta(cents(profitAt('185', '0.64', mul(q('2700000'), q('1.05'))))),
      billRate: delta(cents(profitAt('186.85', '0.64'))),
    };
    expect(expected).toEqual({
      margin: '27000.00',
      utilization: '29996.10',
      attach: '64763.51',
      billRate: '19304.42',
    });
    const sensitivity = economicSensitivity(northwind());
    expect(sensitivity.baseline.amount.toFixed(2)).toBe('1020253.38');
    expect(deltas(sensitivity.levers)).toEqual([
      [1, 'attach-ratio', expected.attach],
      [2, 'utilization', expected.utilization],
      [3, 'resale-margin', expected.margin],
      [4, 'bill-rate', expected.billRate],
      [
        'n/a',
        'discount',
        'The partner sells no subscriptions of its own (its profile has no subscriptions section)',
      ],
      [
        'n/a',
        'users',
        'The partner sells no subscriptions of its own (its profile has no subscriptions section)',
      ],
    ]);
  });

  it('shows that for the solution provider discount and users outrank margin', () => {
    // Lumen's FY2027 actuals, Q1–Q3: 273 of 365 days. Users who stay: 4,980 × 0.95 = 4,731.
    // One point less discount: 4,731 × 385 × 0.01 a year; 1 % more users: 47.31 × (308 − 60);
    // one margin point: 1 % of the prorated platform ARR (each quarter rounded to the cent).
    const perQuarter = (days: bigint, yearly: ReturnType<typeof q>) =>
      cents(mul(yearly, [days, 365n]));
    const sumOfQuarters = (yearly: ReturnType<typeof q>) =>
      [89n, 92n, 92n]
        .map((days) => q(perQuarter(days, yearly)))
        .reduce((a, b) => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
    const subsProfit = (users: string, discount: string) =>
      mul(q(users), sub(mul(q('385'), sub(q('1'), q(discount))), q('60')));
    const base = sumOfQuarters(subsProfit('4731', '0.2'));
    const expectedDiscount = cents(sub(sumOfQuarters(subsProfit('4731', '0.19')), base));
    const expectedUsers = cents(sub(sumOfQuarters(subsProfit('4778.31', '0.2')), base));
    const sensitivity = economicSensitivity(lumen(), { source: 'actuals' });
    const rows = deltas(sensitivity.levers);
    expect(rows.slice(0, 3)).toEqual([
      [1, 'discount', expectedDiscount],
      [2, 'users', expectedUsers],
      [3, 'resale-margin', rows[2]?.[2]],
    ]);
    // The margin point moves profit by about 1 % of 208,240 of prorated platform ARR.
    expect(Number(rows[2]?.[2])).toBeGreaterThan(2080);
    expect(Number(rows[2]?.[2])).toBeLessThan(2084);
    expect(Number(expectedUsers)).toBeGreaterThan(3 * Number(rows[2]?.[2]));
    expect(rows.slice(3).map((row) => row[0])).toEqual(['n/a', 'n/a', 'n/a']);
  });

  it('lists levers that cannot move as not applicable', () => {
    const partnership = northwind();
    const capped = {
      ...partnership,
      terms: { ...partnership.terms, resaleMargin: toDecimal('0.995') },
      economics: {
        ...partnership.economics,
        services: { ...partnership.economics.services, utilization: toDecimal('99.5') },
      },
    } as typeof partnership;
    const reasons = economicSensitivity(capped).levers.filter(
      (impact) => impact.kind === 'not-applicable',
    );
    expect(reasons.map((impact) => impact.lever)).toContain('resale-margin');
    expect(reasons.map((impact) => impact.lever)).toContain('utilization');
    const base = lumen();
    const noDiscount = {
      ...base,
      economics: {
        ...base.economics,
        subscriptions: { ...base.economics.subscriptions, averageDiscount: toDecimal('0.005') },
      },
    } as typeof base;
    const lumenReasons = economicSensitivity(noDiscount, { source: 'actuals' }).levers.flatMap(
      (impact) => (impact.kind === 'not-applicable' ? [impact.reason] : []),
    );
    expect(lumenReasons).toContain('The average discount is below one point');
  });

  it('never mutates its input', () => {
    expect(() => economicSensitivity(deepFreeze(northwind()))).not.toThrow();
  });
});

describe('compareEconomics', () => {
  it('puts two scenarios side by side with the difference by source', () => {
    const partnership = lumen();
    const actuals = partnerEconomics(partnership, { source: 'actuals' });
    const goals = partnerEconomics(partnership);
    const comparison = compareEconomics(actuals, goals);
    expect(comparison.currency).toBe('EUR');
    for (const line of [...comparison.sources, comparison.total]) {
      expect(
        line.difference.grossProfit.amount.eq(
          line.b.grossProfit.amount.minus(line.a.grossProfit.amount),
        ),
      ).toBe(true);
      expect(
        line.difference.revenue.amount.eq(line.b.revenue.amount.minus(line.a.revenue.amount)),
      ).toBe(true);
    }
    expect(comparison.total.a.grossProfit).toEqual(actuals.total.grossProfit);
    expect(comparison.vendorRevenue.amount.toFixed(2)).toBe(
      goals.total.vendorRevenue.amount.minus(actuals.total.vendorRevenue.amount).toFixed(2),
    );
    expect(comparison.marginShare).toEqual({
      a: actuals.total.marginShare,
      b: goals.total.marginShare,
    });
  });

  it('refuses scenarios in different currencies', () => {
    const error = (() => {
      try {
        compareEconomics(partnerEconomics(lumen()), partnerEconomics(northwind()));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(isCurrencyMismatchError(error)).toBe(true);
  });
});

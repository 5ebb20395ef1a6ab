import { describe, expect, it } from 'vitest';
import {
  isValidationError,
  type LeverImpact,
  leverMotives,
  rankLevers,
  samples,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { lumen, northwind } from './fixtures.js';
import { cents, div, fromCents, mul, q, split, sub, toCents } from './rational.js';

const deltas = (levers: ReadonlyArray<LeverImpact>) =>
  levers.map((impact) =>
    impact.kind === 'applicable'
      ? [impact.rank, impact.lever, impact.delta.amount.toFixed(2)]
      : ['n/a', impact.lever, impact.reason],
  );

describe('rankLevers', () => {
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
    const ranking = rankLevers(northwind());
    expect(ranking.baseline.amount.toFixed(2)).toBe('1020253.38');
    expect(deltas(ranking.levers)).toEqual([
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

  it('names the lever that pays the partner most, the motive it moves and its exact gain', () => {
    const { top, levers } = rankLevers(northwind());
    expect(top).toBe(levers[0]);
    expect([top?.lever, top?.motive, top?.delta.amount.toFixed(2)]).toEqual([
      'attach-ratio',
      'services-revenue',
      '64763.51',
    ]);
    expect(levers.every((impact) => impact.motive === leverMotives[impact.lever].motive)).toBe(
      true,
    );
  });

  it('shows that for the solution provider discount and users outrank margin', () => {
    // Lumen's FY2027 actuals, Q1–Q3 of a year of 89, 92, 92, 92 days. Users who stay: 4,980 ×
    // 0.95 = 4,731. A year's subscription profit is users × (385 × (1 − discount) − 60), split
    // over the quarters by days in whole cents (largest remainder); the levers change it to
    // one point less discount (0.19) or 1 % more users (4,778.31).
    const days = [89n, 92n, 92n, 92n];
    const threeQuarters = (users: string, discount: string) => {
      const yearly = mul(q(users), sub(mul(q('385'), sub(q('1'), q(discount))), q('60')));
      return split(toCents(yearly), days)
        .slice(0, 3)
        .reduce((a, b) => a + b, 0n);
    };
    const base = threeQuarters('4731', '0.2');
    const expectedDiscount = fromCents(threeQuarters('4731', '0.19') - base);
    const expectedUsers = fromCents(threeQuarters('4778.31', '0.2') - base);
    // One margin point: 1 % of each quarter's part of its platform ARR level, rounded per quarter.
    const arr = ['258600', '277200', '298800'].map(
      (level, index) => split(BigInt(level) * 100n, days)[index] as bigint,
    );
    const marginAt = (rate: string) =>
      arr.map((part) => toCents(mul([part, 100n], q(rate)))).reduce((a, b) => a + b, 0n);
    const expectedMargin = fromCents(marginAt('0.11') - marginAt('0.10'));
    // Users: 4,778.31 × 248 = 1,185,020.88 a year. Its quarters' exact parts are 288,950.30,
    // 298,690.19, 298,690.19, 298,690.19 (and a bit): the floors leave one cent, which the tie
    // between Q2, Q3 and Q4 gives to Q2. So the three quarters hold 886,330.69 against the base's
    // 877,555.14 (1,173,288 split the same way), a gain of 8,775.55. Rounding each quarter on its
    // own, as before, gave 8,775.54, and a year's four quarters then summed to 1,185,020.87.
    expect([expectedDiscount, expectedUsers, expectedMargin]).toEqual([
      '13623.33',
      '8775.55',
      '2082.39',
    ]);
    const ranking = rankLevers(lumen(), { source: 'actuals' });
    expect(deltas(ranking.levers).slice(0, 3)).toEqual([
      [1, 'discount', expectedDiscount],
      [2, 'users', expectedUsers],
      [3, 'resale-margin', expectedMargin],
    ]);
    expect(
      deltas(ranking.levers)
        .slice(3)
        .map((row) => row[0]),
    ).toEqual(['n/a', 'n/a', 'n/a']);
    expect([ranking.top?.lever, ranking.top?.motive]).toEqual(['discount', 'discount-discipline']);
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
    const reasons = rankLevers(capped).levers.filter((impact) => impact.kind === 'not-applicable');
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
    const lumenReasons = rankLevers(noDiscount, { source: 'actuals' }).levers.flatMap((impact) =>
      impact.kind === 'not-applicable' ? [impact.reason] : [],
    );
    expect(lumenReasons).toContain('The average discount is below one point');
  });

  it('names no top lever when no lever adds gross profit', () => {
    // No vendor revenue and no subscriptions: every applicable step adds nothing.
    const partnership = northwind();
    const goals = partnership.goals.filter((goal) => goal.objective !== 'resale-arr');
    const ranking = rankLevers({ ...partnership, goals });
    expect(ranking.levers.filter((impact) => impact.kind === 'applicable')).toHaveLength(4);
    expect(ranking.top).toBeNull();
  });

  it('reads the JSON document and refuses what computeEconomics refuses, naming the argument', () => {
    expect(rankLevers(samples.northwindAdvisory).top?.lever).toBe('attach-ratio');
    const issues = (() => {
      try {
        rankLevers(samples.northwindAdvisory, { source: 'goal' as never });
      } catch (error) {
        if (isValidationError(error)) return error.issues.map((issue) => [issue.code, issue.path]);
      }
      return [];
    })();
    expect(issues).toEqual([['invalid-value', ['options', 'source']]]);
  });

  it('never mutates its input', () => {
    expect(() => rankLevers(deepFreeze(northwind()))).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { economicsAndLevers } from '../../src/economics/rank-levers.js';
import { computeEconomics, EconomicsProfile, rankLevers, toDecimal } from '../../src/index.js';
import { lumen, northwind } from './fixtures.js';

describe('rankLevers', () => {
  it('keeps levers that gain the same in the order of their sources, ranked one after another', () => {
    // No vendor revenue: margin and services steps all gain nothing; Northwind has no
    // subscriptions, so their two levers come last, not applicable.
    const partnership = northwind();
    const goals = partnership.goals.filter((goal) => goal.objective !== 'resale-arr');
    const { levers } = rankLevers({ ...partnership, goals });
    expect(
      levers.map((impact) => [
        impact.lever,
        impact.kind === 'applicable' ? [impact.rank, impact.delta.amount.toFixed()] : impact.kind,
      ]),
    ).toEqual([
      ['resale-margin', [1, '0']],
      ['utilization', [2, '0']],
      ['attach-ratio', [3, '0']],
      ['bill-rate', [4, '0']],
      ['discount', 'not-applicable'],
      ['users', 'not-applicable'],
    ]);
  });

  it('names no top lever when no lever applies at all', () => {
    // A margin of 99.5 % cannot take a point more, and the profile has no other source.
    const partnership = northwind();
    const ranking = rankLevers({
      ...partnership,
      terms: { ...partnership.terms, resaleMargin: toDecimal('0.995') },
      economics: EconomicsProfile.parse({ vendorRevenue: { objective: 'resale-arr' } }),
    });
    expect(ranking.levers.every((impact) => impact.kind === 'not-applicable')).toBe(true);
    expect(ranking.top).toBeNull();
  });
});

describe('economicsAndLevers', () => {
  it('gives what computeEconomics and rankLevers give with the same options, from one reading', () => {
    const options = { source: 'actuals' } as const;
    const { economics, rankLevers: ranking } = economicsAndLevers(lumen(), options);
    expect(economics).toEqual(computeEconomics(lumen(), options));
    expect(ranking()).toEqual(rankLevers(lumen(), options));
  });
});

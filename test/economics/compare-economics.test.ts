import { describe, expect, it } from 'vitest';
import {
  compareEconomics,
  computeEconomics,
  isCurrencyMismatchError,
  isValidationError,
} from '../../src/index.js';
import { lumen, northwind } from './fixtures.js';

describe('compareEconomics', () => {
  it('puts two scenarios side by side with the difference by source', () => {
    const partnership = lumen();
    const actuals = computeEconomics(partnership, { source: 'actuals' });
    const goals = computeEconomics(partnership);
    const comparison = compareEconomics(actuals, goals);
    expect(comparison.currency).toBe('EUR');
    expect(comparison.sources.map((line) => line.source)).toEqual([
      'resale-margin',
      'services',
      'subscriptions',
      'managed-services',
    ]);
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

  it('takes economics in their JSON form, and matches sources by name, not position', () => {
    const economics = computeEconomics(northwind());
    const json = JSON.parse(JSON.stringify(economics));
    json.total.sources.reverse();
    const comparison = compareEconomics(economics, json);
    expect(comparison.total.difference.grossProfit.amount.isZero()).toBe(true);
    expect(comparison.sources.every((line) => line.difference.revenue.amount.isZero())).toBe(true);
    expect(comparison.marginShare.b).toEqual(economics.total.marginShare);
  });

  it('reads a margin share without a value, with its reason, from JSON', () => {
    const json = JSON.parse(JSON.stringify(computeEconomics(northwind())));
    const reason = 'The partner makes no gross profit here, so no share of it comes from margin';
    json.total.marginShare = { kind: 'undefined', value: null, reason };
    const comparison = compareEconomics(computeEconomics(northwind()), json);
    expect(comparison.marginShare.b).toEqual({ kind: 'undefined', value: null, reason });
  });

  it('refuses scenarios in different currencies', () => {
    const error = (() => {
      try {
        compareEconomics(computeEconomics(lumen()), computeEconomics(northwind()));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(isCurrencyMismatchError(error)).toBe(true);
  });

  it('refuses what is not economics with issues that start at the argument', () => {
    const economics = computeEconomics(northwind());
    const json = JSON.parse(JSON.stringify(economics));
    const issues = (b: unknown) => {
      try {
        compareEconomics(economics, b as never);
      } catch (error) {
        if (isValidationError(error)) return error.issues.map((issue) => [issue.code, issue.path]);
        throw error;
      }
      return [];
    };
    expect(issues(42)).toEqual([['invalid-type', ['b']]]);
    expect(issues({})).toEqual([['required', ['b', 'total']]]);
    expect(issues({ total: { ...json.total, sources: 'all' } })).toEqual([
      ['invalid-type', ['b', 'total', 'sources']],
    ]);
    expect(issues({ total: { ...json.total, sources: [7, ...json.total.sources] } })).toEqual([
      ['invalid-type', ['b', 'total', 'sources', 0]],
    ]);
    expect(issues({ total: { ...json.total, vendorRevenue: 12 } })).toEqual([
      ['invalid-type', ['b', 'total', 'vendorRevenue']],
    ]);
    expect(issues({ total: { ...json.total, marginShare: { kind: 'half' } } })).toEqual([
      ['invalid-type', ['b', 'total', 'marginShare']],
    ]);
    expect(issues({ total: { ...json.total, marginShare: null } })).toEqual([
      ['invalid-type', ['b', 'total', 'marginShare']],
    ]);
    expect(
      issues({ ...json, total: { ...json.total, grossProfit: { amount: 'x', currency: 'USD' } } }),
    ).toEqual([['invalid-decimal', ['b', 'total', 'grossProfit', 'amount']]]);
    expect(
      issues({ ...json, total: { ...json.total, sources: json.total.sources.slice(1) } }),
    ).toEqual([['required', ['b', 'total', 'sources']]]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeEconomics, isValidationError, samples } from '../../src/index.js';

/** Northwind with subscriptions of `users` users at `price` USD a year, nothing off, no cost. */
const withSubscriptions = (users: string, price: string) => ({
  ...samples.northwindAdvisory,
  economics: {
    ...samples.northwindAdvisory.economics,
    subscriptions: {
      users,
      pricePerUser: { amount: price, currency: 'USD' },
      averageDiscount: '0',
      platformCostPerUser: { amount: '0', currency: 'USD' },
    },
  },
});

const issuesFor = (partnership: unknown) => {
  try {
    computeEconomics(partnership as never);
  } catch (error) {
    if (isValidationError(error)) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
};

describe('computeEconomics', () => {
  it('refuses a profile that makes an amount of exactly 10^30, saying why', () => {
    // 10^15 users × 10^15 USD = 10^30 a year: the first amount too large to compute exactly.
    expect(issuesFor(withSubscriptions('1e15', '1e15'))).toMatchInlineSnapshot(`
      [
        {
          "code": "too-big",
          "expected": "profile numbers whose products stay below 10^30",
          "label": "Partnership › Economics",
          "message": "The economics profile makes amounts of 10^30 or more, too large to compute exactly",
          "params": {
            "maximum": "1e30",
          },
          "path": [
            "partnership",
            "economics",
          ],
          "received": "1.000e+30",
        },
      ]
    `);
  });

  it('computes a profile whose amounts stay just below 10^30', () => {
    // 10^15 users × 999,999,999,999,999.99 USD = 10^30 − 10^13, exact to the cent.
    const { total } = computeEconomics(withSubscriptions('1e15', '999999999999999.99') as never);
    const subscriptions = total.sources.find((line) => line.source === 'subscriptions');
    expect(subscriptions?.revenue.amount.toFixed()).toBe('999999999999999990000000000000');
  });
});

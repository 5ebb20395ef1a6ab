import { describe, expect, it } from 'vitest';
import { EconomicsProfile, isValidationError, parsePartnership, samples } from '../../src/index.js';
import { lumenProfile, northwindProfile } from '../economics/fixtures.js';

const valid = (json: unknown) => EconomicsProfile.safeParse(json).success;
const services = northwindProfile.services;
const subscriptions = lumenProfile.subscriptions;
const withServices = (change: Record<string, unknown>) => ({
  vendorRevenue: { objective: 'resale-arr' },
  services: { ...services, ...change },
});
const withSubscriptions = (change: Record<string, unknown>) => ({
  vendorRevenue: { objective: 'platform-arr' },
  subscriptions: { ...subscriptions, ...change },
});

describe('EconomicsProfile', () => {
  it('reads the profiles of both samples into Decimals and Money', () => {
    const profile = EconomicsProfile.parse(northwindProfile);
    expect(profile.services?.billRate.amount.toFixed(2)).toBe('185.00');
    expect(profile.services?.utilization.toFixed()).toBe('64');
    expect(EconomicsProfile.parse(lumenProfile).subscriptions?.retention?.toFixed()).toBe('0.95');
  });

  it('accepts a profile with only the vendor-revenue objective, every section being optional', () => {
    expect(valid({ vendorRevenue: { objective: 'arr' } })).toBe(true);
  });

  it('accepts managed services with a gross margin from 0 to 1', () => {
    const managed = (grossMargin: string) => ({
      vendorRevenue: { objective: 'arr' },
      managedServices: {
        customers: '12',
        monthlyRevenuePerCustomer: { amount: '1800', currency: 'EUR' },
        grossMargin,
      },
    });
    expect(valid(managed('0.45'))).toBe(true);
    expect(valid(managed('1.2'))).toBe(false);
  });

  it('reads the partner’s total gross profit, in the document currency', () => {
    const profile = {
      ...northwindProfile,
      totalGrossProfit: { amount: '4200000', currency: 'USD' },
    };
    const document = { ...samples.northwindAdvisory, economics: profile };
    expect(parsePartnership(document).economics?.totalGrossProfit?.amount.toFixed()).toBe(
      '4200000',
    );
    const inEuros = { ...profile, totalGrossProfit: { amount: '4200000', currency: 'EUR' } };
    const codes = (() => {
      try {
        parsePartnership({ ...samples.northwindAdvisory, economics: inEuros });
      } catch (error) {
        if (isValidationError(error)) return error.issues.map((issue) => [issue.code, issue.path]);
      }
      return [];
    })();
    expect(codes).toEqual([['currency-mismatch', ['economics', 'totalGrossProfit', 'currency']]]);
  });

  it.each([
    ['a utilization above 100 points', withServices({ utilization: '120' })],
    ['a utilization of 0', withServices({ utilization: '0' })],
    ['a negative attach ratio', withServices({ attachRatio: '-0.1' })],
    ['zero available hours', withServices({ availableHours: '0' })],
    ['a negative headcount', withServices({ billableHeadcount: '-1' })],
    ['a bill rate as a bare number', withServices({ billRate: 185 })],
    ['a discount above 1', withSubscriptions({ averageDiscount: '1.5' })],
    ['a negative retention', withSubscriptions({ retention: '-0.1' })],
    ['a missing price per user', withSubscriptions({ pricePerUser: undefined })],
    ['an unknown key', { vendorRevenue: { objective: 'arr' }, margin: '0.1' }],
    ['a missing vendor-revenue objective', { vendorRevenue: {} }],
  ])('rejects %s', (_, json) => {
    expect(valid(json)).toBe(false);
  });
});

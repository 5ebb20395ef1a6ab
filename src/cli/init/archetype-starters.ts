import type { Archetype, BuiltInMotive } from '../../index.js';

/** One objective of a starter document: what it measures and the motive it serves. */
export interface StarterObjective {
  readonly id: string;
  readonly name: string;
  readonly metric: string;
  readonly unit: 'money' | 'count';
  readonly aggregation: 'sum' | 'last';
  readonly motive: BuiltInMotive;
  /** Baseline and target in whole units (money is scaled to the currency's digits). */
  readonly baseline: number;
  readonly target: number;
  readonly shape: 'linear' | 'geometric' | 'even';
}

/**
 * The two objectives a starter document gets for each archetype: one the vendor counts in
 * money, one the partner lives by, each serving a motive the archetype's default profile weighs
 * (see `defaultMotiveProfiles`). The numbers are placeholders to replace with the partner's own.
 */
export const archetypeStarters: Readonly<Record<Archetype, ReadonlyArray<StarterObjective>>> = {
  consulting: [
    {
      id: 'services-revenue',
      name: 'Services revenue on vendor projects',
      metric: 'Services revenue',
      unit: 'money',
      aggregation: 'sum',
      motive: 'services-revenue',
      baseline: 1_000_000,
      target: 4_500_000,
      shape: 'linear',
    },
    {
      id: 'certified-consultants',
      name: 'Certified consultants',
      metric: 'Certified consultants',
      unit: 'count',
      aggregation: 'last',
      motive: 'consultant-utilization',
      baseline: 6,
      target: 24,
      shape: 'linear',
    },
  ],
  'solution-provider': [
    {
      id: 'subscription-arr',
      name: 'Subscription ARR of the partner solution',
      metric: 'Subscription ARR',
      unit: 'money',
      aggregation: 'last',
      motive: 'subscription-revenue',
      baseline: 800_000,
      target: 2_400_000,
      shape: 'geometric',
    },
    {
      id: 'active-users',
      name: 'Active users of the partner solution',
      metric: 'Active users',
      unit: 'count',
      aggregation: 'last',
      motive: 'user-growth',
      baseline: 2_000,
      target: 8_000,
      shape: 'geometric',
    },
  ],
  reseller: [
    {
      id: 'resale-bookings',
      name: 'Bookings of vendor products resold',
      metric: 'Resale bookings',
      unit: 'money',
      aggregation: 'sum',
      motive: 'resale-margin',
      baseline: 1_500_000,
      target: 6_000_000,
      shape: 'linear',
    },
    {
      id: 'new-deals',
      name: 'New deals won',
      metric: 'Deals won',
      unit: 'count',
      aggregation: 'sum',
      motive: 'deal-volume',
      baseline: 20,
      target: 90,
      shape: 'linear',
    },
  ],
  msp: [
    {
      id: 'managed-services-arr',
      name: 'Recurring managed-services revenue',
      metric: 'Managed-services ARR',
      unit: 'money',
      aggregation: 'last',
      motive: 'managed-services-revenue',
      baseline: 600_000,
      target: 1_800_000,
      shape: 'geometric',
    },
    {
      id: 'managed-customers',
      name: 'Customers under management',
      metric: 'Managed customers',
      unit: 'count',
      aggregation: 'last',
      motive: 'retention',
      baseline: 40,
      target: 120,
      shape: 'linear',
    },
  ],
  distributor: [
    {
      id: 'distributed-revenue',
      name: 'Revenue of vendor products distributed',
      metric: 'Distributed revenue',
      unit: 'money',
      aggregation: 'sum',
      motive: 'resale-margin',
      baseline: 5_000_000,
      target: 21_000_000,
      shape: 'linear',
    },
    {
      id: 'active-resellers',
      name: 'Resellers buying vendor products',
      metric: 'Active resellers',
      unit: 'count',
      aggregation: 'last',
      motive: 'product-breadth',
      baseline: 50,
      target: 150,
      shape: 'linear',
    },
  ],
  referral: [
    {
      id: 'referral-fees',
      name: 'Referral fees earned',
      metric: 'Referral fees',
      unit: 'money',
      aggregation: 'sum',
      motive: 'referral-fees',
      baseline: 100_000,
      target: 450_000,
      shape: 'linear',
    },
    {
      id: 'referred-deals',
      name: 'Deals referred and won',
      metric: 'Referred deals won',
      unit: 'count',
      aggregation: 'sum',
      motive: 'deal-volume',
      baseline: 12,
      target: 54,
      shape: 'linear',
    },
  ],
};

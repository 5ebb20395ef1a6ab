// Partnerships built by hand for the analysis tests (not the bundled samples): small enough to
// work out on paper. The numbers each test expects are worked out in its comments.
import type { PartnershipJson } from '../../src/model/partnership.js';

const vendor = { id: 'vendor', name: 'Vendor' };
const stakeholders = [
  { id: 'v-sponsor', side: 'vendor', name: 'Vera Vendor', role: 'executive-sponsor' },
  { id: 'v-pam', side: 'vendor', name: 'Paul Manager', role: 'partner-manager' },
  { id: 'p-sponsor', side: 'partner', name: 'Pia Partner', role: 'executive-sponsor' },
] as const;
const calendar = { kind: 'month-based', id: 'cal', startMonth: 1 } as const;
const horizon = { start: '2027-01-01', end: '2027-12-31' };
const agreed = {
  status: 'agreed' as const,
  agreedBy: ['v-sponsor', 'p-sponsor'],
  agreedOn: '2026-12-15',
};

/**
 * Behind because its goals were assigned above the strategic path and its top motive is unserved.
 *
 * The partner declares what it cares about: services revenue 0.6, deal volume 0.4. The plan has
 * one objective, deals won (a flow, direction increase): baseline 10, target 40 over 2027, cut into
 * even quarters (the strategic path: 10 a quarter). The vendor assigned goals of 13 for Q1 and Q2:
 * 3 deals, 30 %, above each step. Q1 (January to March) delivered 10, exactly the path.
 */
export const assignedAbovePath: PartnershipJson = {
  schemaVersion: 1,
  id: 'assigned-above-path',
  name: 'Vendor × Quota Partner',
  vendor,
  partner: {
    id: 'quota-partner',
    name: 'Quota Partner',
    archetypes: [{ archetype: 'consulting', share: '1' }],
    region: 'DACH',
    tier: 'silver',
    motiveProfile: {
      source: 'declared',
      weights: { 'services-revenue': '0.6', 'deal-volume': '0.4' },
    },
  },
  currency: 'EUR',
  calendar,
  charter: {
    purpose: 'Win more deals together in the mid-market.',
    horizon,
    opportunities: [],
    objectives: [
      {
        id: 'deals',
        name: 'Deals won',
        metric: {
          name: 'Deals won',
          unit: { kind: 'count' },
          aggregation: 'sum',
          direction: 'increase',
          motives: ['deal-volume'],
        },
        baseline: '10',
        target: '40',
        horizon,
        owner: 'joint',
        contributions: [{ motive: 'deal-volume', strength: 'strong' }],
        cascade: { granularity: 'quarter' },
      },
    ],
    stakeholders: [...stakeholders],
    reviewCadences: [],
    reviewsHeld: [],
  },
  goals: [
    {
      objective: 'deals',
      period: 'FY2027-Q1',
      target: '13',
      provenance: { status: 'assigned', assignedBy: 'vendor' },
    },
    {
      objective: 'deals',
      period: 'FY2027-Q2',
      target: '13',
      provenance: { status: 'assigned', assignedBy: 'vendor' },
    },
  ],
  commitments: [],
  terms: { tier: 'silver', resaleMargin: '0.15', benchmarkMargin: '0.15' },
  actuals: [{ objective: 'deals', period: 'FY2027-Q1', value: '10' }],
};

/**
 * Behind only against a straight line. Bookings (money, a flow) of 100 USD over 2027 on a Q4-heavy
 * path: custom weights 1, 1, 2, 6 give steps of 10, 10, 20 and 60. Goals agreed on the path for Q1
 * and Q2; both delivered 10. The partner declares one motive, services revenue, which the bookings
 * serve strongly (coverage 0.8). Reviews: a quarterly business review held early in each quarter.
 */
export const seasonalOnPlan: PartnershipJson = {
  schemaVersion: 1,
  id: 'seasonal-on-plan',
  name: 'Vendor × Seasonal Partner',
  vendor,
  partner: {
    id: 'seasonal-partner',
    name: 'Seasonal Partner',
    archetypes: [{ archetype: 'reseller', share: '1' }],
    region: 'Nordics',
    tier: 'gold',
    motiveProfile: { source: 'declared', weights: { 'services-revenue': '1' } },
  },
  currency: 'USD',
  calendar,
  charter: {
    purpose: 'Sell more in the fourth quarter, when budgets are spent.',
    horizon,
    opportunities: [],
    objectives: [
      {
        id: 'bookings',
        name: 'Bookings',
        metric: {
          name: 'Bookings',
          unit: { kind: 'money', currency: 'USD' },
          aggregation: 'sum',
          direction: 'increase',
          motives: ['services-revenue'],
        },
        baseline: '80.00',
        target: '100.00',
        horizon,
        owner: 'joint',
        contributions: [{ motive: 'services-revenue', strength: 'strong' }],
        cascade: {
          granularity: 'quarter',
          shape: { kind: 'custom', weights: ['1', '1', '2', '6'] },
        },
      },
    ],
    stakeholders: [...stakeholders],
    reviewCadences: [
      {
        id: 'qbr',
        kind: 'business',
        name: 'Quarterly business review',
        frequency: 'quarterly',
        dueWithinDays: 30,
      },
    ],
    reviewsHeld: [
      { cadence: 'qbr', date: '2027-01-10', attendees: ['v-pam', 'p-sponsor'] },
      { cadence: 'qbr', date: '2027-04-10', attendees: ['v-pam', 'p-sponsor'] },
      { cadence: 'qbr', date: '2027-07-10', attendees: ['v-pam', 'p-sponsor'] },
    ],
  },
  goals: [
    { objective: 'bookings', period: 'FY2027-Q1', target: '10.00', provenance: agreed },
    { objective: 'bookings', period: 'FY2027-Q2', target: '10.00', provenance: agreed },
  ],
  commitments: [],
  terms: { tier: 'gold', resaleMargin: '0.15', benchmarkMargin: '0.15' },
  actuals: [
    { objective: 'bookings', period: 'FY2027-Q1', value: '10.00' },
    { objective: 'bookings', period: 'FY2027-Q2', value: '10.00' },
  ],
};

/** A deep copy of a fixture, to change in a test. */
export function copy(document: PartnershipJson): PartnershipJson {
  return structuredClone(document) as PartnershipJson;
}

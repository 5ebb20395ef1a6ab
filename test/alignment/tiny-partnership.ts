// A tiny partnership built by hand as domain values, small enough to score on paper.

import { calendarYear } from '../../src/calendar/calendars.js';
import {
  CadenceId,
  CommitmentId,
  CompanyId,
  ObjectiveId,
  OpportunityId,
  PartnershipId,
  StakeholderId,
} from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { money } from '../../src/money/money.js';
import { toDecimal } from '../../src/money/to-decimal.js';

const d = toDecimal;
const quarter = (index: number) =>
  ({ calendar: 'calendar', granularity: 'quarter', year: 2026, index }) as const;

/**
 * A consulting partner (profile: services 0.30, utilization 0.25, bill rate 0.20, deal volume
 * 0.15, retention 0.10), scored as of 2026-09-01. The expected numbers are worked out in
 * tiny-partnership.test.ts.
 */
export const tiny: Partnership = {
  schemaVersion: 1,
  id: PartnershipId.parse('tiny'),
  name: 'Tiny',
  vendor: { id: CompanyId.parse('vendor'), name: 'Vendor' },
  partner: {
    id: CompanyId.parse('partner'),
    name: 'Partner',
    archetypes: [{ archetype: 'consulting', share: d('1') }],
  },
  currency: 'USD',
  calendar: calendarYear,
  charter: {
    purpose: 'Grow the partner’s services practice on the vendor’s platform.',
    horizon: { start: '2026-01-01', end: '2028-12-31' },
    opportunities: [
      {
        id: OpportunityId.parse('opp'),
        name: 'An opportunity',
        segment: {},
        yearlySize: money('1000000.00', 'USD'),
        sizeYear: 2026,
        growthRate: d('0.1'),
        targetShare: d('0.1'),
      },
    ],
    objectives: [
      {
        id: ObjectiveId.parse('o-services'),
        name: 'Services revenue',
        metric: {
          name: 'Services revenue',
          unit: { kind: 'money', currency: 'USD' },
          aggregation: 'sum',
          direction: 'increase',
          motives: ['services-revenue'],
        },
        baseline: d('100000'),
        target: d('500000'),
        horizon: { start: '2026-01-01', end: '2028-12-31' },
        owner: 'partner',
        opportunity: OpportunityId.parse('opp'),
        contributions: [{ motive: 'services-revenue', strength: 'strong' }],
      },
      {
        id: ObjectiveId.parse('o-utilization'),
        name: 'Utilization',
        metric: {
          name: 'Billable utilization',
          unit: { kind: 'percent' },
          aggregation: 'last',
          direction: 'increase',
          motives: ['consultant-utilization'],
        },
        baseline: d('60'),
        target: d('70'),
        horizon: { start: '2026-01-01', end: '2028-12-31' },
        owner: 'partner',
        contributions: [],
      },
    ],
    stakeholders: [
      {
        id: StakeholderId.parse('v-sponsor'),
        side: 'vendor',
        name: 'V',
        role: 'executive-sponsor',
      },
      { id: StakeholderId.parse('p-lead'), side: 'partner', name: 'P', role: 'practice-lead' },
    ],
    reviewCadences: [
      {
        id: CadenceId.parse('qbr'),
        kind: 'business',
        name: 'QBR',
        frequency: 'quarterly',
        dueWithinDays: 30,
      },
    ],
    reviewsHeld: [{ cadence: CadenceId.parse('qbr'), date: '2026-04-20', attendees: [] }],
  },
  goals: [
    {
      objective: ObjectiveId.parse('o-services'),
      period: quarter(3),
      target: d('30000'),
      provenance: {
        status: 'agreed',
        agreedBy: [StakeholderId.parse('v-sponsor'), StakeholderId.parse('p-lead')],
        agreedOn: '2026-06-15',
      },
    },
    {
      objective: ObjectiveId.parse('o-services'),
      period: quarter(4),
      target: d('40000'),
      provenance: { status: 'assigned', assignedBy: 'vendor' },
    },
  ],
  commitments: [
    {
      id: CommitmentId.parse('c-enable'),
      side: 'vendor',
      kind: 'enablement',
      period: quarter(3),
      objectives: [ObjectiveId.parse('o-utilization')],
      status: 'planned',
    },
    {
      id: CommitmentId.parse('c-people'),
      side: 'partner',
      kind: 'resourcing',
      period: quarter(3),
      objectives: [],
      status: 'planned',
    },
  ],
  terms: { tier: 'silver', resaleMargin: d('0.12'), benchmarkMargin: d('0.15') },
  actuals: [],
};

export const tinyAsOf = '2026-09-01';

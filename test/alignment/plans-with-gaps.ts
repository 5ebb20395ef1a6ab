// Partnerships with gaps, built by hand from the tiny one, for the tests that pin how a score
// explains itself (its findings and its reasons).
import { CadenceId, CommitmentId, ObjectiveId, StakeholderId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { tiny } from './tiny-partnership.js';

export const quarter = (index: number) =>
  ({ calendar: 'calendar', granularity: 'quarter', year: 2026, index }) as const;

/** A plan with nothing in it: no purpose, a short horizon, no objectives, people or reviews. */
export function emptyPlan(): Partnership {
  return {
    ...tiny,
    charter: {
      ...tiny.charter,
      purpose: '   ',
      horizon: { start: '2026-01-01', end: '2026-06-30' },
      opportunities: [],
      objectives: [],
      stakeholders: [],
      reviewCadences: [],
      reviewsHeld: [],
    },
    goals: [],
    commitments: [],
  };
}

/**
 * A strained plan: margin far below the benchmark, goals assigned and proposed, commitments from
 * the vendor only (one missed), a contribution weaker than its metric's, objectives serving no
 * motive of the partner, a strategic review held without the partner's sponsor, and others
 * overdue.
 */
export function strainedPlan(): Partnership {
  const [services, utilization] = tiny.charter.objectives;
  if (services === undefined || utilization === undefined) throw new Error('tiny changed');
  return {
    ...tiny,
    charter: {
      ...tiny.charter,
      opportunities: tiny.charter.opportunities.map((o) => ({ ...o, targetShare: toDecimal(0) })),
      objectives: [
        { ...services, contributions: [{ motive: 'services-revenue', strength: 'weak' }] },
        {
          ...utilization,
          id: ObjectiveId.parse('o-other'),
          metric: { ...utilization.metric, motives: ['custom:other'] },
        },
        {
          ...utilization,
          id: ObjectiveId.parse('o-nothing'),
          metric: { ...utilization.metric, motives: [] },
        },
      ],
      stakeholders: [
        ...tiny.charter.stakeholders,
        {
          id: StakeholderId.parse('p-sponsor'),
          side: 'partner',
          name: 'PS',
          role: 'executive-sponsor',
        },
      ],
      reviewCadences: [
        {
          id: CadenceId.parse('board'),
          kind: 'strategic',
          name: 'Board',
          frequency: 'half-yearly',
          dueWithinDays: 10,
        },
        {
          id: CadenceId.parse('exec'),
          kind: 'strategic',
          name: 'Executive review',
          frequency: 'quarterly',
          dueWithinDays: 10,
        },
      ],
      reviewsHeld: [
        {
          cadence: CadenceId.parse('board'),
          date: '2026-07-05',
          attendees: [StakeholderId.parse('v-sponsor'), StakeholderId.parse('p-lead')],
        },
      ],
    },
    goals: [
      ...tiny.goals,
      {
        objective: ObjectiveId.parse('o-services'),
        period: quarter(2),
        target: toDecimal('20000'),
        provenance: { status: 'assigned', assignedBy: 'vendor' },
      },
      {
        objective: ObjectiveId.parse('o-services'),
        period: quarter(1),
        target: toDecimal('10000'),
        provenance: { status: 'proposed', proposedBy: 'partner' },
      },
    ],
    commitments: [
      {
        id: CommitmentId.parse('c-enable'),
        side: 'vendor',
        kind: 'enablement',
        period: quarter(3),
        objectives: [ObjectiveId.parse('o-services')],
        status: 'planned',
      },
      {
        id: CommitmentId.parse('c-missed'),
        side: 'vendor',
        kind: 'funding',
        period: quarter(2),
        objectives: [ObjectiveId.parse('o-services')],
        status: 'missed',
      },
    ],
    terms: { ...tiny.terms, resaleMargin: toDecimal('0.05') },
  };
}

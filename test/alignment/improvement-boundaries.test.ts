// rankImprovements where its builders choose: the objective a new commitment is tied to, an id
// already taken twice, goals nobody could sign, and a strategic review due on the very day.
import { describe, expect, it } from 'vitest';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { ObjectiveId, StakeholderId } from '../../src/model/ids.js';
import type { MotiveId } from '../../src/model/motive.js';
import type { Partnership } from '../../src/model/partnership.js';
import { type Decimal, toDecimal } from '../../src/money/to-decimal.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const rank = (p: Partnership, asOf = tinyAsOf) => rankImprovements(p, { asOf, motives: 0 });
const ofKind = (p: Partnership, kind: string, asOf = tinyAsOf) =>
  rank(p, asOf).filter((i) => i.kind === kind);

describe('rankImprovements builders', () => {
  it('ties a new commitment to the objective serving the heaviest motive that anything serves', () => {
    // Bill rate weighs most and nothing serves it; utilization comes next, served by o-utilization.
    const p: Partnership = {
      ...tiny,
      commitments: [],
      partner: {
        ...tiny.partner,
        motiveProfile: {
          source: 'declared',
          weights: {
            'bill-rate': toDecimal('0.6'),
            'consultant-utilization': toDecimal('0.4'),
          } as Record<MotiveId, Decimal>,
        },
      },
    };
    expect(ofKind(p, 'add-commitment').map((i) => i.changes[0])).toEqual([
      'commitments: add c-vendor (vendor, enablement, planned, tied to o-utilization)',
      'commitments: add c-partner (partner, resourcing, planned, tied to o-utilization)',
    ]);
  });

  it('numbers an id on from 2 while it is taken', () => {
    const p: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        stakeholders: [
          ...tiny.charter.stakeholders,
          ...['partner-executive-sponsor', 'partner-executive-sponsor-2'].map((id) => ({
            id: StakeholderId.parse(id),
            side: 'vendor' as const,
            name: 'Taken',
            role: 'partner-manager' as const,
          })),
        ],
      },
    };
    expect(ofKind(p, 'name-sponsor').map((i) => `${i.subject} ${i.changes[0]}`)).toEqual([
      'partner charter.stakeholders: add partner-executive-sponsor-3 (partner, executive-sponsor, to be named)',
    ]);
  });

  it('proposes no agreement of goals when no one of either side could sign it', () => {
    const p: Partnership = {
      ...tiny,
      charter: { ...tiny.charter, stakeholders: [] },
      goals: tiny.goals.filter((goal) => goal.provenance.status === 'assigned'),
    };
    expect(scoreAlignment(p, { asOf: tinyAsOf }).findings.map((f) => f.code)).toContain(
      'goals-assigned',
    );
    expect(rank(p).map((i) => i.kind)).not.toContain('agree-assigned-goals');
  });

  it('records no strategic review as held before its due date has passed', () => {
    // The FY2026 review is due by 2027-02-14: on that day it is not yet overdue.
    const added = (asOf: string) => ofKind(tiny, 'add-strategic-review', asOf)[0]?.patch.length;
    expect([added('2027-02-14'), added('2027-02-15')]).toEqual([1, 2]);
  });
  it('proposes no change that would lower the score, such as an objective outweighing the others', () => {
    // Both objectives weigh 0.5: a new objective (weight 1) halves their coverage. Serving
    // retention gains 0.1 × 0.8 × 45 = 3.6 points and loses more on services revenue alone.
    const light: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        objectives: tiny.charter.objectives.map((o) => ({ ...o, weight: toDecimal('0.5') })),
      },
    };
    const ranked = rankImprovements(light, { asOf: tinyAsOf, motives: 100 });
    expect(ranked.every((i) => i.delta.gt(0))).toBe(true);
    expect(ranked.filter((i) => i.kind === 'serve-motive')).toEqual([]);
  });

  it('searches only motives the plan does not serve in full', () => {
    // With a strong contribution covering 100%, services revenue is served in full: no objective
    // for it is proposed, although one would tie a third objective to an opportunity.
    const p: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        objectives: [
          ...tiny.charter.objectives,
          {
            ...(tiny.charter.objectives[1] as Partnership['charter']['objectives'][number]),
            id: ObjectiveId.parse('o-other'),
            metric: {
              ...(tiny.charter.objectives[1] as Partnership['charter']['objectives'][number])
                .metric,
              motives: ['custom:other'],
            },
          },
        ],
      },
    };
    const subjects = rankImprovements(p, {
      asOf: tinyAsOf,
      motives: 100,
      settings: { strengthCoverage: { strong: '1' } },
    })
      .filter((i) => i.kind === 'serve-motive')
      .map((i) => i.subject);
    expect(subjects).toEqual(['bill-rate', 'deal-volume', 'consultant-utilization', 'retention']);
  });
});

// The scoring rules of version 2 (issue 13): objective weights, commitment status and review
// attendance count; a declared contribution wins also when weaker, with an info finding; every
// score names its version; settings are read once per override object.
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { alignmentScoringVersion } from '../../src/alignment/scoring-version.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const asOf = tinyAsOf;
const score = (p: Partnership, settings = {}) => scoreAlignment(p, { asOf, settings });
const component = (p: Partnership, id: string, settings = {}) =>
  score(p, settings)
    .components.find((c) => c.id === id)
    ?.score.toString();
const withObjectives = (f: (o: Partnership['charter']['objectives'][number]) => object) => ({
  ...tiny,
  charter: { ...tiny.charter, objectives: tiny.charter.objectives.map((o) => ({ ...o, ...f(o) })) },
});

describe('scoring version', () => {
  it('names the version of the rules on every score', () => {
    expect(alignmentScoringVersion).toBe('2');
    expect(score(tiny).scoringVersion).toBe(alignmentScoringVersion);
  });
});

describe('objective weights', () => {
  // o-services weighs 3, o-utilization 1: utilization's objective serves at 1/3 of its strength.
  const weighted = withObjectives((o) => ({ weight: toDecimal(o.id === 'o-services' ? 3 : 1) }));

  it('scale how strongly an objective serves its motives by its weight over the heaviest', () => {
    // utilization: moderate 0.5 × 0.333333333333 (1/3 to 12 places) = 0.1666666666665 →
    // 0.166666666666 (half to even); c-enable (planned) through it: × 0.25 × 0.5 =
    // 0.020833333333 → 1 − 0.833333333334 × 0.979166666667 = 0.184027777777 (12 places);
    // services stays 0.8.
    const util = score(weighted).motives.find((m) => m.motive === 'consultant-utilization');
    expect(util?.objectives[0]?.coverage.toString()).toBe('0.166666666666');
    expect(util?.commitments[0]?.coverage.toString()).toBe('0.020833333333');
    expect(util?.coverage.toString()).toBe('0.184027777777');
  });

  it('count in the shares of agreed goals and of tied objectives', () => {
    // A goal on the lighter objective, agreed: goals (3 × 1 + 3 × 0 + 1 × 1) / 7 weigh 4/7.
    const goal = tiny.goals[0];
    if (goal === undefined) throw new Error('tiny has goals');
    const more: Partnership = {
      ...weighted,
      goals: [
        ...weighted.goals,
        { ...goal, objective: tiny.charter.objectives[1]?.id ?? goal.objective },
      ],
    };
    // mutuality = 100 × (0.5 × 0.571428571429 + 0.25 + 0.25 × 0.5) = 66.0714285714...
    expect(component(more, 'mutuality')).toBe('66.07142857145');
    // Objective weights ignored: (1 + 0 + 1) / 3 → 100 × (0.5 × 0.666666666667 + 0.375)
    expect(component(more, 'mutuality', { objectiveWeights: 'equal' })).toBe('70.83333333335');
  });

  it('change nothing when every objective weighs the same', () => {
    const same = withObjectives(() => ({ weight: toDecimal(2) }));
    expect(JSON.stringify(score(same).components)).toBe(JSON.stringify(score(tiny).components));
  });
});

describe('commitment status', () => {
  const withStatus = (status: Partnership['commitments'][number]['status']): Partnership => ({
    ...tiny,
    commitments: tiny.commitments.map((c) => ({ ...c, status })),
  });

  it('covers motives in full when delivered, at half while planned or in progress, not when missed', () => {
    // c-enable through o-utilization (0.5): 0.5 × 0.25 × credit
    const coverage = (status: 'planned' | 'in-progress' | 'delivered' | 'missed') =>
      score(withStatus(status))
        .motives.find((m) => m.motive === 'consultant-utilization')
        ?.commitments.map((c) => c.coverage.toString());
    expect(coverage('delivered')).toEqual(['0.125']);
    expect(coverage('planned')).toEqual(['0.0625']);
    expect(coverage('in-progress')).toEqual(['0.0625']);
    expect(coverage('missed')).toEqual([]);
  });

  it('counts a missed commitment for neither side nor the tied share, and says so', () => {
    // Both missed: no side commits, 0 tied → mutuality 100 × 0.5 × 0.5 = 25
    const missed = score(withStatus('missed'));
    expect(missed.components.find((c) => c.id === 'mutuality')?.score.toString()).toBe('25');
    expect(
      missed.findings.filter((f) => f.code === 'commitment-missed').map((f) => f.subjects),
    ).toEqual([[{ kind: 'commitment', id: 'c-enable' }], [{ kind: 'commitment', id: 'c-people' }]]);
    expect(missed.findings.find((f) => f.code === 'commitment-missed')?.evidence[0]?.path).toEqual([
      'commitments',
      0,
      'status',
    ]);
  });
});

describe('review attendance', () => {
  const attended = (attendees: ReadonlyArray<string>): Partnership => ({
    ...tiny,
    charter: {
      ...tiny.charter,
      reviewsHeld: tiny.charter.reviewsHeld.map((r) => ({ ...r, attendees: attendees as never })),
    },
  });

  it('gives a review held with both sides its full credit, one without them half', () => {
    // sponsors 0.625 × 0.35 + cadence 0.5 × 0.25 + reviews (Q1 held, Q2 overdue) × 0.40: both
    // sides present → 1 / 2 = 0.54375; vendor only → 0.5 / 2 = 0.44375
    expect(component(attended(['v-sponsor', 'p-lead']), 'governance')).toBe('54.375');
    expect(component(attended(['v-sponsor']), 'governance')).toBe('44.375');
    expect(
      score(attended(['v-sponsor'])).findings.find((f) => f.code === 'review-attendance-incomplete')
        ?.message,
    ).toBe('The business review qbr of FY2026-Q1 was held without both sides present');
  });

  it('asks the executive sponsors at a strategic review', () => {
    const strategic: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        stakeholders: [
          ...tiny.charter.stakeholders,
          { id: 'p-sponsor' as never, side: 'partner', name: 'S', role: 'executive-sponsor' },
        ],
        reviewCadences: [
          {
            id: 'yearly' as never,
            kind: 'strategic',
            name: 'S',
            frequency: 'yearly',
            dueWithinDays: 45,
          },
        ],
        reviewsHeld: [
          {
            cadence: 'yearly' as never,
            date: '2027-01-20',
            attendees: ['v-sponsor', 'p-lead'] as never,
          },
        ],
      },
    };
    const found = scoreAlignment(strategic, { asOf: '2027-03-01' }).findings.map((f) => f.code);
    expect(found).toContain('review-attendance-incomplete');
  });
});

describe('declared contributions', () => {
  it('win over the metric also when weaker, with an info finding that says so', () => {
    const weaker = withObjectives((o) =>
      o.id === 'o-utilization'
        ? { contributions: [{ motive: 'consultant-utilization', strength: 'weak' }] }
        : {},
    );
    const report = score(weaker);
    const util = report.motives.find((m) => m.motive === 'consultant-utilization');
    expect(util?.objectives[0]).toMatchObject({ strength: 'weak', origin: 'declared' });
    const finding = report.findings.find((f) => f.code === 'contribution-weaker-than-metric');
    expect(finding).toMatchObject({
      severity: 'info',
      subjects: [
        { kind: 'objective', id: 'o-utilization' },
        { kind: 'motive', id: 'consultant-utilization' },
      ],
      params: { declared: 'weak', derived: 'moderate' },
    });
    expect(finding?.evidence[0]?.path).toEqual([
      'charter',
      'objectives',
      1,
      'contributions',
      0,
      'strength',
    ]);
  });
});

describe('settings read once per override object', () => {
  it('gives the same score whether the override object is new or reused', () => {
    const overrides = { strengthCoverage: { strong: '0.9' } };
    const first = JSON.stringify(score(tiny, overrides));
    expect(JSON.stringify(score(tiny, overrides))).toBe(first);
    expect(JSON.stringify(score(tiny, { strengthCoverage: { strong: '0.9' } }))).toBe(first);
  });

  it('reads an override object changed in place again', () => {
    const overrides = { strengthCoverage: { strong: '0.9' } };
    const before = component(tiny, 'motive-fit', overrides);
    overrides.strengthCoverage.strong = '0.6';
    expect(component(tiny, 'motive-fit', overrides)).not.toBe(before);
    expect(component(tiny, 'motive-fit', overrides)).toBe(
      component(tiny, 'motive-fit', { strengthCoverage: { strong: '0.6' } }),
    );
  });
});

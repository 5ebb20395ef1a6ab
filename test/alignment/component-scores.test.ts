// The component scores of plans with gaps, worked out by hand with the default settings, and
// how governance credits a review held late or a strategic review of a side without a sponsor.
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { CadenceId, StakeholderId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { emptyPlan, strainedPlan } from './plans-with-gaps.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const scores = (p: Partnership, asOf = tinyAsOf) =>
  scoreAlignment(p, { asOf }).components.map((c) => `${c.id} ${c.score.toFixed()}`);
const governance = (p: Partnership, asOf: string) =>
  scoreAlignment(p, { asOf })
    .components.find((c) => c.id === 'governance')
    ?.score.toFixed();

describe('scoreAlignment components', () => {
  it('scores an empty plan on its margin alone', () => {
    // Nothing to serve, agree, review or tie, no purpose, a short horizon: only economics
    // (margin 12% vs 15%: 90 × 0.8²).
    expect(scores(emptyPlan())).toEqual([
      'motive-fit 0',
      'economics 57.6',
      'mutuality 0',
      'governance 0',
      'clarity 0',
    ]);
  });

  it('scores a strained plan to the numbers worked out by hand', () => {
    // motive fit  services 0.3 × (1 − 0.75 × (1 − 0.25 × 0.25 × 0.5)) = 0.3 × 0.2734375 → 8.203125
    // economics   margin a third of the benchmark: 90 × (1/3)² = 10
    // mutuality   goals (1 agreed + 0.5 proposed) / 4 × 0.5 + the vendor alone 0.5 × 0.25 + 1 of 2
    //             commitments tied and not missed 0.5 × 0.25 = 0.4375
    // governance  both sponsors 0.35 + a strategic cadence 0.25 + 1 review of 3 due, held without
    //             the partner's sponsor (0.5): 0.5 / 3 = 0.166666666667 (12 places) × 0.40
    //             = 0.0666666666668 → 66.66666666668
    // clarity     purpose 0.2 + horizon 0.1 + no capture target + 1 of 3 objectives tied
    //             0.333333333333 × 0.4 → 43.33333333332
    expect(scores(strainedPlan())).toEqual([
      'motive-fit 8.203125',
      'economics 10',
      'mutuality 43.75',
      'governance 66.66666666668',
      'clarity 43.33333333332',
    ]);
  });

  it('gives a review held late part of the credit, and part again when a side was missing', () => {
    // A horizon of two quarters, read on 2026-09-01: Q1 overdue, and a review held on 2026-08-15,
    // after Q2's window (due 2026-07-30), counts for Q2 late.
    const lateWith = (attendees: ReadonlyArray<string>): Partnership => ({
      ...tiny,
      charter: {
        ...tiny.charter,
        horizon: { start: '2026-01-01', end: '2026-06-30' },
        objectives: tiny.charter.objectives.map((o) => ({
          ...o,
          horizon: { start: '2026-01-01', end: '2026-06-30' },
        })),
        reviewsHeld: [
          {
            cadence: CadenceId.parse('qbr'),
            date: '2026-08-15',
            attendees: attendees.map((id) => StakeholderId.parse(id)),
          },
        ],
      },
      goals: [],
      commitments: [],
    });
    const both = lateWith(['v-sponsor', 'p-lead']);
    expect(scoreAlignment(both, { asOf: tinyAsOf }).reviews.reviews.map((r) => r.status)).toEqual([
      'overdue',
      'held-late',
    ]);
    // sponsors (1 + 0.25) / 2 × 0.35 = 0.21875, cadence 0.5 × 0.25 = 0.125, reviews: Q1 0, Q2 held
    // late with both sides 0.5 → 0.25 × 0.40 = 0.1; with the vendor only, half of that again.
    expect(governance(both, tinyAsOf)).toBe('44.375');
    expect(
      scoreAlignment(both, { asOf: tinyAsOf }).components.find((c) => c.id === 'governance')
        ?.reasons[3],
    ).toBe(
      '0 of 2 reviews due by 2026-09-01 held on time, 1 late, 1 overdue; 0 without both sides present',
    );
    expect(governance(lateWith(['v-sponsor']), tinyAsOf)).toBe('39.375');
  });

  it('asks at a strategic review for the sponsor of each side that has one, and anyone of a side without', () => {
    const strategic = (attendees: ReadonlyArray<string>): Partnership => ({
      ...tiny,
      charter: {
        ...tiny.charter,
        reviewCadences: [
          {
            id: CadenceId.parse('yearly'),
            kind: 'strategic',
            name: 'Yearly',
            frequency: 'yearly',
            dueWithinDays: 45,
          },
        ],
        reviewsHeld: [
          {
            cadence: CadenceId.parse('yearly'),
            date: '2027-01-20',
            attendees: attendees.map((id) => StakeholderId.parse(id)),
          },
        ],
      },
    });
    // The partner has no sponsor: its practice lead is enough. Sponsors 0.21875 + a strategic
    // cadence 0.25 + the FY2026 review held with both sides 0.40 → 86.875; without the vendor's
    // sponsor, half the review's credit → 66.875.
    expect(governance(strategic(['v-sponsor', 'p-lead']), '2027-03-01')).toBe('86.875');
    expect(governance(strategic(['p-lead']), '2027-03-01')).toBe('66.875');
  });

  it('counts a side present when one of its people attends, and a strategic review when one of its sponsors does', () => {
    const withPeople = (
      kind: 'business' | 'strategic',
      attendees: ReadonlyArray<string>,
    ): Partnership => ({
      ...tiny,
      charter: {
        ...tiny.charter,
        stakeholders: [
          ...tiny.charter.stakeholders,
          {
            id: StakeholderId.parse('v-pam'),
            side: 'vendor',
            name: 'Pam',
            role: 'partner-manager',
          },
          {
            id: StakeholderId.parse('v-cro'),
            side: 'vendor',
            name: 'Cro',
            role: 'executive-sponsor',
          },
        ],
        reviewCadences: tiny.charter.reviewCadences.map((c) => ({ ...c, kind })),
        reviewsHeld: tiny.charter.reviewsHeld.map((r) => ({
          ...r,
          attendees: attendees.map((id) => StakeholderId.parse(id)),
        })),
      },
    });
    const incomplete = (p: Partnership) =>
      scoreAlignment(p, { asOf: tinyAsOf }).findings.filter(
        (f) => f.code === 'review-attendance-incomplete',
      ).length;
    // The vendor has three people, two of them sponsors; the partner one, no sponsor.
    expect(incomplete(withPeople('business', ['v-pam', 'p-lead']))).toBe(0);
    expect(incomplete(withPeople('strategic', ['v-cro', 'p-lead']))).toBe(0);
    expect(incomplete(withPeople('strategic', ['v-pam', 'p-lead']))).toBe(1);
  });

  it('counts a strategic cadence among others, and full marks for reviews when none is due yet', () => {
    const mixed: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        reviewCadences: [
          ...tiny.charter.reviewCadences,
          {
            id: CadenceId.parse('yearly'),
            kind: 'strategic',
            name: 'Yearly',
            frequency: 'yearly',
            dueWithinDays: 45,
          },
        ],
      },
    };
    // As of 2026-03-01 no review is due: sponsors (1 + 0.25) / 2 × 0.35 = 0.21875, a strategic
    // cadence 0.25, reviews on schedule (none due) 0.40 → 86.875.
    expect(governance(mixed, '2026-03-01')).toBe('86.875');
    // With the QBR alone: cadence without a strategic one 0.5 × 0.25 → 74.375.
    expect(governance(tiny, '2026-03-01')).toBe('74.375');
  });
});

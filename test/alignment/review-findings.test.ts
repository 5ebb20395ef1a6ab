// A finding about a review held without both sides points at that very record of the charter's
// reviewsHeld, among records of other cadences and other days.
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { CadenceId, StakeholderId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

describe('scoreAlignment review findings', () => {
  it('points at the record of the review held without both sides', () => {
    const both = [StakeholderId.parse('v-sponsor'), StakeholderId.parse('p-lead')];
    const qbr = CadenceId.parse('qbr');
    const ops = CadenceId.parse('ops');
    const p: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        reviewCadences: [
          ...tiny.charter.reviewCadences,
          { id: ops, kind: 'operational', name: 'Ops', frequency: 'quarterly', dueWithinDays: 30 },
        ],
        reviewsHeld: [
          { cadence: qbr, date: '2026-02-10', attendees: both },
          { cadence: ops, date: '2026-05-10', attendees: both },
          { cadence: qbr, date: '2026-05-10', attendees: [] },
        ],
      },
    };
    const incomplete = scoreAlignment(p, { asOf: tinyAsOf }).findings.filter(
      (f) => f.code === 'review-attendance-incomplete',
    );
    expect(incomplete.map((f) => [f.subjects[0]?.id, f.evidence[0]?.path?.join('.')])).toEqual([
      ['qbr/FY2026-Q2', 'charter.reviewsHeld.2.attendees'],
    ]);
  });
});

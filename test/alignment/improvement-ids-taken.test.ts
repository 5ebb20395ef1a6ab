// A proposed commitment or cadence takes an id no other commitment or cadence has, whatever its
// side or kind: an id is unique across the whole list (survivors of the mutation run).
import { describe, expect, it } from 'vitest';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { CadenceId, CommitmentId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { tinyAsOf as asOf, tiny } from './tiny-partnership.js';

const changesOf = (partnership: Partnership, kind: string) =>
  rankImprovements(partnership, { asOf })
    .filter((improvement) => improvement.kind === kind)
    .flatMap((improvement) => improvement.changes);

describe('rankImprovements: ids of what it adds', () => {
  it('numbers a partner commitment when a vendor commitment is already called c-partner', () => {
    // The vendor's enablement commitment alone, under the id the partner's would take.
    const [vendor] = tiny.commitments;
    if (vendor === undefined) throw new Error('tiny has a vendor commitment');
    const partnership: Partnership = {
      ...tiny,
      commitments: [{ ...vendor, id: CommitmentId.parse('c-partner') }],
    };
    expect(changesOf(partnership, 'add-commitment')).toEqual([
      'commitments: add c-partner-2 (partner, resourcing, planned, tied to o-services)',
    ]);
  });

  it('numbers a strategic cadence when a business cadence is already called strategic-review', () => {
    const { charter } = tiny;
    const id = CadenceId.parse('strategic-review');
    const partnership: Partnership = {
      ...tiny,
      charter: {
        ...charter,
        reviewCadences: charter.reviewCadences.map((cadence) => ({ ...cadence, id })),
        reviewsHeld: charter.reviewsHeld.map((review) => ({ ...review, cadence: id })),
      },
    };
    expect(changesOf(partnership, 'add-strategic-review')).toEqual([
      'charter.reviewCadences: add strategic-review-2 (strategic, yearly, due within 45 days)',
    ]);
  });
});

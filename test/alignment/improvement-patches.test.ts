// Every improvement carries an RFC 6902 JSON Patch of the partnership's JSON document (issue 15).
// The patches are applied here with rfc6902, a maintained JSON Patch library, not with the
// library's own code: the patched document must parse, and re-scoring it must give exactly the
// improvement's score.
import { fc, test } from '@fast-check/vitest';
import { applyPatch, type Operation } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import type { Improvement } from '../../src/alignment/improvement.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { encodePartnership } from '../../src/model/encode-partnership.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { runs } from '../property-runs.js';
import { anyAsOf, variations } from './arbitraries.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

/** The improvement's patch applied by rfc6902 to the input's JSON document, parsed. */
function patched(input: Partnership, improvement: Improvement): Partnership {
  const document = JSON.parse(JSON.stringify(encodePartnership(input)));
  const results = applyPatch(document, improvement.patch as Operation[]);
  expect(results.every((result) => result === null)).toBe(true);
  return parsePartnership(document);
}

function checkAll(input: Partnership, asOf: string): number {
  const improvements = rankImprovements(input, { asOf });
  for (const improvement of improvements) {
    const changed = patched(input, improvement);
    expect(scoreAlignment(changed, { asOf }).score.eq(improvement.score)).toBe(true);
    expect(encodePartnership(changed)).toEqual(encodePartnership(improvement.partnership));
  }
  return improvements.length;
}

describe('Improvement.patch', () => {
  it('writes each kind of change as add or replace operations on the JSON document', () => {
    const byKind = Object.fromEntries(
      rankImprovements(tiny, { asOf: tinyAsOf }).map((i) => [`${i.kind} ${i.subject}`, i.patch]),
    );
    expect(byKind['raise-margin terms']).toEqual([
      { op: 'replace', path: '/terms/resaleMargin', value: '0.15' },
    ]);
    expect(byKind['agree-assigned-goals goals']).toEqual([
      {
        op: 'replace',
        path: '/goals/1/provenance',
        value: { status: 'agreed', agreedBy: ['v-sponsor', 'p-lead'], agreedOn: '2026-09-01' },
      },
    ]);
    expect(byKind['hold-overdue-reviews reviews']).toEqual([
      {
        op: 'add',
        path: '/charter/reviewsHeld/-',
        value: { cadence: 'qbr', date: '2026-07-30', attendees: ['v-sponsor', 'p-lead'] },
      },
    ]);
    expect(byKind['name-sponsor partner']).toEqual([
      {
        op: 'add',
        path: '/charter/stakeholders/-',
        value: {
          id: 'partner-executive-sponsor',
          side: 'partner',
          name: 'To be named',
          role: 'executive-sponsor',
        },
      },
    ]);
    expect(byKind['serve-motive bill-rate']?.[0]).toMatchObject({
      op: 'add',
      path: '/charter/objectives/-',
      value: {
        id: 'serve-bill-rate',
        owner: 'joint',
        contributions: [{ motive: 'bill-rate', strength: 'strong' }],
      },
    });
  });

  it('re-scores to exactly the stated score on the samples, at several dates', () => {
    let count = 0;
    for (const raw of [samples.northwindAdvisory, samples.lumenField]) {
      for (const asOf of ['2026-11-27', '2027-09-30', '2029-03-01']) {
        count += checkAll(parsePartnership(raw), asOf);
      }
    }
    count += checkAll(tiny, tinyAsOf);
    expect(count).toBeGreaterThan(30);
  });
});

describe.each([
  ['tiny', tiny],
  ['Northwind', parsePartnership(samples.northwindAdvisory)],
  ['Lumen', parsePartnership(samples.lumenField)],
])('Improvement.patch on variations of %s', (_, base) => {
  test.prop([variations(base), anyAsOf], { numRuns: runs(15) })(
    'applied with rfc6902 and re-scored, gives exactly the improvement’s score',
    (p, asOf) => {
      checkAll(p, asOf);
    },
  );

  test.prop([variations(base), anyAsOf, fc.nat()], { numRuns: runs(10) })(
    'leaves the input document as it was',
    (p, asOf) => {
      const before = JSON.stringify(encodePartnership(p));
      rankImprovements(p, { asOf });
      expect(JSON.stringify(encodePartnership(p))).toBe(before);
    },
  );
});

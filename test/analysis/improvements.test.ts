import { fc, test } from '@fast-check/vitest';
import { applyPatch } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import { analyzePartnership } from '../../src/analysis/analyze-partnership.js';
import type { PartnershipJson } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { assignedAbovePath, copy, seasonalOnPlan } from './fixtures.js';

/** Documents whose improvements cover every kind: margins, provenance, sponsors, reviews, economics. */
const documents = fc
  .record({
    base: fc.constantFrom<{ name: string; base: PartnershipJson; asOf: string }>(
      { name: 'quota', base: assignedAbovePath, asOf: '2027-05-15' },
      { name: 'seasonal', base: seasonalOnPlan, asOf: '2027-08-15' },
      { name: 'northwind', base: samples.northwindAdvisory, asOf: '2026-11-27' },
      { name: 'lumen', base: samples.lumenField, asOf: '2026-11-27' },
    ),
    margin: fc.constantFrom(null, '0.05', '0.09', '0.11'),
    dropSponsor: fc.boolean(),
    cadence: fc.boolean(),
    proposed: fc.boolean(),
  })
  .map(({ base: { name, base, asOf }, margin, dropSponsor, cadence, proposed }) => {
    const document = copy(base);
    if (margin !== null) document.terms = { ...document.terms, resaleMargin: margin };
    if (dropSponsor) {
      const sponsor = document.charter.stakeholders.find(
        (p) => p.side === 'partner' && p.role === 'executive-sponsor',
      );
      const used = JSON.stringify([document.goals, document.charter.reviewsHeld]).includes(
        `"${sponsor?.id}"`,
      );
      if (sponsor !== undefined && !used) {
        document.charter.stakeholders = document.charter.stakeholders.filter((p) => p !== sponsor);
      }
    }
    if (cadence && document.charter.reviewCadences.length === 0) {
      document.charter.reviewCadences = [
        { id: 'qbr', kind: 'business', name: 'QBR', frequency: 'quarterly', dueWithinDays: 10 },
      ];
    }
    if (proposed) {
      document.goals = document.goals.map((goal) => ({
        ...goal,
        provenance: { status: 'proposed', proposedBy: 'partner' },
      }));
    }
    return { name, document: document as PartnershipJson, asOf };
  });

describe('the improvements of analyzePartnership', () => {
  test.prop([documents], { numRuns: 12 })(
    'give exactly their stated gain when their patch is applied (with rfc6902) and the document analysed again',
    ({ document, asOf }) => {
      const before = analyzePartnership(document, { asOf });
      const current = toDecimal(before.alignment.score);
      expect(before.improvements?.length ?? 0).toBeGreaterThan(0);
      for (const improvement of before.improvements ?? []) {
        const patched = structuredClone(document);
        const results = applyPatch(patched, structuredClone([...improvement.patch]) as never);
        expect(results.every((result) => result === null)).toBe(true);
        const after = analyzePartnership(patched, { asOf, improvements: 'none' });
        expect(after.alignment.score).toBe(improvement.score);
        expect(toDecimal(after.alignment.score).minus(current).eq(improvement.gain)).toBe(true);
        expect(toDecimal(improvement.gain).gt(0)).toBe(true);
      }
    },
  );

  it('re-scores a change of the terms with the economics it changes', () => {
    // Raising Lumen's margin to the benchmark changes margin’s share of its profit: the analysis
    // computes the economics of the changed document again before it states the gain.
    const asOf = '2026-11-27';
    const analysis = analyzePartnership(samples.lumenField, { asOf });
    const raise = analysis.improvements?.find((i) => i.kind === 'raise-margin');
    expect(raise?.patch).toEqual([{ op: 'replace', path: '/terms/resaleMargin', value: '0.12' }]);
    const remedied = analysis.diagnosis.causes.find((c) => c.code === 'margin-below-benchmark');
    expect(remedied?.remedy).toMatchObject({ kind: 'raise-margin', gain: raise?.gain });
  });

  it('lists improvements best first, each with the causes it is the remedy of', () => {
    const analysis = analyzePartnership(assignedAbovePath, { asOf: '2027-05-15' });
    const scores = (analysis.improvements ?? []).map((i) => toDecimal(i.score));
    expect(scores.every((score, i) => i === 0 || score.lte(scores[i - 1] ?? score))).toBe(true);
    expect(analysis.improvements?.map((i) => [i.kind, i.subject, i.remedies])).toEqual([
      ['serve-motive', 'services-revenue', ['top-motives-unserved']],
      ['agree-assigned-goals', 'goals', ['goals-above-path', 'goals-assigned']],
      ['add-strategic-review', 'strategic-review', []],
      ['add-commitment', 'vendor', []],
      ['add-commitment', 'partner', []],
      ['serve-motive', 'deal-volume', []],
    ]);
  });
});

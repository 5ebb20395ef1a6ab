import { describe, expect, it } from 'vitest';
import { compareAlignment } from '../../src/alignment/compare-alignment.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const asOf = tinyAsOf;
const rank = (p: Partnership = tiny, motives?: number) =>
  rankImprovements(p, motives === undefined ? { asOf } : { asOf, motives });

describe('rankImprovements', () => {
  it('finds the changes that raise the score, best first, each re-scored', () => {
    const ranked = rank();
    // By hand: serve bill rate 0.20 × 0.8 × 45 = +7.2; deal volume 0.15 × 0.8 × 45 = +5.4; agree
    // the assigned goal 0.5 × 0.5 × 20 = +5; utilization 0.25 × (0.90625 − 0.53125) × 45 =
    // +4.22 (1 − 0.46875 × 0.2 = 0.90625); retention (unserved: a finding names it, beyond the
    // three least-served motives searched) 0.10 × 0.8 × 45 = +3.6; margin to benchmark
    // (90 − 57.6) × 0.1 = +3.24; the overdue QBR held by both sides (0.5 → 1.5 of 2 reviews due)
    // 0.5 × 0.4 × 15 = +3; a partner sponsor 0.375 × 0.35 × 15 = +1.97; a strategic cadence
    // 0.5 × 0.25 × 15 = +1.875.
    expect(ranked.map((i) => [i.kind, i.subject, i.delta.toFixed(3), i.addresses.join()])).toEqual([
      ['serve-motive', 'bill-rate', '7.200', 'motive-unserved'],
      ['serve-motive', 'deal-volume', '5.400', 'motive-unserved'],
      ['agree-assigned-goals', 'goals', '5.000', 'goals-assigned'],
      ['serve-motive', 'consultant-utilization', '4.219', ''],
      ['serve-motive', 'retention', '3.600', 'motive-unserved'],
      ['raise-margin', 'terms', '3.240', 'margin-below-benchmark'],
      ['hold-overdue-reviews', 'reviews', '3.000', 'review-overdue'],
      ['name-sponsor', 'partner', '1.969', 'sponsor-missing'],
      ['add-strategic-review', 'strategic-review', '1.875', 'no-strategic-cadence'],
    ]);
    for (const improvement of ranked) {
      expect(improvement.score.eq(scoreAlignment(improvement.partnership, { asOf }).score)).toBe(
        true,
      );
      expect(improvement.delta.gt(0)).toBe(true);
    }
    const scores = ranked.map((i) => i.score.toNumber());
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('says exactly what each change edits', () => {
    const byKind = Object.fromEntries(rank().map((i) => [i.kind, i.changes]));
    expect(byKind['agree-assigned-goals']).toEqual([
      'goals[1].provenance: assigned → agreed by v-sponsor and p-lead on 2026-09-01',
    ]);
    expect(byKind['raise-margin']).toEqual(['terms.resaleMargin: 0.12 → 0.15']);
    expect(byKind['hold-overdue-reviews']).toEqual([
      'charter.reviewsHeld: add qbr of FY2026-Q2 held on 2026-07-30',
    ]);
    expect(byKind['add-strategic-review']).toEqual([
      'charter.reviewCadences: add strategic-review (strategic, yearly, due within 45 days)',
    ]);
  });

  it('proposes commitments from a side that has none, and unique ids for what it adds', () => {
    const vendorOnly: Partnership = {
      ...tiny,
      commitments: tiny.commitments.filter((c) => c.side === 'vendor'),
      charter: {
        ...tiny.charter,
        objectives: [
          ...tiny.charter.objectives,
          {
            ...(tiny.charter.objectives[0] as (typeof tiny.charter.objectives)[number]),
            id: 'serve-bill-rate' as never,
          },
        ],
      },
    };
    const ranked = rank(vendorOnly, 1);
    const commitment = ranked.find((i) => i.kind === 'add-commitment');
    expect(commitment?.changes).toEqual([
      'commitments: add c-partner (partner, resourcing, planned, tied to o-services)',
    ]);
    expect(ranked.find((i) => i.kind === 'serve-motive')?.changes[0]).toMatch(
      /add serve-bill-rate-2 /,
    );
    // The one least-served motive searched (bill rate), and the unserved ones findings name.
    expect(ranked.filter((i) => i.kind === 'serve-motive').map((i) => i.subject)).toEqual([
      'bill-rate',
      'deal-volume',
      'retention',
    ]);
  });

  it('returns nothing it cannot improve, and never mutates its input', () => {
    const frozen = deepFreeze(tiny);
    // motives: 0 searches none; only the unserved motives the findings name are tried.
    const served = rank(frozen, 0).filter((i) => i.kind === 'serve-motive');
    expect(served.map((i) => i.subject)).toEqual(['bill-rate', 'deal-volume', 'retention']);
    const zero = { ...tiny, terms: { ...tiny.terms, resaleMargin: toDecimal('0.01') } };
    expect(rank(zero).map((i) => i.kind)).toEqual(['raise-margin']);
  });
});

describe('compareAlignment', () => {
  it('splits a score difference by component, gate and motive, adding up exactly', () => {
    const before = scoreAlignment(tiny, { asOf });
    const [best] = rankImprovements(tiny, { asOf });
    if (best === undefined) throw new Error('expected an improvement');
    const after = scoreAlignment(best.partnership, { asOf });
    const comparison = compareAlignment(before, after);
    const total = comparison.components.reduce((s, c) => s.plus(c.delta), comparison.gate.delta);
    expect(total.eq(comparison.delta)).toBe(true);
    expect(comparison.delta.eq(best.delta)).toBe(true);
    const bill = comparison.motives.find((m) => m.motive === 'bill-rate');
    expect([bill?.coverageBefore.toString(), bill?.coverageAfter.toString()]).toEqual(['0', '0.8']);
    expect(comparison.grades).toEqual({ before: 'D', after: after.grade });
  });

  it('counts a motive missing from one report as 0 there', () => {
    const before = scoreAlignment(tiny, { asOf });
    const declared = {
      ...tiny,
      partner: {
        ...tiny.partner,
        motiveProfile: { source: 'declared' as const, weights: { 'referral-fees': toDecimal(1) } },
      },
    };
    const after = scoreAlignment(declared, { asOf });
    const motives = compareAlignment(before, after).motives.map((m) => [
      m.motive,
      m.after.toString(),
    ]);
    expect(motives[0]).toEqual(['referral-fees', '0']);
    expect(motives).toContainEqual(['services-revenue', '0']);
  });
});

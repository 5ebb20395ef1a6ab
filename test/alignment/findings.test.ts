import { describe, expect, it } from 'vitest';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { emptyPlan } from './plans-with-gaps.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const asOf = tinyAsOf;
const empty = emptyPlan();

describe('scoreAlignment findings', () => {
  it('finds everything missing from an empty plan, and scores what is left', () => {
    const report = scoreAlignment(empty, { asOf });
    expect(report.findings.map((f) => `${f.severity} ${f.code}`)).toEqual([
      'critical motive-unserved',
      'critical no-objectives',
      'warning motive-unserved',
      'warning motive-unserved',
      'warning motive-unserved',
      'warning motive-unserved',
      'warning margin-below-benchmark',
      'warning no-goals',
      'warning no-commitments',
      'warning sponsor-missing',
      'warning sponsor-missing',
      'warning no-strategic-cadence',
      'warning no-purpose',
      'warning no-opportunity',
      'info short-horizon',
    ]);
    // Only economics scores: 57.6 × 0.1.
    expect(report.score.toString()).toBe('5.76');
    expect(report.components.map((c) => c.reasons.length)).toEqual([5, 1, 3, 4, 3]);
  });

  it('names a side that has made no commitment, and an objective that serves no motive', () => {
    const oneSided: Partnership = {
      ...tiny,
      commitments: tiny.commitments.filter((c) => c.side === 'partner'),
      charter: {
        ...tiny.charter,
        objectives: tiny.charter.objectives.map((o) => ({
          ...o,
          opportunity: undefined,
          contributions: [{ motive: 'custom:other', strength: 'weak' }],
          metric: { ...o.metric, motives: [] },
        })),
      },
    };
    const findings = scoreAlignment(oneSided, { asOf }).findings;
    expect(findings.find((f) => f.code === 'one-sided-commitments')?.message).toBe(
      'Only the partner has made commitments; the vendor has made none',
    );
    expect(findings.filter((f) => f.code === 'objective-serves-no-motive')).toHaveLength(2);
    const ranked = rankImprovements(oneSided, { asOf });
    expect(ranked.find((i) => i.kind === 'add-commitment')?.subject).toBe('vendor');
  });

  it('flags an overdue strategic review as critical and proposes holding it', () => {
    const withStrategic: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        reviewsHeld: [],
        reviewCadences: [
          {
            id: 'strategic' as never,
            kind: 'strategic',
            name: 'S',
            frequency: 'yearly',
            dueWithinDays: 45,
          },
        ],
      },
    };
    const report = scoreAlignment(withStrategic, { asOf: '2027-03-01' });
    expect(report.findings[0]).toMatchObject({
      code: 'review-overdue',
      severity: 'critical',
      subjects: [{ kind: 'review', id: 'strategic/FY2026' }],
    });
    const hold = rankImprovements(withStrategic, { asOf: '2027-03-01' }).find(
      (i) => i.kind === 'hold-overdue-reviews',
    );
    expect(hold?.changes).toEqual([
      'charter.reviewsHeld: add strategic of FY2026 held on 2027-02-14',
    ]);
  });

  it('adds a strategic cadence with the reviews already due held on time', () => {
    const add = rankImprovements(tiny, { asOf: '2027-03-01' }).find(
      (i) => i.kind === 'add-strategic-review',
    );
    expect(add?.changes).toEqual([
      'charter.reviewCadences: add strategic-review (strategic, yearly, due within 45 days)',
      'charter.reviewsHeld: add strategic-review of FY2026 held on 2027-02-14',
    ]);
  });

  it('scores a margin exactly at a zero benchmark as the benchmark score', () => {
    const zero = {
      ...tiny,
      terms: { ...tiny.terms, resaleMargin: toDecimal(0), benchmarkMargin: toDecimal(0) },
    };
    expect(scoreAlignment(zero, { asOf }).components[1]?.score.toString()).toBe('90');
  });
});

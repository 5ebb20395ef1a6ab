// Which builders run (survivors of the mutation run). serve-motive is searched for on every call,
// not only when a finding names a motive: a motive that is served, but not fully, is worth an
// objective too. Every other builder runs only for the findings it remedies: a strategic cadence
// is proposed only when there is none, even if adding a second one would raise the score.
import { describe, expect, it } from 'vitest';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { CadenceId } from '../../src/model/ids.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { tinyAsOf as asOf, tiny } from './tiny-partnership.js';

// Two motives, both served: services revenue by a strong contribution, utilization only through
// the metric of o-utilization (the derived, moderate strength), so partly.
const partnership: Partnership = {
  ...tiny,
  partner: {
    ...tiny.partner,
    motiveProfile: {
      source: 'declared',
      weights: {
        'services-revenue': toDecimal('0.5'),
        'consultant-utilization': toDecimal('0.5'),
      },
    },
  },
};

describe('rankImprovements: serve-motive', () => {
  it('proposes to serve partly served motives when no finding names one', () => {
    const score = scoreAlignment(partnership, { asOf });
    const remediedBy = score.findings.filter((f) =>
      ['motive-unserved', 'no-objectives', 'top-lever-unserved'].includes(f.code),
    );
    expect(remediedBy).toEqual([]);
    const utilization = score.motives.find((m) => m.motive === 'consultant-utilization');
    expect(utilization?.coverage.lt(1)).toBe(true);
    const serve = rankImprovements(partnership, { asOf }).filter((i) => i.kind === 'serve-motive');
    // Neither motive is fully covered, so both are proposed, each addressing no finding.
    expect(serve.map((i) => [i.subject, i.addresses]).sort()).toEqual([
      ['consultant-utilization', []],
      ['services-revenue', []],
    ]);
  });
});

describe('rankImprovements: add-strategic-review', () => {
  it('is not proposed when the charter has a strategic cadence, even one whose reviews are overdue', () => {
    const strategic = {
      id: CadenceId.parse('strategy'),
      kind: 'strategic',
      name: 'Strategy review',
      frequency: 'yearly',
      dueWithinDays: 45,
    } as const;
    const withStrategic: Partnership = {
      ...tiny,
      charter: { ...tiny.charter, reviewCadences: [...tiny.charter.reviewCadences, strategic] },
    };
    // As of 2027-06-01 the strategy review of FY2026 (due 2027-02-14) is overdue.
    const later = '2027-06-01';
    const codes = scoreAlignment(withStrategic, { asOf: later }).findings.map((f) => f.code);
    expect(codes).toContain('review-overdue');
    expect(codes).not.toContain('no-strategic-cadence');
    const kinds = rankImprovements(withStrategic, { asOf: later }).map((i) => i.kind);
    expect(kinds).toContain('hold-overdue-reviews');
    expect(kinds).not.toContain('add-strategic-review');
  });
});

import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const asOf = tinyAsOf;
const score = (p = tiny, settings = {}) => scoreAlignment(p, { asOf, settings });
const component = (id: string, report = score()) => report.components.find((c) => c.id === id);

describe('scoreAlignment', () => {
  // The tiny consulting partnership, worked out by hand with the default settings (scoring version 2):
  // motive fit   services 0.30 × 0.8 (strong) + utilization 0.25 × (1 − 0.5 × 0.9375) (derived
  //              moderate 0.5, plus the planned commitment c-enable at 0.25 × 0.5 × 0.5 (planned:
  //              half credit) = 0.0625) = 0.24 + 0.1328125 → 37.28125 × 0.45 = 16.7765625
  // economics    margin 12% vs 15%: 90 × 0.8² = 57.6 × 0.10 = 5.76 (ratio 0.8 ≥ 0.75: no cap)
  // mutuality    goals (1 agreed + 0 assigned) / 2 = 0.5 × 0.5 + both sides 1 × 0.25
  //              + tied 1/2 × 0.25 = 0.625 → 62.5 × 0.20 = 12.5
  // governance   sponsors (1 + 0.25) / 2 × 0.35 + no strategic cadence 0.5 × 0.25 + reviews: Q1
  //              held but with no attendee recorded (0.5 of its credit), Q2 overdue → 0.5 / 2
  //              × 0.40 = 0.44375 → 44.375 × 0.15 = 6.65625
  // clarity      purpose 0.2 + horizon 0.1 + opportunity 0.3 + 2/2 objectives tied 0.4 → 100
  //              × 0.10 = 10
  // total        16.7765625 + 5.76 + 12.5 + 6.65625 + 10 = 51.6928125 → D
  it('scores a tiny partnership to the numbers worked out by hand', () => {
    const report = score();
    expect(report.components.map((c) => [c.id, c.score.toString(), c.points.toString()])).toEqual([
      ['motive-fit', '37.28125', '16.7765625'],
      ['economics', '57.6', '5.76'],
      ['mutuality', '62.5', '12.5'],
      ['governance', '44.375', '6.65625'],
      ['clarity', '100', '10'],
    ]);
    expect([report.score.toString(), report.display, report.grade, report.scoringVersion]).toEqual([
      '51.6928125',
      '51.7',
      'D',
      '2',
    ]);
    expect(report.gate.points.toString()).toBe('0');
    expect(report.gate.marginRatio?.toString()).toBe('0.8');
  });

  it('explains each motive with its weight, coverage and what serves it', () => {
    const [services, utilization, bill] = score().motives;
    expect(services).toMatchObject({ motive: 'services-revenue', label: 'services revenue' });
    expect(JSON.parse(JSON.stringify(utilization))).toEqual({
      motive: 'consultant-utilization',
      label: 'consultant utilization',
      weight: '0.25',
      coverage: '0.53125',
      points: '5.9765625',
      objectives: [
        { objective: 'o-utilization', strength: 'moderate', origin: 'derived', coverage: '0.5' },
      ],
      commitments: [{ commitment: 'c-enable', objective: 'o-utilization', coverage: '0.0625' }],
    });
    expect(bill?.coverage.toString()).toBe('0');
  });

  it('lists its findings most severe first, each with a code, subjects, evidence and params', () => {
    const findings = score().findings;
    expect(
      findings.map((f) => [f.severity, f.code, f.subjects.map((s) => s.id ?? s.kind).join()]),
    ).toEqual([
      ['warning', 'motive-unserved', 'bill-rate'],
      ['warning', 'motive-unserved', 'deal-volume'],
      ['warning', 'motive-unserved', 'retention'],
      ['warning', 'margin-below-benchmark', 'terms'],
      ['warning', 'goals-assigned', 'o-services/FY2026-Q4'],
      ['warning', 'sponsor-missing', 'partnership'],
      ['warning', 'no-strategic-cadence', 'charter'],
      ['warning', 'review-attendance-incomplete', 'qbr/FY2026-Q1'],
      ['warning', 'review-overdue', 'qbr/FY2026-Q2'],
      ['info', 'commitment-not-tied', 'c-people'],
    ]);
    const margin = findings[3];
    expect(margin?.message).toMatchInlineSnapshot(
      `"The resale margin (12%) is below the market benchmark (15%)"`,
    );
    expect(margin?.evidence).toEqual([
      { label: 'Resale margin', value: '0.12', path: ['terms', 'resaleMargin'] },
      { label: 'Benchmark margin', value: '0.15', path: ['terms', 'benchmarkMargin'] },
    ]);
    expect(margin?.params).toEqual({ margin: '0.12', benchmark: '0.15' });
    expect(findings[4]?.evidence[0]?.path).toEqual(['goals', 1, 'provenance', 'status']);
    expect(findings[5]?.params).toEqual({ side: 'partner', stakeholders: 1 });
  });

  it('reproduces its score exactly from the components and the gate', () => {
    const report = score();
    const total = report.components.reduce((s, c) => s.plus(c.points), report.gate.points);
    expect(total.eq(report.score)).toBe(true);
  });

  it('caps the total inside the bottom grade when margin is far below the benchmark', () => {
    const low = { ...tiny, terms: { ...tiny.terms, resaleMargin: toDecimal('0.05') } };
    const report = score(low);
    expect([report.score.toString(), report.grade, report.gate.cap?.toString()]).toEqual([
      '35',
      'E',
      '35',
    ]);
    expect(report.findings[0]).toMatchObject({
      code: 'margin-below-benchmark',
      severity: 'critical',
    });
  });

  it('raises the cap linearly between the closed and open gate', () => {
    // ratio 0.6: 35 + 65 × (0.6 − 0.5) / 0.25 = 61
    const mid = { ...tiny, terms: { ...tiny.terms, resaleMargin: toDecimal('0.09') } };
    expect(score(mid).gate.cap?.toString()).toBe('61');
  });

  it('gives 100 − 10 × b / m for a margin above the benchmark, and never caps a zero benchmark', () => {
    const above = { ...tiny, terms: { ...tiny.terms, resaleMargin: toDecimal('0.3') } };
    expect(component('economics', score(above))?.score.toString()).toBe('95');
    const none = { ...tiny, terms: { ...tiny.terms, benchmarkMargin: toDecimal('0') } };
    expect(component('economics', score(none))?.score.toString()).toBe('100');
    expect(score(none).gate).toEqual({ points: toDecimal(0) });
  });

  it('reads overrides of any setting and keeps the others', () => {
    const report = score(tiny, {
      componentWeights: { 'motive-fit': '0.5', economics: '0.05' },
      strengthCoverage: { strong: '1' },
    });
    // services 0.30 × 1 + utilization 0.25 × 0.53125 = 0.43281 25 → 43.28125
    expect(component('motive-fit', report)?.score.toString()).toBe('43.28125');
    expect(component('economics', report)?.weight.toString()).toBe('0.05');
  });

  it('refuses settings whose weights do not sum to 1, listing every problem', () => {
    const attempt = () =>
      score(tiny, {
        componentWeights: { 'motive-fit': '0.6' },
        mutuality: { agreedGoals: 'lots' },
        grades: [{ grade: 'A', min: '50' }],
      });
    expect(attempt).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid arguments to scoreAlignment: 3 issues
        - options.settings.componentWeights: Weights must sum to 1 (they sum to 1.15) (received 1.15; expected weights summing to exactly 1)
        - options.settings.mutuality.agreedGoals: Not a decimal number (received "lots"; expected a decimal string from 0 to 1 such as "0.25")
        - options.settings.grades: Grade bands must go from the best down, the last one starting at 0 (received ["50"]; expected strictly decreasing minimums ending with "0")]
    `);
    try {
      attempt();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
    }
  });

  it('never mutates its input', () => {
    const frozen = deepFreeze(tiny);
    expect(() => scoreAlignment(frozen, { asOf })).not.toThrow();
  });

  it('gives byte-identical JSON for identical inputs', () => {
    expect(JSON.stringify(score())).toBe(JSON.stringify(score()));
  });
});

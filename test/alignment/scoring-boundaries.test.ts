// The score at the edges of its rules: a horizon exactly as long as a long-term plan, a declared
// contribution as strong as the metric's, a motive declared twice, a commitment tied to two
// objectives serving a motive equally, motives of equal weight, a negative margin share.
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { ObjectiveId } from '../../src/model/ids.js';
import type { MotiveId } from '../../src/model/motive.js';
import type { Partnership } from '../../src/model/partnership.js';
import { type Decimal, toDecimal } from '../../src/money/to-decimal.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const score = (p: Partnership, options: { economics?: unknown } = {}) =>
  scoreAlignment(p, { asOf: tinyAsOf, ...(options as object) });
const codes = (p: Partnership) => score(p).findings.map((f) => f.code);
type Contribution = Partnership['charter']['objectives'][number]['contributions'][number];
/** Tiny with the first objective's contributions replaced. */
const contributing = (contributions: ReadonlyArray<Contribution>): Partnership => ({
  ...tiny,
  charter: {
    ...tiny.charter,
    objectives: tiny.charter.objectives.map((o, i) =>
      i === 0 ? { ...o, contributions: [...contributions] } : o,
    ),
  },
});
const declared = (weights: Record<string, string>): Partnership['partner'] => ({
  ...tiny.partner,
  motiveProfile: {
    source: 'declared',
    weights: Object.fromEntries(
      Object.entries(weights).map(([m, w]) => [m, toDecimal(w)]),
    ) as Record<MotiveId, Decimal>,
  },
});

describe('scoreAlignment at the edges of its rules', () => {
  it('counts a horizon exactly as long as the minimum as long-term, one day shorter as short', () => {
    // The tiny charter runs 2026-01-01 to 2028-12-31: 365 + 365 + 366 = 1096 days.
    const clarity = (minimumHorizonDays: number) => {
      const report = scoreAlignment(tiny, {
        asOf: tinyAsOf,
        settings: { clarity: { minimumHorizonDays } },
      });
      return [
        report.components[4]?.score.toString(),
        report.findings.some((f) => f.code === 'short-horizon'),
      ];
    };
    // purpose 20 + horizon 10 + opportunity 30 + 2 of 2 objectives tied 40.
    expect(clarity(1096)).toEqual(['100', false]);
    expect(clarity(1097)).toEqual(['90', true]);
  });

  it('says nothing of a declared contribution as strong as the metric’s, or of a motive the metric does not name', () => {
    // services-revenue is the metric's motive; retention is not.
    expect(
      codes(contributing([{ motive: 'services-revenue', strength: 'moderate' }])),
    ).not.toContain('contribution-weaker-than-metric');
    expect(codes(contributing([{ motive: 'retention', strength: 'weak' }]))).not.toContain(
      'contribution-weaker-than-metric',
    );
    expect(codes(contributing([{ motive: 'services-revenue', strength: 'weak' }]))).toContain(
      'contribution-weaker-than-metric',
    );
  });

  it('counts the strongest of a motive declared twice, and says nothing of the weaker declaration', () => {
    for (const twice of [
      contributing([
        { motive: 'services-revenue', strength: 'weak' },
        { motive: 'services-revenue', strength: 'strong' },
      ]),
      contributing([
        { motive: 'services-revenue', strength: 'strong' },
        { motive: 'services-revenue', strength: 'weak' },
      ]),
    ]) {
      const report = score(twice);
      expect(report.motives[0]?.objectives).toEqual(score(tiny).motives[0]?.objectives);
      expect(report.findings.map((f) => f.code)).not.toContain('contribution-weaker-than-metric');
    }
  });

  it('credits a commitment through the first of two objectives that serve a motive equally', () => {
    const [services, utilization] = tiny.charter.objectives;
    if (services === undefined || utilization === undefined) throw new Error('tiny changed');
    const both: Partnership = {
      ...tiny,
      charter: {
        ...tiny.charter,
        objectives: [
          services,
          { ...utilization, id: ObjectiveId.parse('o-utilization-b') },
          utilization,
        ],
      },
      commitments: tiny.commitments.map((c) =>
        c.id === 'c-enable'
          ? { ...c, objectives: [utilization.id, ObjectiveId.parse('o-utilization-b')] }
          : c,
      ),
    };
    const utilizationFit = score(both).motives.find((m) => m.motive === 'consultant-utilization');
    expect(utilizationFit?.commitments.map((c) => c.objective)).toEqual(['o-utilization']);
  });

  it('lists motives heaviest first, and motives of equal weight in the order of the catalog', () => {
    const even = { ...tiny, partner: declared({ retention: '0.5', 'bill-rate': '0.5' }) };
    expect(score(even).motives.map((m) => m.motive)).toEqual(['bill-rate', 'retention']);
    // The catalog lists bill rate before retention.
    const heavy = { ...tiny, partner: declared({ retention: '0.7', 'bill-rate': '0.3' }) };
    expect(score(heavy).motives.map((m) => m.motive)).toEqual(['retention', 'bill-rate']);
  });

  it('applies the gate in full for a negative margin share, as for an unknown one', () => {
    const low = { ...tiny, terms: { ...tiny.terms, resaleMargin: toDecimal('0.05') } };
    const gate = (share: string | null) =>
      score(low, { economics: { marginShareOfProfit: share } }).gate;
    expect(gate('-0.1')).toEqual(gate(null));
    expect(gate('-0.1').relevance?.toString()).toBe('1');
  });
});

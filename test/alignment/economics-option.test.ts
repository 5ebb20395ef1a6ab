// The economics figures the analysis layer passes to scoreAlignment (issue 15): plain data, no
// import of the economics engine.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { isValidationError } from '../../src/errors.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { runs } from '../property-runs.js';
import { anyAsOf, variations } from './arbitraries.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const asOf = tinyAsOf;
// Margin 5 % against 15 %: ratio 1/3, at or below 0.5, so the gate caps the total at 35.
const low: Partnership = { ...tiny, terms: { ...tiny.terms, resaleMargin: toDecimal('0.05') } };
const issuesOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((i) => [i.code, i.path.join('.')]);
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('scoreAlignment with economics figures', () => {
  it('reads nothing of economics without the option', () => {
    const score = scoreAlignment(low, { asOf });
    expect([score.score.toString(), score.gate.cap?.toString(), score.gate.relevance]).toEqual([
      '35',
      '35',
      undefined,
    ]);
    expect(score.economics).toBeUndefined();
  });

  it('applies the gate in proportion to margin’s share of the partner’s gross profit', () => {
    // share 0.1 → relevance 0.1 / 0.5 = 0.2 → cap 100 − (100 − 35) × 0.2 = 87, above the subtotal
    // 16.7765625 + 90 × (1/3)² × 0.1 + 12.5 + 6.65625 + 10 = 46.9328125, which stands.
    const relaxed = scoreAlignment(low, { asOf, economics: { marginShareOfProfit: '0.1' } });
    expect(relaxed.gate.relevance?.toString()).toBe('0.2');
    expect(relaxed.gate.cap?.toString()).toBe('87');
    expect(relaxed.score.toString()).toBe('46.9328125');
    expect(relaxed.components[1]?.reasons[1]).toBe(
      'resale margin is 10% of the partner’s gross profit: the margin gate applies at 20%',
    );
    // share 0.6 ≥ 0.5: the gate applies in full; unknown share (null): in full too.
    for (const share of ['0.6', null]) {
      const full = scoreAlignment(low, { asOf, economics: { marginShareOfProfit: share } });
      expect([full.gate.relevance?.toString(), full.score.toString()]).toEqual(['1', '35']);
    }
    // share 0: margin earns the partner nothing, the gate does not bind.
    expect(scoreAlignment(low, { asOf, economics: { marginShareOfProfit: '0' } }).gate.cap).toBe(
      undefined,
    );
  });

  it('turns a capacity shortfall into a finding', () => {
    const economics = {
      marginShareOfProfit: '0.2',
      capacityShortfall: { hires: 3, period: 'FY2027' },
    };
    const finding = scoreAlignment(tiny, { asOf, economics }).findings.find(
      (f) => f.code === 'capacity-shortfall',
    );
    expect(finding).toMatchObject({
      severity: 'warning',
      params: { hires: 3, period: 'FY2027' },
      message: 'The plan needs 3 more consultants than the partner has (largest gap in FY2027)',
    });
    const none = { marginShareOfProfit: '0.2', capacityShortfall: { hires: 0 } };
    expect(
      scoreAlignment(tiny, { asOf, economics: none }).findings.map((f) => f.code),
    ).not.toContain('capacity-shortfall');
  });

  it('links the top lever to its motive, with a finding when the plan does not serve it', () => {
    const unserved = scoreAlignment(tiny, {
      asOf,
      economics: {
        marginShareOfProfit: '0.2',
        topLever: { lever: 'bill-rate', motive: 'bill-rate' },
      },
    });
    expect(JSON.parse(JSON.stringify(unserved.economics))).toEqual({
      marginShareOfProfit: '0.2',
      topLever: { lever: 'bill-rate', motive: 'bill-rate', coverage: '0' },
    });
    expect(unserved.findings.find((f) => f.code === 'top-lever-unserved')?.subjects).toEqual([
      { kind: 'lever', id: 'bill-rate' },
      { kind: 'motive', id: 'bill-rate' },
    ]);
    const served = scoreAlignment(tiny, {
      asOf,
      economics: {
        marginShareOfProfit: '0.2',
        topLever: { lever: 'utilization', motive: 'consultant-utilization' },
      },
    });
    expect(served.economics?.topLever?.coverage.toString()).toBe('0.53125');
    expect(served.findings.map((f) => f.code)).not.toContain('top-lever-unserved');
    // The remedy of the finding is to serve that motive.
    const ranked = rankImprovements(tiny, {
      asOf,
      motives: 0,
      economics: {
        marginShareOfProfit: '0.2',
        topLever: { lever: 'bill-rate', motive: 'bill-rate' },
      },
    });
    expect(ranked.find((i) => i.subject === 'bill-rate')?.addresses).toEqual([
      'motive-unserved',
      'top-lever-unserved',
    ]);
  });

  it('takes the motive of the top lever from the caller, for any lever (economics owns the table)', () => {
    const score = scoreAlignment(tiny, {
      asOf,
      economics: {
        marginShareOfProfit: '0.2',
        topLever: { lever: 'managed-services', motive: 'managed-services-revenue' },
      },
    });
    expect(score.economics?.topLever?.motive).toBe('managed-services-revenue');
    // The table is no setting of the score any more.
    expect(
      issuesOf(() => scoreAlignment(tiny, { asOf, settings: { leverMotives: {} } as never })),
    ).toEqual([['unknown-field', 'options.settings.leverMotives']]);
  });

  it('refuses figures it cannot read, naming them', () => {
    const call = (economics: unknown) => () =>
      scoreAlignment(tiny, { asOf, economics: economics as never });
    expect(issuesOf(call({ marginShareOfProfit: 'lots' }))).toEqual([
      ['invalid-decimal', 'options.economics.marginShareOfProfit'],
    ]);
    expect(issuesOf(call({}))).toEqual([['required', 'options.economics.marginShareOfProfit']]);
    expect(issuesOf(call({ marginShareOfProfit: '0.2', topLever: 'utilization' }))).toEqual([
      ['invalid-type', 'options.economics.topLever'],
    ]);
    expect(
      issuesOf(call({ marginShareOfProfit: '0.2', topLever: { lever: 'luck', motive: 'luck' } })),
    ).toEqual([['invalid-value', 'options.economics.topLever.motive']]);
    expect(
      issuesOf(
        call({ marginShareOfProfit: '0.2', topLever: { lever: 'Bad Lever', motive: 'retention' } }),
      ),
    ).toEqual([['invalid-format', 'options.economics.topLever.lever']]);
    expect(
      issuesOf(call({ marginShareOfProfit: '0.2', topLever: { motive: 'retention' } })),
    ).toEqual([['required', 'options.economics.topLever.lever']]);
    expect(
      issuesOf(call({ marginShareOfProfit: '0.2', capacityShortfall: { hires: 1.5 } })),
    ).toEqual([['not-an-integer', 'options.economics.capacityShortfall.hires']]);
    expect(
      issuesOf(
        call({ marginShareOfProfit: '0.2', capacityShortfall: { hires: 1, period: 'FY2027-W60' } }),
      ),
    ).toEqual([['invalid-period-key', 'options.economics.capacityShortfall.period']]);
    expect(issuesOf(call({ marginShareOfProfit: '0.2', margin: '0.1' }))).toEqual([
      ['unknown-field', 'options.economics.margin'],
    ]);
  });
});

describe.each([
  ['Northwind', parsePartnership(samples.northwindAdvisory)],
  ['Lumen', parsePartnership(samples.lumenField)],
])('scoreAlignment with economics on variations of %s', (_, base) => {
  test.prop([variations(base), anyAsOf], { numRuns: runs(30) })(
    'scores as without figures when margin is the partner’s main profit and nothing else is said',
    (p, date) => {
      const plain = scoreAlignment(p, { asOf: date });
      const full = scoreAlignment(p, { asOf: date, economics: { marginShareOfProfit: '0.5' } });
      expect(full.score.eq(plain.score)).toBe(true);
      expect(full.findings).toEqual(plain.findings);
    },
  );

  test.prop([variations(base), anyAsOf, fc.integer({ min: 0, max: 100 })], { numRuns: runs(30) })(
    'never scores lower when margin matters less to the partner',
    (p, date, percent) => {
      const share = (n: number) => ({ marginShareOfProfit: toDecimal(n).div(100) });
      const less = scoreAlignment(p, { asOf: date, economics: share(percent) });
      const full = scoreAlignment(p, { asOf: date });
      expect(less.score.gte(full.score)).toBe(true);
    },
  );
});

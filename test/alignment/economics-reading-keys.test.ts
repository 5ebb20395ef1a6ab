// The economics reading and the gate of a score hold only the keys that were given or set: a
// figure left out is absent, not present as undefined. `Object.keys` and `toStrictEqual` tell the
// two apart, and so does a product that copies or checks the keys (survivors of the mutation run).
import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import type { Partnership } from '../../src/model/partnership.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { tinyAsOf as asOf, tiny } from './tiny-partnership.js';

// Margin 5 % against 15 %: ratio 1/3, at or below 0.5, so the gate caps the total.
const low: Partnership = { ...tiny, terms: { ...tiny.terms, resaleMargin: toDecimal('0.05') } };

describe('scoreAlignment: the keys of the economics reading', () => {
  it('is absent from the score, not undefined, without economics figures', () => {
    expect(Object.keys(scoreAlignment(tiny, { asOf }))).not.toContain('economics');
  });

  it('holds the share alone when no shortfall and no lever are given', () => {
    const score = scoreAlignment(tiny, { asOf, economics: { marginShareOfProfit: '0.2' } });
    expect(Object.keys(score.economics ?? {})).toEqual(['marginShareOfProfit']);
  });

  it('passes a shortfall with its period on as given', () => {
    const capacityShortfall = { hires: 3, period: 'FY2027' };
    const score = scoreAlignment(tiny, {
      asOf,
      economics: { marginShareOfProfit: '0.2', capacityShortfall },
    });
    expect(score.economics?.capacityShortfall).toStrictEqual(capacityShortfall);
    expect(Object.keys(score.economics ?? {})).toEqual([
      'marginShareOfProfit',
      'capacityShortfall',
    ]);
  });

  it('leaves the period out of a shortfall given without one, in the reading and the finding', () => {
    const score = scoreAlignment(tiny, {
      asOf,
      economics: { marginShareOfProfit: '0.2', capacityShortfall: { hires: 2 } },
    });
    expect(Object.keys(score.economics?.capacityShortfall ?? {})).toEqual(['hires']);
    const finding = score.findings.find((f) => f.code === 'capacity-shortfall');
    expect(finding?.params).toStrictEqual({ hires: 2 });
    expect(finding?.subjects).toStrictEqual([{ kind: 'economics' }]);
    expect(finding?.message).toBe('The plan needs 2 more consultants than the partner has');
  });
});

describe('scoreAlignment: the keys of the gate', () => {
  it('holds the ratio and the points alone when no figures are given and the gate is open', () => {
    // Margin 12 % against 15 %: ratio 0.8, at or above 0.75, so the gate is open.
    expect(Object.keys(scoreAlignment(tiny, { asOf }).gate)).toEqual(['marginRatio', 'points']);
  });

  it('adds the relevance when economics figures are given, and the cap only when it binds', () => {
    // Ratio 0.8: the gate is open, so a relevance but no cap.
    const open = scoreAlignment(tiny, { asOf, economics: { marginShareOfProfit: '0.1' } });
    expect(Object.keys(open.gate)).toEqual(['marginRatio', 'relevance', 'points']);
    // Margin at a third of it: cap 100 − (100 − 35) × 0.2 = 87.
    const capped = scoreAlignment(low, { asOf, economics: { marginShareOfProfit: '0.1' } });
    expect(Object.keys(capped.gate)).toEqual(['marginRatio', 'relevance', 'cap', 'points']);
    expect(capped.gate.cap?.toString()).toBe('87');
  });

  it('holds the points alone for a zero benchmark, which never caps', () => {
    const zero: Partnership = {
      ...tiny,
      terms: { ...tiny.terms, resaleMargin: toDecimal('0'), benchmarkMargin: toDecimal('0') },
    };
    expect(Object.keys(scoreAlignment(zero, { asOf }).gate)).toEqual(['points']);
  });
});

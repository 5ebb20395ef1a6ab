import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { geometricWeights, sCurveWeights } from '../../../src/cascade/internal/growth-curves.js';
import { toDecimal } from '../../../src/index.js';
import { runs } from '../../property-runs.js';

/** Coverage of a horizon's periods: whole periods between partial first and last ones. */
const coverage = fc
  .tuple(
    fc.integer({ min: 1, max: 80 }),
    fc.constantFrom(1, 0.5, 15 / 31, 1 / 7, 0.9),
    fc.constantFrom(1, 0.25, 3 / 28, 6 / 7),
  )
  .map(([n, head, tail]) => {
    const list = Array.from({ length: n }, () => 1);
    list[0] = head;
    list[n - 1] = tail;
    return list;
  });

/** The geometric weights, every factor computed afresh for every period. */
function geometricReference(list: number[], g: number): number[] {
  const elapsed = list.reduce((sum, c) => sum + c, 0);
  let t = 0;
  return list.map((c, i) => {
    const before = t;
    t = i === list.length - 1 ? elapsed : t + c;
    const span = t - before;
    if (g === 0) return span;
    return g > 0
      ? Math.exp(g * (t - elapsed)) * -Math.expm1(-g * span)
      : Math.exp(g * before) * -Math.expm1(g * span);
  });
}

/** The S-curve weights, every logarithm computed afresh for every period. */
function sCurveReference(list: number[], midpoint: number, steepness: number): number[] {
  const elapsed = list.reduce((sum, c) => sum + c, 0);
  const logCosh = (x: number) => Math.abs(x) + Math.log1p(Math.exp(-2 * Math.abs(x))) - Math.LN2;
  const logSinh = (d: number) =>
    d < 20 ? Math.log(Math.sinh(d)) : d + Math.log1p(-Math.exp(-2 * d)) - Math.LN2;
  let t = 0;
  const logs = list.map((c, i) => {
    const before = t;
    t = i === list.length - 1 ? elapsed : t + c;
    const a = (steepness * (t / elapsed - midpoint)) / 2;
    const b = (steepness * (before / elapsed - midpoint)) / 2;
    const d = (steepness * ((t - before) / elapsed)) / 2;
    return logSinh(d) - logCosh(a) - logCosh(b);
  });
  const largest = Math.max(...logs);
  return logs.map((value) => Math.exp(value - largest));
}

describe('geometricWeights', () => {
  test.prop([coverage, fc.constantFrom('0.2', '-0.6', '0', '12', '0.015', '-0.2')], {
    numRuns: runs(500),
  })('gives the same doubles as the formula computed for every period', (list, rate) => {
    const weights = geometricWeights(
      list,
      list.length,
      toDecimal(rate),
      'month',
      { kind: 'flow', baseline: 1, target: 2 },
      'x',
      ['shape'],
    );
    // ln(1 + rate) as the shape defines it: log1p above −0.5, else the log of 1 + rate formed exactly.
    const r = Number(rate);
    const g = (r > -0.5 ? Math.log1p(r) : Math.log(toDecimal(rate).plus(1).toNumber())) / 12;
    expect(weights).toEqual(geometricReference(list, g));
  });
});

describe('sCurveWeights', () => {
  test.prop([coverage, fc.constantFrom(0.5, 0.3, 0.77), fc.constantFrom(6, 10, 0.001, 800)], {
    numRuns: runs(500),
  })(
    'gives the same doubles as the logarithms computed for every period',
    (list, midpoint, steepness) => {
      expect(sCurveWeights(list, list.length, midpoint, steepness)).toEqual(
        sCurveReference(list, midpoint, steepness),
      );
    },
  );
});

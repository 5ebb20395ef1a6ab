import { describe, expect, it } from 'vitest';
import { type Cascade, calendarYear, cascade, replan } from '../../src/index.js';
import { dealsIn2027 } from './deals.js';
import { metric, objective } from './fixtures.js';

const deals = (target: string) =>
  dealsIn2027(target, {
    granularity: 'quarter',
    shape: { kind: 'custom', weights: ['1', '1', '2', '4'] },
  });
const actual = (index: number, value: string) => ({ period: `FY2027-Q${index}`, value });
const keepShape = (plan: Cascade, ...values: string[]) =>
  Array.from(
    replan(
      plan,
      values.map((value, i) => actual(i + 1, value)),
      { policy: 'keep-shape' },
    ).cascade.units,
  );

/** Deals over the four quarters of 2027 with the given custom weights. */
function weighted(target: string, weights: string[]) {
  return cascade(
    {
      ...objective('sum', '0', target, '2027-01-01', '2027-12-31'),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'quarter', shape: { kind: 'custom', weights } },
  );
}

describe('replan keeping the shape', () => {
  it('keeps a zero step at zero among steps of one sign', () => {
    // 40 as 10, 0, 10, 20; 4 in Q1 leaves 36 in proportion to 0 : 10 : 20: 0, 12, 24.
    expect(keepShape(weighted('40', ['1', '0', '1', '2']), '4')).toEqual([4, 0, 12, 24]);
    // The mirror: -40 as -10, 0, -10, -20; -4 in Q1 leaves -36: 0, -12, -24.
    expect(keepShape(weighted('-40', ['1', '0', '1', '2']), '-4')).toEqual([-4, 0, -12, -24]);
  });

  it('keeps the shape of nothing left: every remaining step becomes 0', () => {
    // 80 in Q1 is the whole target: 0 remains, in proportion to 10 : 20 : 40.
    expect(keepShape(deals('80'), '80')).toEqual([80, 0, 0, 0]);
  });

  it('keeps the shape of steps that all fall below zero', () => {
    // -80 as -10, -10, -20, -40; after -20 in Q1, -60 remain in proportion to 10 : 20 : 40:
    // running totals -8.57, -25.71, -60 round to -9, -26, -60: steps -9, -17, -34.
    expect(Array.from(deals('-80').units)).toEqual([-10, -10, -20, -40]);
    expect(keepShape(deals('-80'), '-20')).toEqual([-20, -9, -17, -34]);
  });

  it('spreads the gap instead when the rest points against the steps', () => {
    // 80 as 10, 10, 20, 40; 150 in Q1 leaves -70 against steps that all rise: the gap of
    // -70 - 70 = -140 is spread, -46.67 a quarter: running -46.67, -93.33, -140 round to -47,
    // -93, -140, so 10 - 47, 20 - 46, 40 - 47.
    expect(keepShape(deals('80'), '150')).toEqual([150, -37, -26, -7]);
  });

  it('spreads the gap when the remaining steps are all zero', () => {
    // 10 as 10, 0, 0, 0 (weights 1, 0, 0, 0); 4 in Q1 leaves 6 over three steps of 0: 2 each.
    const front = cascade(
      {
        ...objective('sum', '0', '10', '2027-01-01', '2027-12-31'),
        metric: metric('sum', { kind: 'count' }),
      },
      calendarYear,
      { granularity: 'quarter', shape: { kind: 'custom', weights: ['1', '0', '0', '0'] } },
    );
    expect(keepShape(front, '4')).toEqual([4, 2, 2, 2]);
  });

  it('spreads the gap when the remaining steps change sign', () => {
    // Spread first: 60 in Q1 of the 80 leaves 20 for 10, 20, 40: the gap of -50 runs -16.67,
    // -33.33, -50 → -17, -33, -50, so extras -17, -16, -17 give -7, 4, 23. Kept in shape from
    // there, 50 in Q1 leaves 30 for -7, 4, 23: the gap of 10 runs 3.33, 6.67, 10 → 3, 7, 10, so
    // extras 3, 4, 3 give -4, 8, 26 (not 30 in proportion to 7 : 4 : 23).
    const spread = replan(deals('80'), [actual(1, '60')], { policy: 'spread' }).cascade;
    expect(Array.from(spread.units)).toEqual([60, -7, 4, 23]);
    expect(keepShape(spread, '50')).toEqual([50, -4, 8, 26]);
    // 100 in Q1 leaves -20 for -7, 4, 23: the gap of -40 runs -13.33, -26.67, -40 → -13, -27,
    // -40, so extras -13, -14, -13 give -20, -10, 10 (not -20 in proportion).
    expect(keepShape(spread, '100')).toEqual([100, -20, -10, 10]);
  });
});

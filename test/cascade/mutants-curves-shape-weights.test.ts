import { describe, expect, it } from 'vitest';
import {
  type CascadeOptions,
  type CascadeShape,
  calendarYear,
  cascade,
  toDecimal,
} from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { metric, objective } from './fixtures.js';

/** `target` deals from `start` to `end` of 2027, with these options. */
function deals(target: string, start: string, end: string, options: CascadeOptions) {
  const plan = cascade(
    {
      ...objective('sum', '0', target, start, end),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    options,
  );
  return Array.from(plan.units);
}

const custom = (...weights: string[]): CascadeShape => ({
  kind: 'custom',
  weights: weights.map(toDecimal),
});

describe('cascade with custom weights', () => {
  it('refuses weights that are not one per period, with the counts', () => {
    const issue = issueOf(() =>
      deals('12', '2027-01-01', '2027-12-31', { granularity: 'quarter', shape: custom('1', '2') }),
    );
    expect(issue).toMatchInlineSnapshot(`
      {
        "code": "wrong-count",
        "expected": "exactly 4 weights, one per period",
        "label": "Options › Shape › Weights",
        "message": "The horizon has 4 periods of a quarter but 2 weights were given",
        "params": {
          "count": 2,
          "expected": 4,
        },
        "path": [
          "options",
          "shape",
          "weights",
        ],
        "received": "2 weights",
      }
    `);
  });

  it('refuses weights that are all 0', () => {
    const issue = issueOf(() =>
      deals('12', '2027-01-01', '2027-12-31', {
        granularity: 'quarter',
        shape: custom('0', '0', '0', '0'),
      }),
    );
    expect(issue).toMatchInlineSnapshot(`
      {
        "code": "invalid-value",
        "expected": "at least one weight above 0",
        "label": "Options › Shape › Weights",
        "message": "Every custom weight is 0: nothing says how to spread the objective over its 4 periods",
        "params": {},
        "path": [
          "options",
          "shape",
          "weights",
        ],
        "received": "4 weights of 0",
      }
    `);
  });

  it('takes decimal weights exactly: a running total exactly at a half is a tie', () => {
    // Weights 0.5 and 1.5, 2 deals: after H1 the running total is 2 · 0.5/2 = 0.5 exactly, so the
    // tie-break decides (0.5 as a ratio of doubles, 1/3 ÷ 4/3, would miss the half).
    const halves = (tieBreak: CascadeOptions['tieBreak']) =>
      deals('2', '2027-01-01', '2027-12-31', {
        granularity: 'half',
        shape: custom('0.5', '1.5'),
        tieBreak,
      });
    expect([halves('earliest'), halves('latest'), halves('largest-weight')]).toEqual([
      [1, 1],
      [0, 2],
      [0, 2],
    ]);
  });

  it('reads weights of very different sizes beside weights of 0', () => {
    // 1e-20 and 1,000 cannot both be whole numbers of one power of ten within 2^53 (1,000 is
    // 10^23 units of 1e-20): they are read as ratios to the largest, 1,000. The weights of 0 at
    // both ends stay 0, and the tiny one takes nothing.
    expect(
      deals('100', '2027-01-01', '2027-12-31', {
        granularity: 'quarter',
        shape: custom('0', '0.00000000000000000001', '1000', '0'),
      }),
    ).toEqual([0, 0, 100, 0]);
  });
});

describe('cascade with a cumulative shape and seasonality', () => {
  it('weighs each period by its seasonal weight, its covered part included', () => {
    // February to November 2027 by quarter, Q4 months weighing 2: the covered seasonal weights
    // are 2 (Feb, Mar), 3, 3 and 4 (Oct, Nov), 12 in all. A geometric shape at rate 0 rises as
    // the time elapsed, 59/90 of Q1, 1, 1 and 61/92 of Q4: times the mean seasonal weight of
    // the covered part, the weights are 2, 3, 3 and 4, as for an even shape: 1,200 gives
    // 200, 300, 300 and 400.
    const seasonality = { by: 'quarter', weights: ['1', '1', '1', '2'].map(toDecimal) } as const;
    const spread = (shape: CascadeShape) =>
      deals('1200', '2027-02-01', '2027-11-30', { granularity: 'quarter', shape, seasonality });
    expect(spread({ kind: 'geometric', rate: toDecimal('0') })).toEqual([200, 300, 300, 400]);
    expect(spread({ kind: 'even' })).toEqual([200, 300, 300, 400]);
  });
});

/**
 * `replan` at its limits: its defaults (policy, tie-break), the whole issue of each refusal, the
 * safe integer range of what is left to plan, and stocks replanned from their baseline.
 */
import { describe, expect, it } from 'vitest';
import { type Cascade, calendarYear, cascade, replan } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { dealsIn2027 } from './deals.js';
import { metric, objective } from './fixtures.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** A count objective over 2027 by quarter. */
function quarterly(aggregation: 'sum' | 'last', baseline: string, target: string) {
  return cascade(
    {
      ...objective(aggregation, baseline, target, '2027-01-01', '2027-12-31'),
      metric: metric(aggregation, { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'quarter' },
  );
}

/** The cascade's JSON with some fields changed. */
const changed = (plan: Cascade, fields: Record<string, unknown>) =>
  ({ ...JSON.parse(JSON.stringify(plan)), ...fields }) as Cascade;

const q = (index: number, value: string) => ({ period: `FY2027-Q${index}`, value });

describe('replan options', () => {
  it('spreads the gap when no policy is given', () => {
    // 40 deals as 10 a quarter; 4 in Q1 leaves a gap of 6, 2 more in each quarter after.
    const next = replan(dealsIn2027('40', { granularity: 'quarter' }), [q(1, '4')]);
    expect(next.policy).toBe('spread');
    expect(Array.from(next.cascade.units)).toEqual([4, 12, 12, 12]);
  });

  it('breaks ties as the options say, not as the plan does', () => {
    // 10 and 9 in Q1 and Q2 leave one deal more over two equal quarters: the running total of
    // Q3, 0.5, is a tie that the earliest quarter wins with 'earliest', the latest with 'latest'.
    const plan = dealsIn2027('40', { granularity: 'quarter', tieBreak: 'earliest' });
    const units = (tieBreak: 'earliest' | 'latest') =>
      Array.from(replan(plan, [q(1, '10'), q(2, '9')], { tieBreak }).cascade.units);
    expect(units('earliest')).toEqual([10, 9, 11, 10]);
    expect(units('latest')).toEqual([10, 9, 10, 11]);
  });

  it('refuses a tie-break it does not know, whole issue', () => {
    const plan = dealsIn2027('40', { granularity: 'quarter' });
    expect(
      issueOf(() => replan(plan, [q(1, '9')], { tieBreak: 'random' } as never)),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-value",
        "expected": ""largest-weight", "earliest" or "latest"",
        "label": "Options › Tie break",
        "message": "Not one of the accepted values",
        "params": {},
        "path": [
          "options",
          "tieBreak",
        ],
        "received": ""random"",
      }
    `);
  });

  it('refuses a negative cap, whole issue', () => {
    const plan = dealsIn2027('40', { granularity: 'quarter' });
    expect(issueOf(() => replan(plan, [q(1, '9')], { cap: '-0.25' }))).toMatchInlineSnapshot(`
      {
        "code": "too-small",
        "expected": "a ratio of 0 or more, such as "0.25" for 25 %",
        "label": "Options › Cap",
        "message": "The cap must not be negative",
        "params": {
          "minimum": 0,
        },
        "path": [
          "options",
          "cap",
        ],
        "received": "-0.25",
      }
    `);
  });

  it('says it cannot replan what is not a cascade', () => {
    expect(() => replan(42 as never, [])).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot replan the cascade: 1 issue
        - plan: Wrong type: a number (received 42; expected an object)]
    `);
  });
});

describe('replan within the safe integer range', () => {
  it('plans a remainder of exactly 2^53 − 1 units, of either sign', () => {
    // Nothing in Q1: the whole target, ±9,007,199,254,740,991 deals, remains to plan.
    const up = replan(quarterly('sum', '0', String(MAX)), [q(1, '0')]);
    expect(up.cascade.targetUnits).toBe(MAX);
    expect(Array.from(up.cascade.units).reduce((a, b) => a + b)).toBe(MAX);
    const down = replan(quarterly('sum', '0', String(-MAX)), [q(1, '0')]);
    expect(down.cascade.targetUnits).toBe(-MAX);
    expect(Array.from(down.cascade.units).reduce((a, b) => a + b)).toBe(-MAX);
  });

  it('refuses actuals that leave more than 2^53 − 1 units to plan, whole issue', () => {
    // A target of 2^53 − 1 deals and −1 in Q1: 2^53 remain, though the gap (Q1's plan + 1) and
    // every remaining step are safe.
    const plan = quarterly('sum', '0', String(MAX));
    expect(issueOf(() => replan(plan, [q(1, '-1')]))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "actuals within 9007199254740991 units of the target",
        "label": "Actuals",
        "message": "The actuals leave a remainder too large to plan in whole units",
        "params": {
          "maximum": 9007199254740991,
        },
        "path": [
          "actuals",
        ],
        "received": "9007199254740992 units to plan",
      }
    `);
  });

  it('refuses a plan whose remaining climbs leave the safe range, whole issue', () => {
    // Levels of a stock 2^53 − 1, −(2^53 − 1), 0, 0 from a baseline of 0: after Q1 at its plan,
    // −(2^53 − 1) remains (safe) but the climb of Q2 is −2 × (2^53 − 1).
    const plan = changed(quarterly('last', '0', '0'), {
      units: [MAX, -MAX, 0, 0],
      weights: [MAX, -2 * MAX, MAX, 0],
    });
    expect(issueOf(() => replan(plan, [q(1, String(MAX))]))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "actuals within 9007199254740991 units of the target",
        "label": "Actuals",
        "message": "The actuals leave a remainder too large to plan in whole units",
        "params": {
          "maximum": 9007199254740991,
        },
        "path": [
          "actuals",
        ],
        "received": "-9007199254740991 units to plan",
      }
    `);
  });

  it('refuses a replanned step beyond the safe range under the actuals, whole issue', () => {
    // Steps 0, 2^53 − 1, −(2^53 − 1), 5 of a flow of 5: −1 in Q1 carries a gap of 1 to Q2,
    // which would become 2^53.
    const plan = changed(quarterly('sum', '0', '5'), {
      units: [0, MAX, -MAX, 5],
      weights: [0, MAX, -MAX, 5],
    });
    expect(
      issueOf(() => replan(plan, [q(1, '-1')], { policy: 'carry-forward' })),
    ).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "a whole number from -9007199254740991 to 9007199254740991",
        "label": "Actuals › Unit 2",
        "message": "A step is not a whole number of units within the safe integer range",
        "params": {},
        "path": [
          "actuals",
          "units",
          1,
        ],
        "received": "9007199254740992",
      }
    `);
  });
});

describe('replan of a stock', () => {
  it('replans every checkpoint from the baseline when no period has elapsed', () => {
    // Levels 20, 30, 40, 50 from 10: nothing elapsed, the plan comes back, its weights the climbs.
    const next = replan(quarterly('last', '10', '50'), []);
    expect(Array.from(next.cascade.units)).toEqual([20, 30, 40, 50]);
    expect(Array.from(next.cascade.weights)).toEqual([10, 10, 10, 10]);
  });

  it('weighs the new checkpoints by their climbs from the actual level', () => {
    // 25 in Q1 (plan 20): 25 remain for three climbs of 10, a gap of -5: running -1.67, -3.33,
    // -5 round to -2, -3, -5, so climbs 8, 9, 8 to 33, 42, 50; the weights are 25 − 10 = 15,
    // then the climbs.
    const next = replan(quarterly('last', '10', '50'), [q(1, '25')]);
    expect(Array.from(next.cascade.units)).toEqual([25, 33, 42, 50]);
    expect(Array.from(next.cascade.weights)).toEqual([15, 8, 9, 8]);
  });
});

describe('replan with a cap', () => {
  /** Deals over the four quarters of 2027 with the given custom weights. */
  const weighted = (target: string, weights: string[]) =>
    dealsIn2027(target, { granularity: 'quarter', shape: { kind: 'custom', weights } });

  it('gives what the cap cuts from a late step to the earlier steps with room', () => {
    // 31 as 10, 10, 10, 1; 4 in Q1 leaves a gap of 6, 2 more a quarter: 12, 12, 3. A cap of 50 %
    // allows 15, 15 and 1 (1 + ⌊0.5⌋): Q4 gives up 2, which Q2 and Q3 (room 3 each) share.
    const next = replan(weighted('31', ['10', '10', '10', '1']), [q(1, '4')], {
      policy: 'spread',
      cap: '0.5',
    });
    expect(Array.from(next.cascade.units)).toEqual([4, 13, 13, 1]);
    expect(next.findings).toEqual([]);
  });

  it('reports the whole excess when no step has room left', () => {
    // 40 as 10 a quarter; 4 in Q1: 12, 12, 12 against a cap of 11 each (10 + ⌊1⌋): 3 short.
    const next = replan(dealsIn2027('40', { granularity: 'quarter' }), [q(1, '4')], {
      cap: '0.1',
    });
    expect(Array.from(next.cascade.units)).toEqual([4, 11, 11, 11]);
    expect(next.findings.map((finding) => [finding.code, finding.params])).toMatchObject([
      ['cap-unreachable', { target: '40', shortfall: '3', gap: '6', cap: '0.1' }],
    ]);
  });
});

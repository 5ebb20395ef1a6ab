import { describe, expect, it } from 'vitest';
import { type Cascade, calendarYear, cascade, cascadeTotal, stepTarget } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { metric, objective } from './fixtures.js';

/** A count objective over 2027 by quarter: 4 steps. */
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

describe('a cascade passed back with broken invariants', () => {
  it('refuses fewer steps or weights than its length', () => {
    const plan = quarterly('sum', '0', '40');
    expect(
      issueOf(() => cascadeTotal(changed(plan, { units: [10, 10, 20] }))),
    ).toMatchInlineSnapshot(`
      {
        "code": "wrong-count",
        "expected": "one per step: 4",
        "label": "Plan › Units",
        "message": "3 units for 4 steps",
        "params": {
          "count": 3,
          "expected": 4,
        },
        "path": [
          "plan",
          "units",
        ],
        "received": "3 units",
      }
    `);
    expect(
      issueOf(() => cascadeTotal(changed(plan, { weights: [1, 1, 1] }))),
    ).toMatchInlineSnapshot(`
      {
        "code": "wrong-count",
        "expected": "one per step: 4",
        "label": "Plan › Weights",
        "message": "3 weights for 4 steps",
        "params": {
          "count": 3,
          "expected": 4,
        },
        "path": [
          "plan",
          "weights",
        ],
        "received": "3 weights",
      }
    `);
  });

  it('refuses a step changed in place to a number that is not a safe whole number', () => {
    const plan = quarterly('sum', '0', '40');
    (plan.units as number[])[2] = 2 ** 53;
    expect(issueOf(() => stepTarget(plan, 0))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "a whole number from -9007199254740991 to 9007199254740991",
        "label": "Plan › Unit 3",
        "message": "A step is not a whole number of units within the safe integer range",
        "params": {},
        "path": [
          "plan",
          "units",
          2,
        ],
        "received": "9007199254740992",
      }
    `);
  });

  it('refuses a weight changed in place to a number that is not finite', () => {
    const plan = quarterly('sum', '0', '40');
    (plan.weights as number[])[1] = Number.POSITIVE_INFINITY;
    expect(issueOf(() => stepTarget(plan, 0))).toMatchInlineSnapshot(`
      {
        "code": "invalid-value",
        "expected": "a finite number",
        "label": "Plan › Weight 2",
        "message": "A weight is not a finite number",
        "params": {},
        "path": [
          "plan",
          "weights",
          1,
        ],
        "received": "Infinity",
      }
    `);
  });

  it('refuses flow steps that do not add up to the target', () => {
    const plan = quarterly('sum', '0', '40');
    expect(
      issueOf(() => cascadeTotal(changed(plan, { units: [10, 10, 10, 11] }))),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-value",
        "expected": "steps adding up exactly to the target",
        "label": "Plan › Units",
        "message": "The steps add up to 41 units, not to the target of 40",
        "params": {
          "reached": "41",
          "target": 40,
        },
        "path": [
          "plan",
          "units",
        ],
        "received": "41",
      }
    `);
  });

  it('refuses stock checkpoints that do not end on the target', () => {
    const plan = quarterly('last', '8', '40');
    expect(
      issueOf(() => cascadeTotal(changed(plan, { units: [16, 24, 32, 41] }))),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-value",
        "expected": "a last checkpoint equal to the target",
        "label": "Plan › Units",
        "message": "The last checkpoint is 41 units, not the target of 40",
        "params": {
          "reached": "41",
          "target": 40,
        },
        "path": [
          "plan",
          "units",
        ],
        "received": "41",
      }
    `);
  });

  it('adds steps exactly when partial sums pass 2^53', () => {
    // 2^53 - 1 + 2 = 2^53 + 1 is no double; the exact sum of the four steps is 2 + 0 = 2.
    const big = Number.MAX_SAFE_INTEGER;
    const plan = quarterly('sum', '0', '40');
    const exact = changed(plan, { units: [big, 2, -big, 0], targetUnits: 2 });
    expect(cascadeTotal(exact).toString()).toBe('2');
    // The same steps with a target of 1 or 3 (where a double sum could land) are refused.
    for (const targetUnits of [1, 3]) {
      expect(issueOf(() => cascadeTotal(changed(exact, { targetUnits }))).code).toBe(
        'invalid-value',
      );
    }
    // A half-year of the first two quarters holds 2^53 + 1 units exactly.
    expect(stepTarget(exact, 'FY2027-H1').toFixed()).toBe('9007199254740993');
  });

  it('refuses partial sums past 2^53 below zero as exactly', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const plan = quarterly('sum', '0', '40');
    const exact = changed(plan, { units: [-big, -2, big, 0], targetUnits: -2 });
    expect(cascadeTotal(exact).toString()).toBe('-2');
    expect(issueOf(() => cascadeTotal(changed(exact, { targetUnits: -3 }))).code).toBe(
      'invalid-value',
    );
  });
});

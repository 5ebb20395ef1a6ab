/**
 * The refusals of the functions that look a period up among a cascade's steps (`stepTarget`,
 * `rollUpCascade`, `replan`'s actuals), each pinned as a whole issue, and the roll-up into the
 * steps' own granularity.
 */
import { describe, expect, it } from 'vitest';
import { type Cascade, replan, rollUpCascade, stepTarget } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { dealsIn2027 } from './deals.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** The cascade's JSON with some fields changed. */
const changed = (plan: Cascade, fields: Record<string, unknown>) =>
  ({ ...JSON.parse(JSON.stringify(plan)), ...fields }) as Cascade;

describe('stepTarget of a period', () => {
  it('refuses a month of a cascade by quarter, whole issue', () => {
    const plan = dealsIn2027('40', { granularity: 'quarter' });
    expect(issueOf(() => stepTarget(plan, 'FY2027-M01'))).toMatchInlineSnapshot(`
      {
        "code": "unsupported-granularity",
        "expected": "a period of a quarter or longer",
        "label": "Step",
        "message": "The period FY2027-M01 is shorter than the cascade's steps of a quarter",
        "params": {
          "granularity": "quarter",
        },
        "path": [
          "step",
        ],
        "received": ""FY2027-M01"",
      }
    `);
  });

  it('refuses a quarter after the horizon, whole issue', () => {
    const plan = dealsIn2027('40', { granularity: 'quarter' });
    expect(issueOf(() => stepTarget(plan, 'FY2028-Q1'))).toMatchInlineSnapshot(`
      {
        "code": "outside-horizon",
        "expected": "a period that meets the horizon 2027-01-01 to 2027-12-31",
        "label": "Step",
        "message": "The period FY2028-Q1 lies outside the horizon 2027-01-01 to 2027-12-31",
        "params": {
          "end": "2027-12-31",
          "start": "2027-01-01",
        },
        "path": [
          "step",
        ],
        "received": ""FY2028-Q1"",
      }
    `);
  });
});

describe('rollUpCascade', () => {
  it('rolls a cascade by month up into months: the same steps', () => {
    const plan = dealsIn2027('12');
    const same = rollUpCascade(plan, 'month');
    expect(Array.from(same.units)).toEqual(Array.from(plan.units));
    expect(same.granularity).toBe('month');
  });

  it('refuses to roll months up into weeks, whole issue', () => {
    expect(issueOf(() => rollUpCascade(dealsIn2027('12'), 'week'))).toMatchInlineSnapshot(`
      {
        "code": "unsupported-granularity",
        "expected": "month or a longer period",
        "label": "Granularity",
        "message": "A cascade by month rolls up only into periods of a month or longer",
        "params": {
          "granularity": "month",
        },
        "path": [
          "granularity",
        ],
        "received": ""week"",
      }
    `);
  });

  it('refuses a quarter whose months add up beyond the safe range, under the plan', () => {
    // Months 2^53 − 1, 1, 0 make a first quarter of 2^53; the later months bring the total
    // back to 5.
    const plan = changed(dealsIn2027('5'), {
      units: [MAX, 1, 0, -MAX, -1, 0, 0, 0, 0, 0, 0, 5],
      weights: [MAX, 1, 0, -MAX, -1, 0, 0, 0, 0, 0, 0, 5],
    });
    expect(issueOf(() => rollUpCascade(plan, 'quarter'))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "a whole number from -9007199254740991 to 9007199254740991",
        "label": "Plan › Unit 1",
        "message": "A step is not a whole number of units within the safe integer range",
        "params": {},
        "path": [
          "plan",
          "units",
          0,
        ],
        "received": "9007199254740992",
      }
    `);
  });
});

describe('replan refusing actuals with a gap', () => {
  it('lists at most five of the periods it was given', () => {
    // Seven actuals, February to August: January, the first elapsed month, has none.
    const actuals = [2, 3, 4, 5, 6, 7, 8].map((month) => ({
      period: `FY2027-M${String(month).padStart(2, '0')}`,
      value: '1',
    }));
    expect(issueOf(() => replan(dealsIn2027('12'), actuals))).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "expected": "one actual for each of the first 7 periods of the plan",
        "label": "Actuals",
        "message": "No actual for the elapsed period FY2027-M01: actuals must be for the first periods of the plan, without a gap",
        "params": {
          "period": "FY2027-M01",
        },
        "path": [
          "actuals",
        ],
        "received": "actuals for FY2027-M02, FY2027-M03, FY2027-M04, FY2027-M05, FY2027-M06",
      }
    `);
  });
});

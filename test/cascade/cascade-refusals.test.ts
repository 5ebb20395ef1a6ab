import { describe, expect, it } from 'vitest';
import { calendarYear, cascade } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { metric, objective } from './fixtures.js';

/** 400 deals over 2027. */
function deals() {
  return {
    ...objective('sum', '0', '400', '2027-01-01', '2027-12-31'),
    metric: metric('sum', { kind: 'count' }),
  };
}

describe('cascade refusing its arguments', () => {
  it('says it cannot cascade an objective it cannot read', () => {
    expect(() => cascade(42 as never, calendarYear)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot cascade the objective: 1 issue
        - objective: Wrong type: a number (received 42; expected an object)]
    `);
  });

  it('asks for a granularity when neither the options nor the spec give one', () => {
    expect(issueOf(() => cascade(deals(), calendarYear))).toMatchInlineSnapshot(`
      {
        "code": "required",
        "expected": "'year', 'half', 'quarter', 'month' or 'week'",
        "label": "Options › Granularity",
        "message": "No granularity: neither the options nor the objective's cascade spec give one",
        "params": {},
        "path": [
          "options",
          "granularity",
        ],
        "received": "undefined",
      }
    `);
  });

  it('names the seasonality option in the path of its issues', () => {
    const seasonality = { by: 'quarter', weights: ['1', '2', '3'] } as never;
    expect(
      issueOf(() => cascade(deals(), calendarYear, { granularity: 'month', seasonality })),
    ).toMatchInlineSnapshot(`
      {
        "code": "wrong-count",
        "expected": "4 weights, one per fiscal quarter",
        "label": "Options › Seasonality › Weights",
        "message": "Seasonality by quarter needs 4 weights; 3 are given",
        "params": {
          "count": 3,
          "expected": 4,
        },
        "path": [
          "options",
          "seasonality",
          "weights",
        ],
        "received": "3 weights",
      }
    `);
  });

  it('names the tie-break option of an unknown tie-break', () => {
    expect(
      issueOf(() =>
        cascade(deals(), calendarYear, { granularity: 'month', tieBreak: 'random' as never }),
      ),
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

  it('refuses a climb of more whole units than a double counts exactly', () => {
    // A stock from -9e15 to 9e15 consultants: each end is a safe integer, the climb of 1.8e16 is
    // past 2^53 - 1 = 9,007,199,254,740,991.
    const huge = {
      ...objective('last', '-9000000000000000', '9000000000000000', '2027-01-01', '2027-12-31'),
      metric: metric('last', { kind: 'count' }),
    };
    expect(
      issueOf(() => cascade(huge, calendarYear, { granularity: 'quarter' })),
    ).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "a target within 9007199254740991 units of the baseline",
        "label": "Objective › Target",
        "message": "The climb from the baseline to the target is too large to plan in whole units",
        "params": {
          "maximum": 9007199254740991,
        },
        "path": [
          "objective",
          "target",
        ],
        "received": "18000000000000000",
      }
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { replan } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { dealsIn2027 } from './deals.js';

/** 12 deals in 2027 by month, objective "objective". */
const deals = () => dealsIn2027('12');

const refusal = (actuals: unknown) => issueOf(() => replan(deals(), actuals as never));
const month = (index: number, value = '1') => ({
  period: `FY2027-M${String(index).padStart(2, '0')}`,
  value,
});

describe('replan refusing its actuals', () => {
  it('asks for a list', () => {
    expect(refusal('FY2027-M01')).toMatchInlineSnapshot(`
      {
        "code": "invalid-type",
        "expected": "a list of actuals",
        "label": "Actuals",
        "message": "Expected a list of actuals, received a string",
        "params": {},
        "path": [
          "actuals",
        ],
        "received": ""FY2027-M01"",
      }
    `);
  });

  it('refuses more actuals than a document holds, and reads a full list item by item', () => {
    expect(refusal(new Array(10_001).fill(null))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "at most 10000 actuals, as in a document",
        "label": "Actuals",
        "message": "More than 10000 actuals",
        "params": {
          "maximum": 10000,
        },
        "path": [
          "actuals",
        ],
        "received": "10001 actuals",
      }
    `);
    // 10,000 is allowed: the first item is then the first thing refused.
    expect(refusal(new Array(10_000).fill(null)).path).toEqual(['actuals', 0]);
  });

  it('refuses an item that is not an actual', () => {
    expect(refusal([month(1), 42])).toMatchInlineSnapshot(`
      {
        "code": "invalid-type",
        "expected": "an actual { period, value }",
        "label": "Actual 2",
        "message": "Expected an actual { period, value }, received a number",
        "params": {},
        "path": [
          "actuals",
          1,
        ],
        "received": "42",
      }
    `);
  });

  it('names an unknown field of an actual, cut to 40 characters', () => {
    expect(refusal([{ ...month(1), [`note${'s'.repeat(45)}`]: true }])).toMatchInlineSnapshot(`
      {
        "code": "unknown-field",
        "expected": "only objective, period and value",
        "label": "Actual 1 › Notesssssssssssssssssssssssssssssssssssssssssssss",
        "message": "Unknown field "notessssssssssssssssssssssssssssssssssss" of an actual, received a boolean",
        "params": {},
        "path": [
          "actuals",
          0,
          "notesssssssssssssssssssssssssssssssssssssssssssss",
        ],
        "received": "true",
      }
    `);
  });

  it('refuses an objective that is not an id', () => {
    expect(refusal([{ ...month(1), objective: 7 }])).toMatchInlineSnapshot(`
      {
        "code": "invalid-type",
        "expected": "an objective id",
        "label": "Actual 1 › Objective",
        "message": "Expected an objective id, received a number",
        "params": {},
        "path": [
          "actuals",
          0,
          "objective",
        ],
        "received": "7",
      }
    `);
  });

  it('refuses an actual for a period of another length than the steps', () => {
    expect(refusal([{ period: 'FY2027-Q1', value: '3' }])).toMatchInlineSnapshot(`
      {
        "code": "unsupported-granularity",
        "expected": "a month of the plan, from FY2027-M01 to FY2027-M12",
        "label": "Actual 1 › Period",
        "message": "The actual is for a quarter, but the plan's steps are of a month",
        "params": {},
        "path": [
          "actuals",
          0,
          "period",
        ],
        "received": ""FY2027-Q1"",
      }
    `);
  });

  it('refuses an actual outside the horizon', () => {
    expect(refusal([{ period: 'FY2028-M01', value: '3' }])).toMatchInlineSnapshot(`
      {
        "code": "outside-horizon",
        "expected": "a month of the plan, from FY2027-M01 to FY2027-M12",
        "label": "Actual 1 › Period",
        "message": "The period FY2028-M01 is not a step of the plan (2027-01-01 to 2027-12-31)",
        "params": {},
        "path": [
          "actuals",
          0,
          "period",
        ],
        "received": ""FY2028-M01"",
      }
    `);
  });

  it('refuses a second actual for a period', () => {
    expect(refusal([month(1), month(2), month(1)])).toMatchInlineSnapshot(`
      {
        "code": "duplicate-entry",
        "expected": "one actual per period",
        "label": "Actual 3 › Period",
        "message": "A second actual for FY2027-M01",
        "params": {},
        "path": [
          "actuals",
          2,
          "period",
        ],
        "received": ""FY2027-M01"",
      }
    `);
  });

  it('names each elapsed period without an actual, listing the actuals in period order', () => {
    expect(() => replan(deals(), [month(4), month(1)])).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot replan objective "objective": 1 issue
        - actuals: No actual for the elapsed period FY2027-M02: actuals must be for the first periods of the plan, without a gap (received actuals for FY2027-M01, FY2027-M04; expected one actual for each of the first 2 periods of the plan)]
    `);
    expect(refusal([month(4), month(1)])).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "expected": "one actual for each of the first 2 periods of the plan",
        "label": "Actuals",
        "message": "No actual for the elapsed period FY2027-M02: actuals must be for the first periods of the plan, without a gap",
        "params": {
          "period": "FY2027-M02",
        },
        "path": [
          "actuals",
        ],
        "received": "actuals for FY2027-M01, FY2027-M04",
      }
    `);
  });

  it('refuses actuals for every period: nothing is left to replan', () => {
    const all = Array.from({ length: 12 }, (_, i) => month(i + 1));
    expect(refusal(all)).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "expected": "actuals for fewer than the 12 periods of the plan",
        "label": "Actuals",
        "message": "No period remains to replan: every period of the plan has an actual",
        "params": {},
        "path": [
          "actuals",
        ],
        "received": "12 actuals",
      }
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { departureFromStep } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { dealsIn2027 } from './deals.js';

/** 48 deals in 2027 by month. */
const deals = () => dealsIn2027('48');

describe('departureFromStep refusing a goal', () => {
  it('asks for a period goal when given something else', () => {
    expect(issueOf(() => departureFromStep(deals(), 'FY2027-Q1' as never))).toMatchInlineSnapshot(`
      {
        "code": "invalid-type",
        "expected": "a period goal { period, target }",
        "label": "Goal",
        "message": "Expected a period goal { period, target }, received a string",
        "params": {},
        "path": [
          "goal",
        ],
        "received": ""FY2027-Q1"",
      }
    `);
  });

  it('names an unknown field, cut to 40 characters', () => {
    const key = `owner${'x'.repeat(45)}`;
    expect(
      issueOf(() =>
        departureFromStep(deals(), { period: 'FY2027-Q1', target: '1', [key]: 2 } as never),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "unknown-field",
        "expected": "only objective, period, target and provenance",
        "label": "Goal › Ownerxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "message": "Unknown field "ownerxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" of a period goal, received a number",
        "params": {},
        "path": [
          "goal",
          "ownerxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        "received": "2",
      }
    `);
  });

  it("refuses the goal of another objective, naming the cascade's", () => {
    expect(
      issueOf(() =>
        departureFromStep(deals(), {
          objective: 'fees',
          period: 'FY2027-Q1',
          target: '1',
        } as never),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-reference",
        "expected": "the objective "objective", or none",
        "label": "Goal › Objective",
        "message": "The goal is for another objective than the cascade's "objective"",
        "params": {},
        "path": [
          "goal",
          "objective",
        ],
        "received": ""fees"",
      }
    `);
  });

  it("names the goal's target in the path of a target that is not a number", () => {
    expect(
      issueOf(() => departureFromStep(deals(), { period: 'FY2027-Q1', target: 'many' } as never)),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-decimal",
        "expected": "a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal",
        "label": "Goal › Target",
        "message": "Not a decimal number",
        "params": {},
        "path": [
          "goal",
          "target",
        ],
        "received": ""many"",
      }
    `);
  });
});

// How evaluateProgress reads the lists of a plan's steps and of actuals: each item, its
// refusals whole, the lists' bounds, and which actuals belong to the plan's objective.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress, isValidationError } from '../../src/index.js';
import { json, planOf, quarter } from './fixtures.js';

const plan = () => planOf({ id: 'deals', target: 10, steps: [[quarter(1), 10]] });
const asOf = { asOf: '2027-03-31' };

/** The first issue evaluateProgress gives, or 'accepted'. */
function issueOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return json(error.issues[0]);
    return `not a ValidationError: ${String(error)}`;
  }
  return 'accepted';
}

const withSteps = (steps: unknown) =>
  issueOf(() => evaluateProgress({ ...plan(), steps: steps as never }, [], calendarYear, asOf));
const withActuals = (actuals: unknown) =>
  issueOf(() => evaluateProgress(plan(), actuals as never, calendarYear, asOf));

describe('evaluateProgress', () => {
  it('refuses a step or an actual that is not an object, saying what one looks like', () => {
    expect([withSteps(['FY2027-Q1']), withActuals([7])]).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a step such as { period: "FY2027-Q1", target: "10" }",
          "label": "Plan › Step 1",
          "message": "Expected a step such as { period: "FY2027-Q1", target: "10" }, received a string",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
          ],
          "received": ""FY2027-Q1"",
        },
        {
          "code": "invalid-type",
          "expected": "an actual such as { period: "FY2027-Q1", value: "4" }",
          "label": "Actual 1",
          "message": "Expected an actual such as { period: "FY2027-Q1", value: "4" }, received a number",
          "params": {},
          "path": [
            "actuals",
            0,
          ],
          "received": "7",
        },
      ]
    `);
  });

  it('refuses an actual whose objective is not an id, and a target that is not a decimal', () => {
    expect([
      withActuals([{ objective: 3, period: 'FY2027-Q1', value: '1' }]),
      withSteps([{ period: 'FY2027-Q1', target: 'ten' }]),
    ]).toMatchInlineSnapshot(`
      [
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
          "received": "3",
        },
        {
          "code": "invalid-decimal",
          "expected": "a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal",
          "label": "Plan › Step 1 › Target",
          "message": "Not a decimal number",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "target",
          ],
          "received": ""ten"",
        },
      ]
    `);
  });

  it('reads at most 10,000 steps and 10,000 actuals', () => {
    const steps = (count: number) =>
      Array.from({ length: count }, () => ({ period: 'FY2027-Q1', target: '1' }));
    const actuals = (count: number) =>
      Array.from({ length: count }, () => ({ period: 'FY2027-Q1', value: '1' }));
    expect([withSteps(steps(10_000)), withActuals(actuals(10_000))]).toEqual([
      'accepted',
      'accepted',
    ]);
    expect([withSteps(steps(10_001)), withActuals(actuals(10_001))]).toMatchInlineSnapshot(`
      [
        {
          "code": "too-big",
          "expected": "at most 10000 steps",
          "label": "Plan › Steps",
          "message": "More than 10000 items",
          "params": {
            "maximum": 10000,
          },
          "path": [
            "plan",
            "steps",
          ],
          "received": "an array of 10001 items",
        },
        {
          "code": "too-big",
          "expected": "at most 10000 actuals",
          "label": "Actuals",
          "message": "More than 10000 items",
          "params": {
            "maximum": 10000,
          },
          "path": [
            "actuals",
          ],
          "received": "an array of 10001 items",
        },
      ]
    `);
  });

  it('reads the actuals of the plan’s objective and those without one, not the others’', () => {
    const p = evaluateProgress(
      plan(),
      [
        { objective: 'deals', period: 'FY2027-Q1', value: '4' },
        { period: 'FY2027-Q1', value: '6' },
        { objective: 'users', period: 'FY2027-Q1', value: '100' },
      ],
      calendarYear,
      asOf,
    );
    // The later of the plan's two Q1 actuals counts: 6.
    expect(json(p.actualToDate)).toBe('6');
  });
});

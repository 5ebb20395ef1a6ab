import { describe, expect, it } from 'vitest';
import { computeEconomics, isValidationError, samples } from '../../src/index.js';
import { northwind } from './fixtures.js';

/** The issues `computeEconomics` raises for Northwind with these options. */
const issuesFor = (options: unknown, partnership: unknown = northwind()) => {
  try {
    computeEconomics(partnership as never, options as never);
  } catch (error) {
    if (isValidationError(error)) return error.issues;
    throw error;
  }
  throw new Error('did not throw');
};
const plan = (steps: unknown) => ({ source: 'plan', plan: steps });

describe('computeEconomics', () => {
  it('says why it refuses a plan without source "plan", or source "plan" without a plan', () => {
    expect(issuesFor({ source: 'actuals', plan: [] })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-argument",
          "expected": "no plan, or source "plan" with it",
          "label": "Options › Plan",
          "message": "A plan is read only when source is "plan"; source is "actuals"",
          "params": {},
          "path": [
            "options",
            "plan",
          ],
          "received": "an array",
        },
      ]
    `);
    expect(issuesFor({ source: 'plan' })).toMatchInlineSnapshot(`
      [
        {
          "code": "required",
          "expected": "options.plan: the period steps of the vendor-revenue objective",
          "label": "Options › Plan",
          "message": "Option source is "plan" but no plan was passed",
          "params": {},
          "path": [
            "options",
            "plan",
          ],
          "received": "undefined",
        },
      ]
    `);
  });

  it('says what a plan and its steps must be', () => {
    expect(issuesFor(plan('FY2028'))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a list of steps { period, target }",
          "label": "Options › Plan",
          "message": "Expected a list of steps { period, target }, received a string",
          "params": {},
          "path": [
            "options",
            "plan",
          ],
          "received": ""FY2028"",
        },
      ]
    `);
    expect(issuesFor(plan(['FY2028']))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a step { period, target }",
          "label": "Options › Plan 1",
          "message": "Expected a step { period, target }, received a string",
          "params": {},
          "path": [
            "options",
            "plan",
            0,
          ],
          "received": ""FY2028"",
        },
      ]
    `);
    expect(issuesFor(plan([{ period: 'FY2028' }]))).toMatchInlineSnapshot(`
      [
        {
          "code": "required",
          "expected": "a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal",
          "label": "Options › Plan 1 › Target",
          "message": "Expected a decimal, received nothing",
          "params": {},
          "path": [
            "options",
            "plan",
            0,
            "target",
          ],
          "received": "undefined",
        },
      ]
    `);
  });

  it('refuses more plan steps than a 20-year horizon has weeks, and takes that many', () => {
    const steps = (count: number) =>
      Array.from({ length: count }, () => ({ period: 'FY2028', target: '1' }));
    expect(issuesFor(plan(steps(1061)))).toMatchInlineSnapshot(`
      [
        {
          "code": "too-big",
          "expected": "at most 1060 steps (one per week of a 20-year horizon)",
          "label": "Options › Plan",
          "message": "More than 1060 steps",
          "params": {
            "maximum": 1060,
          },
          "path": [
            "options",
            "plan",
          ],
          "received": "1061 steps",
        },
      ]
    `);
    // 1,060 steps pass the bound: the second of them is then refused for repeating the period.
    expect(issuesFor(plan(steps(1060))).map((issue) => [issue.code, issue.path])).toEqual([
      ['duplicate-entry', ['options', 'plan', 1]],
    ]);
  });

  it('says what a plan step’s period must be', () => {
    const step = (period: unknown) => plan([{ period, target: '1' }]);
    expect(issuesFor(step('2028'))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-period-key",
          "expected": "a period key such as "FY2027-Q3", or a period value",
          "label": "Options › Plan 1 › Period",
          "message": "Not a period key",
          "params": {},
          "path": [
            "options",
            "plan",
            0,
            "period",
          ],
          "received": ""2028"",
        },
      ]
    `);
    expect(issuesFor(step(2028))).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a period key such as "FY2027-Q3", or a period value",
          "label": "Options › Plan 1 › Period",
          "message": "Expected a period key such as "FY2027-Q3", or a period value, received a number",
          "params": {},
          "path": [
            "options",
            "plan",
            0,
            "period",
          ],
          "received": "2028",
        },
      ]
    `);
    expect(
      issuesFor(step({ calendar: 'stratus-fy', granularity: 'week', year: 2028, index: 1 })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "unsupported-granularity",
          "expected": "a period of calendar "stratus-fy" such as "FY2027-Q3"",
          "label": "Options › Plan 1 › Period",
          "message": "Granularity "week" is not supported on calendar "stratus-fy": weeks need a week-based (52/53-week) calendar; accepted here: year, half, quarter, month",
          "params": {},
          "path": [
            "options",
            "plan",
            0,
            "period",
          ],
          "received": "an object",
        },
      ]
    `);
    expect(
      issuesFor(step({ calendar: 'stratus-fy', granularity: 'quarter', year: 2028, index: 5 })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "period-not-on-calendar",
          "expected": "a period of calendar "stratus-fy" such as "FY2027-Q3"",
          "label": "Options › Plan 1 › Period",
          "message": "Period index 5 does not exist: fiscal 2028 of calendar "stratus-fy" has quarters 1 to 4",
          "params": {},
          "path": [
            "options",
            "plan",
            0,
            "period",
          ],
          "received": "an object",
        },
      ]
    `);
  });

  it('says how large a plan step’s target may be, in the currency’s minor units', () => {
    expect(issuesFor(plan([{ period: 'FY2028', target: '1e20' }]))).toMatchInlineSnapshot(`
      [
        {
          "code": "too-big",
          "expected": "an amount from -90071992547409.91 to 90071992547409.91",
          "label": "Options › Plan 1 › Target",
          "message": "Beyond 90071992547409.91 in absolute value",
          "params": {
            "maximum": "90071992547409.91",
          },
          "path": [
            "options",
            "plan",
            0,
            "target",
          ],
          "received": ""100000000000000000000"",
        },
      ]
    `);
  });

  it('gives the bounds of the utilization ceiling with its refusal', () => {
    expect(issuesFor({ utilizationCeiling: '100.5' })).toMatchInlineSnapshot(`
      [
        {
          "code": "too-big",
          "expected": "percentage points above 0 and at most 100, such as "75"",
          "label": "Options › Utilization ceiling",
          "message": "The utilization ceiling must be above 0 and at most 100 percentage points",
          "params": {
            "maximum": 100,
            "maximumIncluded": true,
            "minimum": 0,
            "minimumIncluded": false,
          },
          "path": [
            "options",
            "utilizationCeiling",
          ],
          "received": ""100.5"",
        },
      ]
    `);
  });

  it('refuses a partnership without an economics profile with a required issue', () => {
    const { economics: _, ...partnership } = samples.northwindAdvisory;
    expect(issuesFor(undefined, partnership)).toMatchInlineSnapshot(`
      [
        {
          "code": "required",
          "expected": "an economics section naming the vendor-revenue objective",
          "label": "Partnership › Economics",
          "message": "The partnership has no economics profile",
          "params": {},
          "path": [
            "partnership",
            "economics",
          ],
          "received": "undefined",
        },
      ]
    `);
  });
});

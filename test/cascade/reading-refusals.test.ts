import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  captureTarget,
  cascade,
  cascadeSteps,
  cascadeTotal,
  stepTarget,
} from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { metric, objective } from './fixtures.js';

/** Four quarters of 2027, 100 deals each. */
function quarters() {
  return cascade(
    {
      ...objective('sum', '0', '400', '2027-01-01', '2027-12-31'),
      metric: metric('sum', { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'quarter' },
  );
}

const market = {
  yearlySize: { amount: '1000000.00', currency: 'USD' },
  sizeYear: 2027,
  growthRate: '0',
  targetShare: '0.02',
};
const year2027 = { start: '2027-01-01', end: '2027-12-31' };

describe('stepTarget refusing an index', () => {
  it('says a fraction is not a whole step, with the range of steps', () => {
    expect(issueOf(() => stepTarget(quarters(), 1.5))).toMatchInlineSnapshot(`
      {
        "code": "not-an-integer",
        "expected": "a step index from 0 to 3, or a period",
        "label": "Step",
        "message": "No step 1.5 in a cascade of 4 steps",
        "params": {
          "maximum": 3,
          "minimum": 0,
        },
        "path": [
          "step",
        ],
        "received": "1.5",
      }
    `);
  });

  it('says a negative index is below the first step', () => {
    expect(issueOf(() => stepTarget(quarters(), -1))).toMatchInlineSnapshot(`
      {
        "code": "too-small",
        "expected": "a step index from 0 to 3, or a period",
        "label": "Step",
        "message": "No step -1 in a cascade of 4 steps",
        "params": {
          "maximum": 3,
          "minimum": 0,
        },
        "path": [
          "step",
        ],
        "received": "-1",
      }
    `);
  });

  it('says an index past the last step is too big', () => {
    expect(issueOf(() => stepTarget(quarters(), 4))).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "a step index from 0 to 3, or a period",
        "label": "Step",
        "message": "No step 4 in a cascade of 4 steps",
        "params": {
          "maximum": 3,
          "minimum": 0,
        },
        "path": [
          "step",
        ],
        "received": "4",
      }
    `);
  });
});

describe('cascadeSteps and cascadeTotal refusing a plan', () => {
  it('say what they could not do', () => {
    expect(() => cascadeSteps(null as never)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot read the steps of the cascade: 1 issue
        - plan: Wrong type: null (received null; expected an object)]
    `);
    expect(() => cascadeTotal(null as never)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot total the cascade: 1 issue
        - plan: Wrong type: null (received null; expected an object)]
    `);
  });
});

describe('captureTarget refusing its arguments', () => {
  it('names the horizon in the path of a horizon issue', () => {
    expect(
      issueOf(() =>
        captureTarget(market, { start: '2027-02-01', end: '2027-01-01' }, calendarYear),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "horizon-reversed",
        "expected": "a date on or after 2027-02-01",
        "label": "Horizon › End",
        "message": "The horizon ends on 2027-01-01, before it starts on 2027-02-01",
        "params": {
          "start": "2027-02-01",
        },
        "path": [
          "horizon",
          "end",
        ],
        "received": ""2027-01-01"",
      }
    `);
  });

  it('names the option of an unknown shape', () => {
    expect(
      issueOf(() => captureTarget(market, year2027, calendarYear, { shape: 'cubic' as never })),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-value",
        "expected": ""linear", "geometric" or "s-curve"",
        "label": "Options › Shape",
        "message": "Not one of the accepted values",
        "params": {},
        "path": [
          "options",
          "shape",
        ],
        "received": ""cubic"",
      }
    `);
  });

  it('refuses a geometric ramp from no share, offering the other shapes', () => {
    expect(
      issueOf(() => captureTarget(market, year2027, calendarYear, { shape: 'geometric' })),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-argument",
        "expected": "a current share above 0, or the 'linear' or 's-curve' shape",
        "label": "Opportunity › Current share",
        "message": "A geometric ramp needs a current share above 0",
        "params": {},
        "path": [
          "opportunity",
          "currentShare",
        ],
        "received": "0",
      }
    `);
  });
});

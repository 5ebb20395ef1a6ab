import { describe, expect, it } from 'vitest';
import { cascade, departureFromStep, stepTarget } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { dealsIn2027 } from './deals.js';
import { julyFy, metric, objective } from './fixtures.js';

/** 12 deals in 2027 by month, on the calendar year (id "calendar"). */
const deals = () => dealsIn2027('12');

/** The first issue of stepTarget's refusal of a period argument. */
const refusal = (period: unknown) => issueOf(() => stepTarget(deals(), period as never));

describe('a period argument of a cascade function', () => {
  it("passes on the calendar's own refusal of a key, under the argument's path", () => {
    expect(refusal('FY2027-W01')).toMatchInlineSnapshot(`
      {
        "code": "unsupported-granularity",
        "expected": "FY2027, FY2027-H1, FY2027-Q3 or FY2027-M07",
        "label": "Step",
        "message": "Weeks need a week-based calendar; "calendar" is month-based",
        "params": {},
        "path": [
          "step",
        ],
        "received": ""FY2027-W01"",
      }
    `);
  });

  it('refuses a period value that names no calendar as no period', () => {
    expect(refusal({ granularity: 'quarter', year: 2027, index: 1 })).toMatchInlineSnapshot(`
      {
        "code": "invalid-type",
        "expected": "a period key such as FY2027-Q3, or a period of the calendar "calendar"",
        "label": "Step",
        "message": "Expected a period or its key, received an object",
        "params": {},
        "path": [
          "step",
        ],
        "received": "an object",
      }
    `);
  });

  it('refuses a period value of another calendar, naming both calendars', () => {
    expect(
      refusal({ calendar: 'other', granularity: 'quarter', year: 2027, index: 1 }),
    ).toMatchInlineSnapshot(`
        {
          "code": "calendar-mismatch",
          "expected": "a period of the calendar "calendar", or its key such as "FY2027-Q1"",
          "label": "Step",
          "message": "The period FY2027-Q1 is of the calendar "other", not of the plan's calendar "calendar"",
          "params": {
            "calendar": "other",
            "expected": "calendar",
          },
          "path": [
            "step",
          ],
          "received": ""other"",
        }
      `);
  });

  it('says a malformed period of another calendar is of that calendar, without a key', () => {
    expect(
      refusal({ calendar: 'other', granularity: 'decade', year: 2027, index: 1 }),
    ).toMatchInlineSnapshot(`
        {
          "code": "calendar-mismatch",
          "expected": "a period of the calendar "calendar", or its key such as "FY2027-Q1"",
          "label": "Step",
          "message": "The period is of the calendar "other", not of the plan's calendar "calendar"",
          "params": {
            "calendar": "other",
            "expected": "calendar",
          },
          "path": [
            "step",
          ],
          "received": ""other"",
        }
      `);
  });

  it('refuses a period value whose index or year is not a whole number in range', () => {
    const quarter = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 };
    for (const bad of [
      { index: 0 },
      { index: 54 },
      { year: 1899 },
      { year: '2027' },
      { index: '1' },
    ]) {
      expect([bad, refusal({ ...quarter, ...bad }).message]).toEqual([
        bad,
        'Expected a period or its key, received an object',
      ]);
    }
  });

  it('reads a period value at the ends of its ranges', () => {
    // The first and last fiscal months of 2027 take the cascade's first and last steps: 1 deal.
    const month = { calendar: 'calendar', granularity: 'month', year: 2027 } as const;
    expect(stepTarget(deals(), { ...month, index: 1 }).toString()).toBe('1');
    expect(stepTarget(deals(), { ...month, index: 12 }).toString()).toBe('1');
    // FY2200 of a July calendar named by its end year starts on 1 July 2199: the last fiscal year.
    const late = cascade(
      {
        ...objective('sum', '0', '6', '2199-07-01', '2199-12-31'),
        metric: metric('sum', { kind: 'count' }),
      },
      julyFy,
      { granularity: 'month' },
    );
    const july2199 = {
      calendar: 'stratus-fy',
      granularity: 'month',
      year: 2200,
      index: 1,
    } as const;
    expect(stepTarget(late, july2199).toString()).toBe('1');
  });

  it('asks for a missing period and names what else it got', () => {
    const goal = (period: unknown) => ({ period, target: '1' }) as never;
    expect(issueOf(() => departureFromStep(deals(), goal(undefined)))).toMatchInlineSnapshot(`
      {
        "code": "required",
        "expected": "a period key such as FY2027-Q3, or a period of the calendar "calendar"",
        "label": "Goal › Period",
        "message": "Expected a period or its key, received nothing",
        "params": {},
        "path": [
          "goal",
          "period",
        ],
        "received": "undefined",
      }
    `);
    expect(issueOf(() => departureFromStep(deals(), goal(null))).message).toBe(
      'Expected a period or its key, received null',
    );
    expect(issueOf(() => departureFromStep(deals(), goal(42))).code).toBe('invalid-type');
  });
});

describe('a decimal argument of a cascade function', () => {
  it("lets an error the caller's own object throws pass unchanged", () => {
    const hostile = new Error('the caller’s own error');
    const target = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw hostile;
        },
      },
    );
    expect(() => departureFromStep(deals(), { period: 'FY2027-Q1', target } as never)).toThrow(
      hostile,
    );
  });
});

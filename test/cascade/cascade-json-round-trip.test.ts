import { describe, expect, it } from 'vitest';
import { type Cascade, calendarYear, cascade, cascadeSteps } from '../../src/index.js';
import { issueOf } from '../issue-of.js';
import { objective } from './fixtures.js';

/** 1,000.01 USD over April to December 2027, by month, rounded as the options say. */
function fees(options: Parameters<typeof cascade>[2]) {
  return cascade(objective('sum', '0', '1000.01', '2027-04-01', '2027-12-31'), calendarYear, {
    granularity: 'month',
    ...options,
  });
}

const rows = (plan: Cascade) => cascadeSteps(plan).map((step) => step.target.toFixed(2));

describe('a cascade read back from its JSON', () => {
  it('keeps its cents, its first period, its method and each tie-break', () => {
    for (const options of [
      { tieBreak: 'largest-weight' },
      { tieBreak: 'earliest' },
      { tieBreak: 'latest', method: 'largest-remainder' },
    ] as const) {
      const plan = fees(options);
      const back = JSON.parse(JSON.stringify(plan)) as Cascade;
      expect([back.precision, back.firstIndex, back.length, back.tieBreak, back.method]).toEqual([
        2,
        4,
        9,
        options.tieBreak,
        options.method ?? 'running-total',
      ]);
      expect(rows(back)).toEqual(rows(plan));
    }
  });

  it('refuses JSON whose steps do not match its horizon, saying both', () => {
    const back = { ...JSON.parse(JSON.stringify(fees({}))), length: 8, firstIndex: 5 };
    expect(issueOf(() => cascadeSteps(back))).toMatchInlineSnapshot(`
      {
        "code": "invalid-value",
        "expected": "length 9, firstYear 2027, firstIndex 4",
        "label": "Plan › Length",
        "message": "The horizon has 9 periods of a month from period 4 of 2027, not 8 from period 5 of 2027",
        "params": {},
        "path": [
          "plan",
          "length",
        ],
        "received": "length 8, firstYear 2027, firstIndex 5",
      }
    `);
  });
});

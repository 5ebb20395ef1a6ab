// Numbers of a flow that no other test pins: each period's attainment, the straight line while
// the running period counts, and where the plan ends.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { actualsOf, json, planOf, quarter } from './fixtures.js';

describe('evaluateProgress', () => {
  it('gives each period with an actual its attainment, and null to the others', () => {
    // Q1: 9 of 10 → 0.9; Q2 runs with 3 of 10 → 0.3; Q3 and Q4 have no actual.
    const plan = planOf({ target: 40, steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const) });
    const p = evaluateProgress(
      plan,
      actualsOf([
        [quarter(1), 9],
        [quarter(2), 3],
      ]),
      calendarYear,
      { asOf: '2027-05-15' },
    );
    expect(json(p.periods.map((period) => period.attainment))).toEqual(['0.9', '0.3', null, null]);
  });

  it('measures the straight line up to the as-of date when the running period has an actual', () => {
    // 365 over the year by quarters of 90, 91, 92 and 92 days. As of 2027-02-14 (day 45), Q1 runs
    // with 45: the plan expects 90 × 45/90 = 45, and so does the straight line, 365 × 45/365.
    const plan = planOf({
      target: 365,
      steps: [
        [quarter(1), 90],
        [quarter(2), 91],
        [quarter(3), 92],
        [quarter(4), 92],
      ],
    });
    const p = evaluateProgress(plan, actualsOf([[quarter(1), 45]]), calendarYear, {
      asOf: '2027-02-14',
    });
    expect(json(p.straightLine)).toEqual({
      expectedToDate: '45',
      gap: '0',
      pace: '1',
      status: 'on-track',
    });
  });

  it('ends the plan with its last step, or with the horizon when it has none', () => {
    const short = planOf({
      target: 20,
      steps: [
        [quarter(1), 10],
        [quarter(2), 10],
      ],
    });
    const none = planOf({ target: 20, steps: [] });
    const asOf = { asOf: '2027-03-31' };
    expect([
      evaluateProgress(short, [], calendarYear, asOf).planEnd,
      evaluateProgress(none, [], calendarYear, asOf).planEnd,
    ]).toEqual(['2027-06-30', '2027-12-31']);
  });
});

// The findings of a flow, each pinned whole (code, severity, subjects, evidence, params, message):
// actuals no step counts, missing actuals, nothing expected, a zero target, attainment deferred
// to the horizon's end; and none at all when there is nothing to say.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress, type ProgressPlan } from '../../src/index.js';
import { actualsOf, codesOf, json, month, planOf, quarter } from './fixtures.js';

const flat = (quarters: ReadonlyArray<number>, target = 40) =>
  planOf({ id: 'deals', target, steps: quarters.map((i) => [quarter(i), 10] as const) });

const evaluate = (plan: ProgressPlan, actuals: Parameters<typeof actualsOf>[0], asOf: string) =>
  evaluateProgress(plan, actualsOf(actuals), calendarYear, { asOf });

describe('evaluateProgress', () => {
  it('says nothing when every actual counts and the plan is met', () => {
    const p = evaluate(flat([1, 2, 3, 4]), [[quarter(1), 10]], '2027-03-31');
    expect(p.findings).toEqual([]);
  });

  it('reports an actual of a step’s granularity outside the plan as outside, not as another granularity', () => {
    // Steps Q1 and Q2 only; Q3 is a quarter, but no step of the plan.
    const p = evaluate(
      flat([1, 2], 20),
      [
        [quarter(1), 10],
        [quarter(3), 4],
      ],
      '2027-03-31',
    );
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "actual-outside-plan",
          "evidence": [
            {
              "label": "Actual for FY2027-Q3",
              "path": [
                "actuals",
                1,
              ],
              "value": "4",
            },
          ],
          "message": "1 actual(s) recorded for periods that are not steps of the plan were not counted: FY2027-Q3.",
          "params": {
            "count": 1,
            "objective": "deals",
            "periods": "FY2027-Q3",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "deals",
              "kind": "objective",
            },
            {
              "id": "FY2027-Q3",
              "kind": "period",
            },
          ],
        },
      ]
    `);
  });

  it('names every granularity of the steps when an actual has another', () => {
    // Steps of a quarter and of a month; the actual is for the first half.
    const plan = planOf({
      id: 'deals',
      target: 20,
      steps: [
        [quarter(1), 10],
        [month(4), 10],
      ],
    });
    const half = { calendar: 'calendar', granularity: 'half', year: 2027, index: 1 } as const;
    const p = evaluate(
      plan,
      [
        [quarter(1), 10],
        [half, 12],
      ],
      '2027-03-31',
    );
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "actual-granularity-mismatch",
          "evidence": [
            {
              "label": "Actual for FY2027-H1",
              "path": [
                "actuals",
                1,
              ],
              "value": "12",
            },
          ],
          "message": "1 actual(s) recorded for periods of another granularity than the plan’s steps (quarter or month) were not counted: FY2027-H1.",
          "params": {
            "count": 1,
            "granularity": "quarter or month",
            "objective": "deals",
            "periods": "FY2027-H1",
          },
          "severity": "warning",
          "subjects": [
            {
              "id": "deals",
              "kind": "objective",
            },
            {
              "id": "FY2027-H1",
              "kind": "period",
            },
          ],
        },
      ]
    `);
  });

  it('reports every actual of a plan without steps as outside the plan', () => {
    const p = evaluate(flat([]), [[quarter(1), 3]], '2027-04-01');
    expect(codesOf(p)).toEqual(['plan-without-steps', 'actual-outside-plan', 'no-actual-yet']);
    expect(p.findings[1]?.params).toEqual({
      objective: 'deals',
      count: 1,
      periods: 'FY2027-Q1',
    });
  });

  it('lists every completed period without an actual', () => {
    const p = evaluate(flat([1, 2, 3, 4]), [[quarter(3), 10]], '2027-07-31');
    expect(p.status.rule).toBe(
      'Actuals are missing for FY2027-Q1, FY2027-Q2; a missing actual is never read as zero.',
    );
    expect(p.findings[0]?.message).toBe('No pace: actuals are missing for FY2027-Q1, FY2027-Q2.');
  });

  it('says when nothing was expected to date, with the actual', () => {
    const plan = planOf({
      id: 'deals',
      target: 30,
      steps: [
        [quarter(1), 0],
        [quarter(2), 10],
        [quarter(3), 10],
        [quarter(4), 10],
      ],
    });
    const p = evaluate(plan, [[quarter(1), 5]], '2027-03-31');
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "nothing-expected-to-date",
          "evidence": [],
          "message": "No pace: the plan expected nothing to date.",
          "params": {
            "actualToDate": "5",
            "objective": "deals",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "deals",
              "kind": "objective",
            },
          ],
        },
      ]
    `);
  });

  it('says when the target is zero', () => {
    const plan = planOf({ id: 'deals', target: 0, steps: [[quarter(1), 10]] });
    const p = evaluate(plan, [[quarter(1), 10]], '2027-03-31');
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "target-zero",
          "evidence": [],
          "message": "No attainment: the objective’s target is zero.",
          "params": {
            "objective": "deals",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "deals",
              "kind": "objective",
            },
          ],
        },
      ]
    `);
  });

  it('defers the attainment of a decreasing flow to the horizon’s end', () => {
    const plan = planOf({
      id: 'deals',
      direction: 'decrease',
      target: 40,
      steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const),
    });
    const p = evaluate(plan, [[quarter(1), 9]], '2027-03-31');
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "attainment-at-horizon-end",
          "evidence": [],
          "message": "No attainment yet: a decrease flow’s total is judged when the horizon ends on 2027-12-31.",
          "params": {
            "direction": "decrease",
            "end": "2027-12-31",
            "objective": "deals",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "deals",
              "kind": "objective",
            },
          ],
        },
      ]
    `);
  });

  it('says no actual has come yet only once the horizon has started', () => {
    const before = evaluate(flat([1, 2, 3, 4]), [], '2026-12-15');
    const started = evaluate(flat([1, 2, 3, 4]), [], '2027-01-15');
    expect([codesOf(before), codesOf(started)]).toEqual([[], ['no-actual-yet']]);
  });
});

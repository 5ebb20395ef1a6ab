// A level (stock, average, maintained level): which level is read as the latest, its findings
// pinned whole, each period's attainment, when it counts as achieved, and where the plan ends.
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  type EvaluateProgressOptions,
  evaluateProgress,
  type ProgressPlan,
} from '../../src/index.js';
import { actualsOf, codesOf, json, planOf, quarter } from './fixtures.js';

const quarters = (levels: ReadonlyArray<number>) =>
  levels.map((level, i) => [quarter(i + 1), level] as const);

/** Certified consultants from 8 to 40, planned 16, 24, 32 and 40 at the quarters' ends. */
const growing = (): ProgressPlan =>
  planOf({
    id: 'consultants',
    aggregation: 'last',
    baseline: 8,
    target: 40,
    steps: quarters([16, 24, 32, 40]),
  });

/** Held at 100 all year, from 98 at the start. */
const held = (): ProgressPlan =>
  planOf({
    id: 'uptime',
    aggregation: 'last',
    direction: 'maintain',
    baseline: 98,
    target: 100,
    steps: quarters([100, 100, 100, 100]),
  });

const evaluate = (
  plan: ProgressPlan,
  actuals: Parameters<typeof actualsOf>[0],
  asOf: string,
  options: Partial<EvaluateProgressOptions> = {},
) => evaluateProgress(plan, actualsOf(actuals), calendarYear, { asOf, ...options });

describe('evaluateProgress', () => {
  it('says nothing when the level is on its plan', () => {
    expect(evaluate(growing(), [[quarter(1), 16]], '2027-03-31').findings).toEqual([]);
    expect(evaluate(held(), [[quarter(1), 100]], '2027-03-31').findings).toEqual([]);
  });

  it('reads the level that refers to the latest day by the as-of date, not one recorded ahead', () => {
    // Q3's level is recorded already, but as of 2027-04-15 Q1's is the latest one that has begun.
    const ahead = evaluate(
      growing(),
      [
        [quarter(1), 15],
        [quarter(3), 30],
      ],
      '2027-04-15',
    );
    expect([ahead.measuredAt, json(ahead.actualToDate)]).toEqual(['2027-03-31', '15']);
    // Listed out of order, Q2's level (later) is read rather than Q1's.
    const unordered = evaluate(
      growing(),
      [
        [quarter(2), 22],
        [quarter(1), 15],
      ],
      '2027-07-15',
    );
    expect([unordered.measuredAt, json(unordered.actualToDate)]).toEqual(['2027-06-30', '22']);
    // Of two levels for the same period, the later in the list counts.
    const twice = evaluate(
      growing(),
      [
        [quarter(1), 15],
        [quarter(1), 17],
      ],
      '2027-04-15',
    );
    expect(json(twice.actualToDate)).toBe('17');
  });

  it('says a plan without steps runs in a straight line', () => {
    const plan = planOf({
      id: 'consultants',
      aggregation: 'last',
      baseline: 0,
      target: 40,
      steps: [],
    });
    expect(json(evaluate(plan, [[quarter(1), 10]], '2027-04-01').findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "plan-without-steps",
          "evidence": [],
          "message": "The plan has no steps: the level is expected to move in a straight line from the baseline to the target.",
          "params": {
            "objective": "consultants",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "consultants",
              "kind": "objective",
            },
          ],
        },
      ]
    `);
  });

  it('says no level has been recorded for the completed periods, as a warning with no level at all', () => {
    expect(json(evaluate(growing(), [], '2027-07-01').findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "actuals-missing",
          "evidence": [
            {
              "label": "Period without an actual",
              "path": [
                "plan",
                "steps",
                0,
                "period",
              ],
              "value": "FY2027-Q1",
            },
            {
              "label": "Period without an actual",
              "path": [
                "plan",
                "steps",
                1,
                "period",
              ],
              "value": "FY2027-Q2",
            },
          ],
          "message": "No pace: no level has been recorded for FY2027-Q1, FY2027-Q2.",
          "params": {
            "count": 2,
            "objective": "consultants",
            "periods": "FY2027-Q1, FY2027-Q2",
          },
          "severity": "warning",
          "subjects": [
            {
              "id": "consultants",
              "kind": "objective",
            },
            {
              "id": "FY2027-Q1",
              "kind": "period",
            },
            {
              "id": "FY2027-Q2",
              "kind": "period",
            },
          ],
        },
      ]
    `);
  });

  it('reads an older level when the latest periods have none, and says so', () => {
    const p = evaluate(growing(), [[quarter(1), 15]], '2027-07-01');
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "actuals-missing",
          "evidence": [
            {
              "label": "Period without an actual",
              "path": [
                "plan",
                "steps",
                1,
                "period",
              ],
              "value": "FY2027-Q2",
            },
          ],
          "message": "No level was recorded for FY2027-Q2; the latest level, 15 for FY2027-Q1, is read instead.",
          "params": {
            "count": 1,
            "objective": "consultants",
            "periods": "FY2027-Q2",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "consultants",
              "kind": "objective",
            },
            {
              "id": "FY2027-Q2",
              "kind": "period",
            },
          ],
        },
      ]
    `);
    expect(p.status.status).not.toBe('unknown');
  });

  it('says no level has come yet only once the horizon has started, and only without a missing one', () => {
    const before = evaluate(growing(), [], '2026-12-15');
    const started = evaluate(growing(), [], '2027-02-01');
    expect([codesOf(before), codesOf(started)]).toEqual([[], ['no-actual-yet']]);
    expect(json(started.findings[0])).toMatchObject({ code: 'no-actual-yet', severity: 'info' });
    expect(started.status.rule).toBe('No pace: no level has been recorded yet.');
  });

  it('says when the target equals the baseline', () => {
    const flat = planOf({
      id: 'consultants',
      aggregation: 'last',
      baseline: 10,
      target: 10,
      steps: quarters([12, 14, 12, 10]),
    });
    expect(json(evaluate(flat, [[quarter(1), 12]], '2027-03-31').findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "target-equals-baseline",
          "evidence": [],
          "message": "No progress: the target equals the baseline.",
          "params": {
            "objective": "consultants",
            "target": "10",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "consultants",
              "kind": "objective",
            },
          ],
        },
      ]
    `);
  });

  it('says when the plan expected no movement yet, with the level', () => {
    const plan = planOf({
      id: 'consultants',
      aggregation: 'last',
      baseline: 10,
      target: 20,
      steps: quarters([10, 20, 20, 20]),
    });
    const p = evaluate(plan, [[quarter(1), 12]], '2027-03-31');
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "nothing-expected-to-date",
          "evidence": [],
          "message": "No pace: the plan expected no movement from the baseline yet.",
          "params": {
            "level": "12",
            "objective": "consultants",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "consultants",
              "kind": "objective",
            },
          ],
        },
      ]
    `);
    expect(p.status.rule).toBe('No pace: the plan expected no movement from the baseline yet.');
  });

  it('gives a maintained level’s periods the attainment of the maintained band', () => {
    // 98 is within ±5 % of 100: attainment 1; 90 is 10 % off: 1 − 0.1 = 0.9.
    const p = evaluate(
      held(),
      [
        [quarter(1), 98],
        [quarter(2), 90],
      ],
      '2027-06-30',
    );
    expect(json(p.periods.map((period) => period.attainment))).toEqual(['1', '0.9', null, null]);
  });

  it('counts a stock that reached its target early as achieved, but not a maintained level', () => {
    expect(evaluate(growing(), [[quarter(2), 40]], '2027-06-30').status.status).toBe('achieved');
    expect(evaluate(held(), [[quarter(2), 100]], '2027-06-30').status.status).toBe('on-track');
  });

  it('expects the plan’s mean to date of an average that has no value yet', () => {
    // Utilization from 0.5 to 0.8, by the quarters' means; nothing recorded by 2027-02-01, so
    // the plan's level on that day is read: on the line from 0.5 (2026-12-31) to 0.6 (2027-03-31),
    // 32 of 90 days on: 0.5 + 0.1 × 32/90.
    const plan = planOf({
      aggregation: 'average',
      baseline: '0.5',
      target: '0.8',
      steps: [
        [quarter(1), '0.6'],
        [quarter(2), '0.7'],
        [quarter(3), '0.75'],
        [quarter(4), '0.8'],
      ],
    });
    const p = evaluate(plan, [], '2027-02-01');
    expect(p.expectedToDate.toFixed(6)).toBe('0.535556');
  });

  it('reaches for the last step’s level when the steps cover the horizon', () => {
    // The steps end at 38 on 2027-12-31, the objective says 40: the plan's own end is 38.
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 38]),
    });
    const p = evaluate(plan, [[quarter(2), 24]], '2027-06-30');
    expect(json([p.requiredRate.toReach, p.requiredRate.needed])).toEqual(['38', '14']);
  });
});

// The table of a plan's periods as of a date: each row whole, steps partly or wholly outside the
// horizon, two actuals for one period, and long lists of periods in findings.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { actualsOf, json, month, planOf, quarter } from './fixtures.js';

describe('evaluateProgress', () => {
  it('writes each period’s row with its days, plan, actual and attainment', () => {
    const plan = planOf({
      target: 20,
      steps: [
        [quarter(1), 10],
        [quarter(2), 10],
      ],
    });
    const p = evaluateProgress(plan, actualsOf([[quarter(1), 8]]), calendarYear, {
      asOf: '2027-04-10',
    });
    expect(json(p.periods)).toEqual([
      {
        period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 1 },
        key: 'FY2027-Q1',
        state: 'completed',
        elapsedDays: 90,
        totalDays: 90,
        target: '10',
        planned: '10',
        actual: '8',
        attainment: '0.8',
      },
      {
        period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 2 },
        key: 'FY2027-Q2',
        state: 'current',
        elapsedDays: 10,
        totalDays: 91,
        target: '10',
        planned: '10',
        actual: null,
        attainment: null,
      },
    ]);
  });

  it('counts only the days inside the horizon of a step that crosses its start, and all of a step outside it', () => {
    // The horizon starts on 2027-02-01: Q1 counts February and March (59 days); Q4 of 2026 lies
    // wholly before it and keeps its 92 days.
    const base = planOf({
      target: 20,
      steps: [
        [quarter(4, 2026), 5],
        [quarter(1), 10],
      ],
    });
    const plan = {
      ...base,
      objective: { ...base.objective, horizon: { start: '2027-02-01', end: '2027-12-31' } },
    };
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2027-03-01' });
    expect(p.periods.map((row) => [row.key, row.state, row.elapsedDays, row.totalDays])).toEqual([
      ['FY2026-Q4', 'completed', 92, 92],
      ['FY2027-Q1', 'current', 29, 59],
    ]);
  });

  it('counts the one day of a step that ends on the horizon’s first day', () => {
    const base = planOf({
      target: 20,
      steps: [
        [quarter(4, 2026), 5],
        [quarter(1), 10],
      ],
    });
    const plan = {
      ...base,
      objective: { ...base.objective, horizon: { start: '2026-12-31', end: '2027-12-31' } },
    };
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2027-01-10' });
    expect(p.periods.map((row) => [row.key, row.state, row.elapsedDays, row.totalDays])).toEqual([
      ['FY2026-Q4', 'completed', 1, 1],
      ['FY2027-Q1', 'current', 10, 90],
    ]);
  });

  it('counts the one day of a step that starts on the horizon’s last day', () => {
    const base = planOf({
      target: 20,
      steps: [
        [quarter(3), 10],
        [quarter(4), 10],
      ],
    });
    const plan = {
      ...base,
      objective: { ...base.objective, horizon: { start: '2027-01-01', end: '2027-10-01' } },
    };
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2027-12-31' });
    expect(p.periods.map((row) => [row.key, row.state, row.elapsedDays, row.totalDays])).toEqual([
      ['FY2027-Q3', 'completed', 92, 92],
      ['FY2027-Q4', 'completed', 1, 1],
    ]);
  });

  it('keeps all of a step after the horizon, and reads no actual for a period not begun', () => {
    // The horizon ends on 2027-09-30; Q4 lies after it. As of 2027-08-15 Q4 has not begun, so the
    // actual recorded for it is not read.
    const base = planOf({
      target: 20,
      steps: [
        [quarter(3), 10],
        [quarter(4), 10],
      ],
    });
    const plan = {
      ...base,
      objective: { ...base.objective, horizon: { start: '2027-01-01', end: '2027-09-30' } },
    };
    const p = evaluateProgress(plan, actualsOf([[quarter(4), 3]]), calendarYear, {
      asOf: '2027-08-15',
    });
    expect(
      json(
        p.periods.map((row) => [row.key, row.state, row.elapsedDays, row.totalDays, row.actual]),
      ),
    ).toEqual([
      ['FY2027-Q3', 'current', 46, 92, null],
      ['FY2027-Q4', 'future', 0, 92, null],
    ]);
  });

  it('counts the later of two actuals for one period, and says so', () => {
    const plan = planOf({ id: 'deals', target: 10, steps: [[quarter(1), 10]] });
    const p = evaluateProgress(
      plan,
      actualsOf([
        [quarter(1), 7],
        [quarter(1), 9],
      ]),
      calendarYear,
      { asOf: '2027-03-31' },
    );
    expect(json(p.actualToDate)).toBe('9');
    expect(json(p.findings)).toMatchInlineSnapshot(`
      [
        {
          "code": "actual-duplicate",
          "evidence": [
            {
              "label": "Actual not counted",
              "path": [
                "actuals",
                0,
              ],
              "value": "7",
            },
            {
              "label": "Actual counted",
              "path": [
                "actuals",
                1,
              ],
              "value": "9",
            },
          ],
          "message": "Two actuals for FY2027-Q1 (7 and 9): the later, 9, counts.",
          "params": {
            "counted": "9",
            "ignored": "7",
            "objective": "deals",
            "period": "FY2027-Q1",
          },
          "severity": "info",
          "subjects": [
            {
              "id": "deals",
              "kind": "objective",
            },
            {
              "id": "FY2027-Q1",
              "kind": "period",
            },
          ],
        },
      ]
    `);
  });

  it('names twelve periods in a finding, then counts the others', () => {
    const plan = planOf({ target: 10, steps: [[quarter(1), 10]] });
    const messageFor = (count: number) => {
      const actuals = Array.from({ length: count }, (_, i) =>
        i < 12 ? month(i + 1) : month(i - 11, 2028),
      ).map((period) => [period, 1] as const);
      const p = evaluateProgress(plan, actualsOf(actuals), calendarYear, { asOf: '2027-03-31' });
      return p.findings[0]?.params['periods'];
    };
    expect([messageFor(12), messageFor(13)]).toMatchInlineSnapshot(`
      [
        "FY2027-M01, FY2027-M02, FY2027-M03, FY2027-M04, FY2027-M05, FY2027-M06, FY2027-M07, FY2027-M08, FY2027-M09, FY2027-M10, FY2027-M11, FY2027-M12",
        "FY2027-M01, FY2027-M02, FY2027-M03, FY2027-M04, FY2027-M05, FY2027-M06, FY2027-M07, FY2027-M08, FY2027-M09, FY2027-M10, FY2027-M11, FY2027-M12 and 1 more",
      ]
    `);
  });
});

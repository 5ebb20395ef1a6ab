import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  cascade,
  departureFromStep,
  parsePartnership,
  samples,
  ValidationError,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { julyFy, metric, objective } from './fixtures.js';

// 48 deals in calendar 2027: running totals 4, 8, … 48, so 4 a month and 12 a quarter.
const deals = cascade(
  {
    ...objective('sum', '0', '48', '2027-01-01', '2027-12-31'),
    metric: metric('sum', { kind: 'count' }),
  },
  calendarYear,
  { granularity: 'month' },
);
// 8 → 40 certified consultants by quarter: checkpoints 16, 24, 32, 40.
const consultants = cascade(
  {
    ...objective('last', '8', '40', '2027-01-01', '2027-12-31'),
    metric: metric('last', { kind: 'count' }),
  },
  calendarYear,
  { granularity: 'quarter' },
);
const assigned = { status: 'assigned', assignedBy: 'vendor' } as const;

const summary = (goal: Parameters<typeof departureFromStep>[1], plan = deals) => {
  const result = departureFromStep(plan, goal);
  return [result.goal, result.step, result.departure, result.percent].map(
    (v) => v?.toString() ?? null,
  );
};

describe('departureFromStep', () => {
  it('measures a quarterly goal assigned above three monthly steps, in units and percent', () => {
    // Q1: 4 + 4 + 4 = 12 on the path; a goal of 15 is 3 above, 3/12 = 25 % above.
    expect(
      summary({ objective: 'objective', period: 'FY2027-Q1', target: '15', provenance: assigned }),
    ).toEqual(['15', '12', '3', '25']);
    // A month's goal of 3 against its step of 4: 1 below, 25 % below.
    expect(summary({ period: 'FY2027-M05', target: '3' })).toEqual(['3', '4', '-1', '-25']);
  });

  it("compares a stock's goal with the checkpoint at its period's end", () => {
    // Q2 checkpoint 24; a goal of 21 is 3 below: -12.5 %.
    expect(summary({ period: 'FY2027-Q2', target: '21' }, consultants)).toEqual([
      '21',
      '24',
      '-3',
      '-12.5',
    ]);
    expect(summary({ period: 'FY2027', target: '40' }, consultants)).toEqual([
      '40',
      '40',
      '0',
      '0',
    ]);
  });

  it('gives no percentage against a step of 0', () => {
    const none = cascade(
      {
        ...objective('sum', '0', '0', '2027-01-01', '2027-12-31'),
        metric: metric('sum', { kind: 'count' }),
      },
      calendarYear,
      { granularity: 'quarter' },
    );
    expect(summary({ period: 'FY2027-Q1', target: '2' }, none)).toEqual(['2', '0', '2', null]);
  });

  it("takes a parsed partnership's goals as they are, their periods on its calendar", () => {
    const partnership = parsePartnership(samples.northwindAdvisory);
    const [objective] = partnership.charter.objectives;
    if (objective === undefined) throw new Error('the sample has objectives');
    const plan = cascade(objective, partnership.calendar);
    const goals = partnership.goals.filter((goal) => goal.objective === objective.id);
    expect(goals.length).toBeGreaterThan(0);
    for (const goal of goals) {
      const result = departureFromStep(plan, deepFreeze(goal));
      expect(result.departure.toString()).toBe(result.goal.minus(result.step).toString());
      expect(result.period).toEqual(goal.period);
    }
  });

  it('refuses a goal of another objective, calendar or granularity, with paths under goal', () => {
    const codes = (goal: unknown) => {
      try {
        departureFromStep(deals, goal as never);
      } catch (error) {
        if (error instanceof ValidationError)
          return error.issues.map((i) => [i.code, i.path.join('.')]);
        throw error;
      }
      return [];
    };
    expect(codes({ objective: 'arr', period: 'FY2027-Q1', target: '1' })).toEqual([
      ['invalid-reference', 'goal.objective'],
    ]);
    expect(
      codes({
        period: { calendar: julyFy.id, granularity: 'quarter', year: 2027, index: 1 },
        target: '1',
      }),
    ).toEqual([['calendar-mismatch', 'goal.period']]);
    expect(
      codes({
        period: { calendar: '', granularity: 'quarter', year: 2027, index: 1 },
        target: '1',
      }),
    ).toEqual([['calendar-mismatch', 'goal.period']]);
    expect(codes({ period: 'FY2027-Q1', target: '1.5' })).toEqual([['too-precise', 'goal.target']]);
    expect(codes({ period: 'FY2029-Q1', target: '1' })).toEqual([
      ['outside-horizon', 'goal.period'],
    ]);
    expect(
      codes({ period: 'FY2027-Q1', target: '1', provenance: { status: 'agreed' } })[0]?.[1],
    ).toMatch(/^goal\.provenance/);
    expect(codes({ period: 'FY2027-Q1', target: '1', owner: 'vendor' })).toEqual([
      ['unknown-field', 'goal.owner'],
    ]);
    expect(codes(null)).toEqual([['invalid-type', 'goal']]);
    expect(() =>
      departureFromStep(deals, {
        period: { calendar: '', granularity: 'quarter', year: 2027, index: 1 },
        target: '1',
      } as never),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot compare the goal with the cascade: 1 issue
        - goal.period: The period FY2027-Q1 names no calendar, so it cannot be told from a period of another calendar (received ""; expected a period of the calendar "calendar", or its key such as "FY2027-Q1")]
    `);
  });
});

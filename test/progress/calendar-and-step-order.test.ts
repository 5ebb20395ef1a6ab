// The calendar argument's refusal in evaluateProgress's own words, and the order of the periods
// whatever the order of the steps.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress, type FiscalCalendar } from '../../src/index.js';
import { errorMessage, planOf, quarter } from './fixtures.js';

describe('evaluateProgress', () => {
  it('refuses a calendar that is not one under its own summary, naming the field', () => {
    const calendar = { kind: 'month-based', id: 'x', startMonth: 13 } as FiscalCalendar;
    const plan = planOf({ target: 1, steps: [] });
    expect(
      errorMessage(() => evaluateProgress(plan, [], calendar, { asOf: '2027-01-01' })),
    ).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - calendar.startMonth: Above the maximum of 12 (received 13; expected a whole number from 1 to 12)"
    `);
  });

  it('lists the periods by their first day, the longer first, whatever the order of the steps', () => {
    const year = { calendar: 'calendar', granularity: 'year', year: 2027, index: 1 } as const;
    const plan = planOf({
      target: 40,
      steps: [
        [quarter(3), 10],
        [quarter(1), 10],
        [year, 40],
        [quarter(2), 10],
      ],
    });
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2027-01-01' });
    expect(p.periods.map((row) => row.key)).toEqual([
      'FY2027',
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
    ]);
  });
});

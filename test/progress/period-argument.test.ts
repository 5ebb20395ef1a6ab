// How the progress functions read a period argument (a step's or an actual's): a key or a period
// value of the plan's calendar, and what each refusal says, with its path.
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  evaluateProgress,
  type FiscalCalendar,
  isValidationError,
  nrfRetail,
} from '../../src/index.js';
import { d, json, planOf, quarter } from './fixtures.js';

/** The first issue evaluateProgress gives for a plan whose one step has this period, or 'accepted'. */
function stepPeriod(period: unknown, calendar: FiscalCalendar = calendarYear): unknown {
  const plan = planOf({ target: 1, steps: [] });
  try {
    evaluateProgress(
      { ...plan, steps: [{ period: period as never, target: d(1) }] },
      [],
      calendar,
      { asOf: '2027-06-30' },
    );
  } catch (error) {
    if (isValidationError(error)) return json(error.issues[0]);
    return `not a ValidationError: ${String(error)}`;
  }
  return 'accepted';
}

const period = (fields: Record<string, unknown>) => ({ ...quarter(1), ...fields });

describe('evaluateProgress', () => {
  it('reads a key on the calendar, and repaths what the key parser says', () => {
    expect([stepPeriod('FY2027-Q2'), stepPeriod('FY2027-Q5')]).toMatchInlineSnapshot(`
      [
        "accepted",
        {
          "code": "invalid-period-key",
          "expected": "a key such as FY2027, FY2027-H1, FY2027-Q3, FY2027-M07 or FY2027-W14 (weeks two digits, on week-based calendars only)",
          "label": "Plan › Step 1 › Period",
          "message": "Not a period key",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
          ],
          "received": ""FY2027-Q5"",
        },
      ]
    `);
  });

  it('refuses what is neither a key nor a period value', () => {
    expect([stepPeriod(7), stepPeriod(null)]).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a period key such as "FY2027-Q3", or a period of the plan’s calendar",
          "label": "Plan › Step 1 › Period",
          "message": "Expected a period key such as "FY2027-Q3", or a period of the plan’s calendar, received a number",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
          ],
          "received": "7",
        },
        {
          "code": "invalid-type",
          "expected": "a period key such as "FY2027-Q3", or a period of the plan’s calendar",
          "label": "Plan › Step 1 › Period",
          "message": "Expected a period key such as "FY2027-Q3", or a period of the plan’s calendar, received null",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
          ],
          "received": "null",
        },
      ]
    `);
  });

  it('refuses a period of another calendar, naming it by its key when it has one', () => {
    expect([
      stepPeriod(period({ calendar: 'fy-jul' })),
      stepPeriod(period({ calendar: 3 })),
      stepPeriod(period({ calendar: 'fy-jul', granularity: 'day' })),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "calendar-mismatch",
          "expected": "a period of calendar "calendar", or its key",
          "label": "Plan › Step 1 › Period › Calendar",
          "message": "Period FY2027-Q1 of calendar "fy-jul", not of "calendar": periods of different calendars cover different days and are never matched by their keys",
          "params": {
            "calendar": "calendar",
            "received": "fy-jul",
          },
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "calendar",
          ],
          "received": ""fy-jul"",
        },
        {
          "code": "invalid-type",
          "expected": "the id of the period’s calendar",
          "label": "Plan › Step 1 › Period › Calendar",
          "message": "Expected the id of the period’s calendar, received a number",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "calendar",
          ],
          "received": "3",
        },
        {
          "code": "calendar-mismatch",
          "expected": "a period of calendar "calendar", or its key",
          "label": "Plan › Step 1 › Period › Calendar",
          "message": "A period of calendar "fy-jul", not of "calendar": periods of different calendars cover different days and are never matched by their keys",
          "params": {
            "calendar": "calendar",
            "received": "fy-jul",
          },
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "calendar",
          ],
          "received": ""fy-jul"",
        },
      ]
    `);
  });

  it('cuts a long calendar id to 40 characters in the params', () => {
    const id = `${'c'.repeat(40)}${'d'.repeat(20)}`;
    expect(stepPeriod(period({ calendar: id }))).toMatchObject({
      code: 'calendar-mismatch',
      params: { calendar: 'calendar', received: 'c'.repeat(40) },
    });
  });

  it('takes a period without a calendar id (a key parsed alone) as the calendar’s', () => {
    expect(stepPeriod(period({ calendar: '' }))).toBe('accepted');
  });

  it('writes the key of another calendar’s period only when its fields make one', () => {
    // Years 0 to 9999 and indices 1 to 53 make a key; anything else reads "A period".
    const message = (fields: Record<string, unknown>) => {
      const issue = stepPeriod(period({ calendar: 'fy-jul', ...fields })) as { message: string };
      return issue.message.split(' of calendar')[0];
    };
    expect([
      message({ year: 0 }),
      message({ year: -1 }),
      message({ year: 9999 }),
      message({ year: 10_000 }),
      message({ year: 2027.5 }),
      message({ granularity: 'week', index: 53 }),
      message({ granularity: 'week', index: 54 }),
      message({ index: 1 }),
      message({ index: 0 }),
      message({ index: 1.5 }),
      message({ granularity: 4 }),
    ]).toEqual([
      'Period FY0000-Q1',
      'A period',
      'Period FY9999-Q1',
      'A period',
      'A period',
      'Period FY2027-W53',
      'A period',
      'Period FY2027-Q1',
      'A period',
      'A period',
      'A period',
    ]);
  });

  it('refuses an unknown granularity and a year outside 1900 to 2200', () => {
    expect([
      stepPeriod(period({ granularity: 'day' })),
      stepPeriod(period({ year: '2027' })),
      stepPeriod(period({ year: 1899 })),
      stepPeriod(period({ year: 2201 })),
      stepPeriod(period({ year: 2027.5 })),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-value",
          "expected": ""year", "half", "quarter", "month" or "week"",
          "label": "Plan › Step 1 › Period › Granularity",
          "message": "Not one of the accepted values",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "granularity",
          ],
          "received": ""day"",
        },
        {
          "code": "invalid-type",
          "expected": "a fiscal year such as 2027",
          "label": "Plan › Step 1 › Period › Year",
          "message": "Expected a fiscal year such as 2027, received a string",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "year",
          ],
          "received": ""2027"",
        },
        {
          "code": "invalid-value",
          "expected": "a whole number from 1900 to 2200",
          "label": "Plan › Step 1 › Period › Year",
          "message": "Fiscal year out of range",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "year",
          ],
          "received": "1899",
        },
        {
          "code": "invalid-value",
          "expected": "a whole number from 1900 to 2200",
          "label": "Plan › Step 1 › Period › Year",
          "message": "Fiscal year out of range",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "year",
          ],
          "received": "2201",
        },
        {
          "code": "invalid-value",
          "expected": "a whole number from 1900 to 2200",
          "label": "Plan › Step 1 › Period › Year",
          "message": "Fiscal year out of range",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "year",
          ],
          "received": "2027.5",
        },
      ]
    `);
  });

  it('accepts the first and the last fiscal year of the library', () => {
    expect([stepPeriod(period({ year: 1900 })), stepPeriod(period({ year: 2200 }))]).toEqual([
      'accepted',
      'accepted',
    ]);
  });

  it('refuses weeks on a month-based calendar, and takes them on a week-based one', () => {
    const week = { calendar: nrfRetail.id, granularity: 'week', year: 2027, index: 1 };
    expect([
      stepPeriod({ ...week, calendar: 'calendar' }),
      stepPeriod(week, nrfRetail),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "unsupported-granularity",
          "expected": ""year", "half", "quarter" or "month"",
          "label": "Plan › Step 1 › Period › Granularity",
          "message": "Weeks need a week-based calendar; "calendar" is month-based",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "granularity",
          ],
          "received": ""week"",
        },
        "accepted",
      ]
    `);
  });

  it('refuses an index its year does not have, or that is not a whole number', () => {
    expect([
      stepPeriod(period({ index: 0 })),
      stepPeriod(period({ index: 5 })),
      stepPeriod(period({ index: 1.5 })),
      stepPeriod(period({ index: '1' })),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "period-not-on-calendar",
          "expected": "a whole number from 1 to 4",
          "label": "Plan › Step 1 › Period › Index",
          "message": "Fiscal 2027 of calendar "calendar" has no quarter 0",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "index",
          ],
          "received": "0",
        },
        {
          "code": "period-not-on-calendar",
          "expected": "a whole number from 1 to 4",
          "label": "Plan › Step 1 › Period › Index",
          "message": "Fiscal 2027 of calendar "calendar" has no quarter 5",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "index",
          ],
          "received": "5",
        },
        {
          "code": "period-not-on-calendar",
          "expected": "a whole number from 1 to 4",
          "label": "Plan › Step 1 › Period › Index",
          "message": "Fiscal 2027 of calendar "calendar" has no quarter 1.5",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "index",
          ],
          "received": "1.5",
        },
        {
          "code": "invalid-type",
          "expected": "a whole number from 1 to 4",
          "label": "Plan › Step 1 › Period › Index",
          "message": "Expected a period index",
          "params": {},
          "path": [
            "plan",
            "steps",
            0,
            "period",
            "index",
          ],
          "received": ""1"",
        },
      ]
    `);
    expect([stepPeriod(period({ index: 1 })), stepPeriod(period({ index: 4 }))]).toEqual([
      'accepted',
      'accepted',
    ]);
  });
});

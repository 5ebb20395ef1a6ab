import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  comparePeriods,
  formatPeriodKey,
  nrfRetail,
  periodStart,
} from '../../src/index.js';
import { refusal } from './refusal.js';

const anyValue = (value: unknown) => value as never;
const q3 = () => ({ calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 }) as const;
const fyJul = () => ({ kind: 'month-based', id: 'fy-jul', startMonth: 7 }) as const;
const retail = () => ({ ...nrfRetail, yearEnd: { ...nrfRetail.yearEnd } });
/** The issues of periodStart refusing a calendar: every calendar function checks it alike. */
const calendarIssues = (calendar: unknown) =>
  refusal(() => periodStart(anyValue(calendar), 'FY2027')).issues ?? [];

describe('a month-based calendar argument', () => {
  it('is refused with an unknown field, the field named in full and its name cut at 40 characters', () => {
    const key = `startMonthOf${'x'.repeat(40)}`; // 52 characters
    expect(calendarIssues({ ...fyJul(), [key]: 7 })).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown-field",
          "expected": "only kind, id, startMonth, yearNaming",
          "label": "Calendar › Start month ofxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
          "message": "Unknown field "startMonthOfxxxxxxxxxxxxxxxxxxxxxxxxxxxx"",
          "params": {},
          "path": [
            "calendar",
            "startMonthOfxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
          ],
          "received": "7",
        },
      ]
    `);
  });

  it('is refused with a year naming that is not one', () => {
    expect(calendarIssues({ ...fyJul(), yearNaming: 'middle' })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-value",
          "expected": ""end-year" or "start-year"",
          "label": "Calendar › Year naming",
          "message": "Not one of the accepted values",
          "params": {},
          "path": [
            "calendar",
            "yearNaming",
          ],
          "received": ""middle"",
        },
      ]
    `);
  });

  it('is accepted with either year naming, or none', () => {
    for (const yearNaming of ['end-year', 'start-year', undefined]) {
      expect(periodStart({ ...fyJul(), yearNaming } as never, 'FY2027')).toMatch(/^20\d\d-07-01$/);
    }
  });

  it('is refused without an id, with an id that is not a string, and with an empty id', () => {
    const { id: _, ...withoutId } = fyJul();
    expect(calendarIssues(withoutId)).toMatchInlineSnapshot(`
      [
        {
          "code": "required",
          "expected": "a non-empty string such as "fy-jul"",
          "label": "Calendar › Id",
          "message": "Expected a calendar id, received nothing",
          "params": {},
          "path": [
            "calendar",
            "id",
          ],
          "received": "undefined",
        },
      ]
    `);
    expect(calendarIssues({ ...fyJul(), id: 7 })).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "expected": "a non-empty string such as "fy-jul"",
          "label": "Calendar › Id",
          "message": "Expected a calendar id, received a number",
          "params": {},
          "path": [
            "calendar",
            "id",
          ],
          "received": "7",
        },
      ]
    `);
    expect(calendarIssues({ ...fyJul(), id: '' })).toMatchInlineSnapshot(`
      [
        {
          "code": "too-small",
          "expected": "a non-empty string such as "fy-jul"",
          "label": "Calendar › Id",
          "message": "The calendar id is empty",
          "params": {},
          "path": [
            "calendar",
            "id",
          ],
          "received": """",
        },
      ]
    `);
  });
});

describe('a week-based calendar argument', () => {
  it('is refused without a year end, or with one that is not an object', () => {
    const { yearEnd: _, ...withoutYearEnd } = retail();
    expect(calendarIssues(withoutYearEnd)).toMatchInlineSnapshot(`
      [
        {
          "code": "required",
          "expected": "the year end, such as { month: 1, weekday: "saturday", rule: "nearest" }",
          "label": "Calendar › Year end",
          "message": "Missing; expected the year end, such as { month: 1, weekday: "saturday", rule: "nearest" }",
          "params": {},
          "path": [
            "calendar",
            "yearEnd",
          ],
          "received": "undefined",
        },
      ]
    `);
    expect(calendarIssues({ ...retail(), yearEnd: 'january' })[0]).toMatchObject({
      code: 'invalid-type',
      path: ['calendar', 'yearEnd'],
    });
  });

  it('is refused with an unknown field in its year end', () => {
    expect(
      calendarIssues({ ...retail(), yearEnd: { ...retail().yearEnd, day: 31 } }),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown-field",
          "expected": "only month, weekday, rule",
          "label": "Calendar › Year end › Day",
          "message": "Unknown field "day"",
          "params": {},
          "path": [
            "calendar",
            "yearEnd",
            "day",
          ],
          "received": "31",
        },
      ]
    `);
  });

  it('names the weekday, the rule and the leap week when they are not accepted', () => {
    const paths = [
      calendarIssues({ ...retail(), yearEnd: { ...retail().yearEnd, weekday: 'sat' } }),
      calendarIssues({ ...retail(), yearEnd: { ...retail().yearEnd, rule: 'first' } }),
      calendarIssues({ ...retail(), leapWeek: 'first-period' }),
    ].map((issues) => [issues[0]?.code, issues[0]?.path.join('.'), issues[0]?.expected]);
    expect(paths).toMatchInlineSnapshot(`
      [
        [
          "invalid-value",
          "calendar.yearEnd.weekday",
          ""monday", "tuesday", "wednesday", "thursday", "friday", "saturday" or "sunday"",
        ],
        [
          "invalid-value",
          "calendar.yearEnd.rule",
          ""last" or "nearest"",
        ],
        [
          "invalid-value",
          "calendar.leapWeek",
          ""last-period" or "first-quarter"",
        ],
      ]
    `);
  });
});

describe('a period argument', () => {
  it('is refused when its calendar id is not a string', () => {
    expect(
      refusal(() => periodStart(calendarYear, anyValue({ ...q3(), calendar: 2027 }))),
    ).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to periodStart: 1 issue",
        "issues": [
          {
            "code": "invalid-type",
            "expected": "the id of the period calendar",
            "label": "Period › Calendar",
            "message": "Expected the id of the period calendar, received a number",
            "params": {},
            "path": [
              "period",
              "calendar",
            ],
            "received": "2027",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('is refused for a fiscal year outside 1900 to 2200 even where no calendar is given', () => {
    for (const year of [1899, 2201, 2027.5]) {
      const period = anyValue({ ...q3(), year });
      expect(refusal(() => comparePeriods(period, q3()))).toEqual({
        name: 'FiscalYearOutOfRangeError',
        headline: `Fiscal year ${year} is out of range: accepted fiscal years are 1900 to 2200`,
      });
      expect(refusal(() => formatPeriodKey(period)).name).toBe('FiscalYearOutOfRangeError');
    }
  });

  it('is accepted at both ends of the fiscal years', () => {
    expect(formatPeriodKey({ ...q3(), year: 1900 })).toBe('FY1900-Q3');
    expect(formatPeriodKey({ ...q3(), year: 2200 })).toBe('FY2200-Q3');
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDays,
  addPeriods,
  calendarYear,
  childPeriods,
  compareDates,
  comparePeriods,
  daysBetween,
  elapsedShare,
  formatPeriodKey,
  fromDayNumber,
  nextPeriod,
  parentPeriod,
  periodDays,
  periodEnd,
  periodOf,
  periodStart,
  periodsBetween,
  periodsInYear,
  previousPeriod,
  toDayNumber,
} from '../../src/index.js';
import { refusal } from './refusal.js';

const anyValue = (value: unknown) => value as never;
const q3 = () => ({ calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 }) as const;
const noCalendar = () => anyValue({ kind: 'month-based', id: 'x' });

describe('the summary of a refusal', () => {
  it('names the function refused, for every checked calendar function', () => {
    const calls: ReadonlyArray<readonly [string, () => unknown]> = [
      ['addPeriods', () => addPeriods(noCalendar(), q3(), 1)],
      ['nextPeriod', () => nextPeriod(noCalendar(), q3())],
      ['previousPeriod', () => previousPeriod(noCalendar(), q3())],
      ['childPeriods', () => childPeriods(noCalendar(), q3(), 'month')],
      ['parentPeriod', () => parentPeriod(noCalendar(), q3(), 'year')],
      ['periodStart', () => periodStart(noCalendar(), q3())],
      ['periodEnd', () => periodEnd(noCalendar(), q3())],
      ['periodDays', () => periodDays(noCalendar(), q3())],
      ['periodOf', () => periodOf(noCalendar(), '2027-05-15', 'month')],
      ['periodsInYear', () => periodsInYear(noCalendar(), 2027, 'month')],
      ['periodsBetween', () => periodsBetween(noCalendar(), '2027-01-01', '2027-02-01', 'month')],
      ['elapsedShare', () => elapsedShare(noCalendar(), q3(), '2027-08-01')],
      ['comparePeriods', () => comparePeriods(anyValue(null), q3())],
      ['comparePeriods', () => comparePeriods(q3(), anyValue(null))],
      ['addDays', () => addDays('2027-13-01', 1)],
      ['daysBetween', () => daysBetween('2027-01-01', '2027-13-01')],
      ['compareDates', () => compareDates('2027-01-01', '2027-13-01')],
      ['toDayNumber', () => toDayNumber('2027-13-01')],
      ['fromDayNumber', () => fromDayNumber(0.5)],
    ];
    for (const [name, call] of calls) {
      expect(refusal(call).headline).toBe(`Invalid arguments to ${name}: 1 issue`);
    }
  });

  it('names the function when a date argument is not a date, as for every other argument', () => {
    const calls: ReadonlyArray<readonly [string, () => unknown]> = [
      ['periodOf', () => periodOf(calendarYear, '2027-02-30', 'month')],
      ['periodsBetween', () => periodsBetween(calendarYear, '2027-01-01', '2027-02-30', 'month')],
      ['elapsedShare', () => elapsedShare(calendarYear, q3(), '2027-02-30')],
    ];
    for (const [name, call] of calls) {
      expect(refusal(call).headline).toBe(`Invalid arguments to ${name}: 1 issue`);
    }
  });

  it('says a malformed period was given to formatPeriodKey', () => {
    expect(
      refusal(() => formatPeriodKey(anyValue({ ...q3(), index: '3' }))),
    ).toMatchInlineSnapshot(`
      {
        "headline": "Invalid period: 1 issue",
        "issues": [
          {
            "code": "invalid-type",
            "expected": "a period index such as 3",
            "label": "Period › Index",
            "message": "Expected a period index such as 3, received a string",
            "params": {},
            "path": [
              "period",
              "index",
            ],
            "received": ""3"",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });
});

describe('addPeriods', () => {
  it('refuses a fractional number of periods, naming n', () => {
    expect(refusal(() => addPeriods(calendarYear, q3(), 1.5))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid number of periods: 1 issue",
        "issues": [
          {
            "code": "not-an-integer",
            "expected": "a whole number of periods such as 3 or -1",
            "label": "N",
            "message": "Not an integer",
            "params": {},
            "path": [
              "n",
            ],
            "received": "1.5",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });
});

describe('comparePeriods', () => {
  it('names the first period when it is the malformed one', () => {
    expect(refusal(() => comparePeriods(anyValue('FY2027-Q3'), q3()))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to comparePeriods: 1 issue",
        "issues": [
          {
            "code": "invalid-type",
            "expected": "a period such as { calendar: "calendar", granularity: "quarter", year: 2027, index: 3 }",
            "label": "A",
            "message": "Expected a period such as { calendar: "calendar", granularity: "quarter", year: 2027, index: 3 }, received a string",
            "params": {},
            "path": [
              "a",
            ],
            "received": ""FY2027-Q3"",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });
});

describe('periodsBetween', () => {
  it('names the start when it is not a date', () => {
    expect(
      refusal(() => periodsBetween(calendarYear, '2027-02-30', '2027-03-01', 'month')),
    ).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to periodsBetween: 1 issue",
        "issues": [
          {
            "code": "invalid-date",
            "expected": "an ISO date such as "2027-03-31"",
            "label": "Start",
            "message": "Not a real calendar date in the form YYYY-MM-DD",
            "params": {},
            "path": [
              "start",
            ],
            "received": ""2027-02-30"",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('refuses an end before the start as a reversed range', () => {
    expect(
      refusal(() => periodsBetween(calendarYear, '2027-03-01', '2027-02-28', 'month')),
    ).toMatchInlineSnapshot(`
      {
        "headline": "Invalid date range: 1 issue",
        "issues": [
          {
            "code": "horizon-reversed",
            "expected": "a date on or after "2027-03-01"",
            "label": "End",
            "message": "The end is before the start",
            "params": {},
            "path": [
              "end",
            ],
            "received": ""2027-02-28"",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });
});

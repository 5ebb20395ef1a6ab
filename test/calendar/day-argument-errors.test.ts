/** Refusals of the day functions, pinned whole (the period functions: argument-errors.test.ts). */
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, fromDayNumber } from '../../src/index.js';
import { refusal } from './refusal.js';

const anyValue = (value: unknown) => value as never;

describe('addDays', () => {
  it('refuses days given as a string as a wrong type, not as a fraction', () => {
    expect(refusal(() => addDays('2027-01-01', anyValue('1')))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to addDays: 1 issue",
        "issues": [
          {
            "code": "invalid-type",
            "expected": "a whole number of days",
            "label": "Days",
            "message": "Expected a whole number of days, received a string",
            "params": {},
            "path": [
              "days",
            ],
            "received": ""1"",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('refuses a fractional number of days, naming days', () => {
    expect(refusal(() => addDays('2027-01-01', 0.5))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to addDays: 1 issue",
        "issues": [
          {
            "code": "not-an-integer",
            "expected": "a whole number of days such as 7 or -1",
            "label": "Days",
            "message": "Not a whole number of days",
            "params": {},
            "path": [
              "days",
            ],
            "received": "0.5",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('refuses a whole number of days too large to count exactly as not whole, not as too big', () => {
    // 2^53 is an integer but not a safe one: start + 2^53 would round, so it is not a day count.
    expect(refusal(() => addDays('2027-01-01', 2 ** 53)).issues).toMatchObject([
      { code: 'not-an-integer', path: ['days'] },
    ]);
  });
});

describe('daysBetween and compareDates', () => {
  it('name the argument that is not a date', () => {
    expect(refusal(() => daysBetween('2027-02-30', '2027-03-01'))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to daysBetween: 1 issue",
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
    expect(refusal(() => compareDates('2027-02-30', '2027-03-01'))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to compareDates: 1 issue",
        "issues": [
          {
            "code": "invalid-date",
            "expected": "an ISO date such as "2027-03-31"",
            "label": "A",
            "message": "Not a real calendar date in the form YYYY-MM-DD",
            "params": {},
            "path": [
              "a",
            ],
            "received": ""2027-02-30"",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });
});

describe('toDayNumber and fromDayNumber', () => {
  it('refuse a day before 0000-01-01 as too small, naming the accepted range', () => {
    expect(refusal(() => fromDayNumber(-719_529))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to fromDayNumber: 1 issue",
        "issues": [
          {
            "code": "too-small",
            "expected": "a whole day number from -719528 (0000-01-01) to 2932896 (9999-12-31)",
            "label": "Day",
            "message": "Outside the years 0000 to 9999",
            "params": {},
            "path": [
              "day",
            ],
            "received": "-719529",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('refuse a day after 9999-12-31 as too big', () => {
    expect(refusal(() => fromDayNumber(2_932_897)).issues).toMatchObject([
      { code: 'too-big', message: 'Outside the years 0000 to 9999' },
    ]);
  });

  it('refuse a fractional day as not whole', () => {
    expect(refusal(() => fromDayNumber(0.5)).issues).toMatchObject([
      { code: 'not-an-integer', message: 'Not a whole day number', path: ['day'] },
    ]);
  });
});

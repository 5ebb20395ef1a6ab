import { describe, expect, it } from 'vitest';
import { checkAsOf } from '../../src/calendar/check-as-of.js';
import { refusal } from './refusal.js';

const check = (value: unknown) => () => checkAsOf(value, 'Invalid options to review', 'review on');

describe('checkAsOf', () => {
  it('returns a real date written YYYY-MM-DD as it is', () => {
    expect(checkAsOf('2028-02-29', 'Invalid options', 'review on')).toBe('2028-02-29');
  });

  it('refuses a missing date, saying the library never reads a clock', () => {
    expect(refusal(check(undefined))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid options to review: 1 issue",
        "issues": [
          {
            "code": "required",
            "expected": "an ISO date such as "2026-11-27" (the date to review on; toIsoDate turns a Date into one)",
            "label": "Options › As of",
            "message": "Missing: the date to review on (the library never reads a clock)",
            "params": {},
            "path": [
              "options",
              "asOf",
            ],
            "received": "undefined",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('refuses a string that is not a real date', () => {
    expect(refusal(check('2027-02-29'))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid options to review: 1 issue",
        "issues": [
          {
            "code": "invalid-date",
            "expected": "an ISO date such as "2026-11-27" (the date to review on; toIsoDate turns a Date into one)",
            "label": "Options › As of",
            "message": "Not a real calendar date in the form YYYY-MM-DD",
            "params": {},
            "path": [
              "options",
              "asOf",
            ],
            "received": ""2027-02-29"",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('refuses a Date, pointing to toIsoDate', () => {
    expect(refusal(check(new Date(0)))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid options to review: 1 issue",
        "issues": [
          {
            "code": "invalid-type",
            "expected": "an ISO date such as "2026-11-27" (the date to review on; toIsoDate turns a Date into one)",
            "label": "Options › As of",
            "message": "Expected an ISO date, received a Date",
            "params": {},
            "path": [
              "options",
              "asOf",
            ],
            "received": "a Date",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { today, toIsoDate } from '../../src/index.js';
import { refusal } from './refusal.js';

const anyValue = (value: unknown) => value as never;
const brief = (call: () => unknown) => {
  const [issue] = refusal(call).issues ?? [];
  return [issue?.code, issue?.path.join('.'), issue?.received];
};

describe('toIsoDate', () => {
  it('refuses an invalid Date, naming the function and what it accepts', () => {
    expect(
      refusal(() => toIsoDate(new Date(Number.NaN), { timeZone: 'UTC' })),
    ).toMatchInlineSnapshot(`
        {
          "headline": "Invalid arguments to toIsoDate: 1 issue",
          "issues": [
            {
              "code": "invalid-date",
              "expected": "a valid Date",
              "label": "Date",
              "message": "An invalid Date",
              "params": {},
              "path": [
                "date",
              ],
              "received": "Invalid Date",
            },
          ],
          "name": "ValidationError",
        }
      `);
  });

  it('refuses a missing date as required', () => {
    expect(brief(() => toIsoDate(anyValue(undefined), { timeZone: 'UTC' }))).toEqual([
      'required',
      'date',
      'undefined',
    ]);
  });

  it('refuses missing options, saying why the time zone is needed', () => {
    expect(refusal(() => toIsoDate(new Date(0), anyValue(undefined)))).toMatchInlineSnapshot(`
      {
        "headline": "Invalid arguments to toIsoDate: 1 issue",
        "issues": [
          {
            "code": "required",
            "expected": "an IANA time zone such as "Europe/Berlin" or "UTC", or an offset such as "+05:30"",
            "label": "Options › Time zone",
            "message": "The time zone is required: the calendar day of an instant depends on it",
            "params": {},
            "path": [
              "options",
              "timeZone",
            ],
            "received": "nothing",
          },
        ],
        "name": "ValidationError",
      }
    `);
  });

  it('refuses a time zone that is not a string', () => {
    expect(
      refusal(() => toIsoDate(new Date(0), { timeZone: anyValue(60) })),
    ).toMatchInlineSnapshot(`
        {
          "headline": "Invalid arguments to toIsoDate: 1 issue",
          "issues": [
            {
              "code": "invalid-type",
              "expected": "an IANA time zone such as "Europe/Berlin" or "UTC", or an offset such as "+05:30"",
              "label": "Options › Time zone",
              "message": "Expected an IANA time zone such as "Europe/Berlin" or "UTC", or an offset such as "+05:30", received a number",
              "params": {},
              "path": [
                "options",
                "timeZone",
              ],
              "received": "60",
            },
          ],
          "name": "ValidationError",
        }
      `);
  });

  it('refuses an empty time zone and one too long to be a zone name', () => {
    expect(brief(() => toIsoDate(new Date(0), { timeZone: '' }))).toEqual([
      'invalid-value',
      'options.timeZone',
      '""',
    ]);
    const long = `Europe/${'Berlin'.repeat(20)}`;
    expect(brief(() => toIsoDate(new Date(0), { timeZone: long }))[0]).toBe('invalid-value');
  });
});

describe('today', () => {
  it('names itself when its time zone is refused', () => {
    expect(
      refusal(() => today(anyValue({ timeZone: 'Mars/Olympus_Mons' }))),
    ).toMatchInlineSnapshot(`
        {
          "headline": "Invalid arguments to today: 1 issue",
          "issues": [
            {
              "code": "invalid-value",
              "expected": "an IANA time zone such as "Europe/Berlin" or "UTC", or an offset such as "+05:30"",
              "label": "Options › Time zone",
              "message": "Unknown time zone",
              "params": {},
              "path": [
                "options",
                "timeZone",
              ],
              "received": ""Mars/Olympus_Mons"",
            },
          ],
          "name": "ValidationError",
        }
      `);
  });
});

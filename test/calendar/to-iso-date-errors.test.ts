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

describe('toIsoDate time zones', () => {
  // 20:00 UTC: 4 hours or more ahead is already the next day, anything less is still the 15th.
  const evening = () => new Date('2027-01-15T20:00:00Z');

  it('reads a UTC offset in each of its forms, to the minute', () => {
    const days = ['+0530', '+05', '+04:00', '+03:59', '-12:00', '+14:00'].map((timeZone) =>
      toIsoDate(evening(), { timeZone }),
    );
    expect(days).toEqual([
      '2027-01-16',
      '2027-01-16',
      '2027-01-16',
      '2027-01-15',
      '2027-01-15',
      '2027-01-16',
    ]);
  });

  it('refuses a name it does not know even when an offset is written in it', () => {
    for (const timeZone of ['Mars+05:00', 'Europe/Nowhere-11', ' +05:30', '+05:30 ', 'UTC+3']) {
      expect(brief(() => toIsoDate(evening(), { timeZone }))[0]).toBe('invalid-value');
    }
  });

  it('refuses an offset beyond 14 hours or 59 minutes, which no zone has', () => {
    // "+99:99" was once read as 99 hours and 99 minutes ahead: 2027-01-20.
    for (const timeZone of ['+99:99', '+15:00', '-15', '+05:60', '+5:30']) {
      expect(brief(() => toIsoDate(evening(), { timeZone }))[0]).toBe('invalid-value');
    }
  });
});

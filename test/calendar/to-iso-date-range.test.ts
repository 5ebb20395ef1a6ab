import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isIsoDate, toIsoDate } from '../../src/index.js';
import { issueOf } from '../issue-of.js';

const zones = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'America/St_Johns',
  'Australia/Lord_Howe',
  '+05:30',
  '-11:00',
];

/**
 * An independent reading of the day: the platform's own zone data, written by the en-CA locale
 * (YYYY-MM-DD); for a fixed offset, which Node 20's Intl does not take, the UTC day of the shifted
 * instant.
 */
function dayByPlatform(instant: Date, timeZone: string): string {
  const offset = /^([+-])(\d\d):(\d\d)$/.exec(timeZone);
  if (offset !== null) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 10);
  }
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

describe('toIsoDate at the edges of the years 0000 to 9999', () => {
  it('writes the first and the last day the library knows', () => {
    expect(toIsoDate(new Date('0000-01-01T00:00:00Z'), { timeZone: 'UTC' })).toBe('0000-01-01');
    expect(toIsoDate(new Date('0099-03-01T12:00:00Z'), { timeZone: 'UTC' })).toBe('0099-03-01');
    expect(toIsoDate(new Date('9999-12-31T23:59:59.999Z'), { timeZone: 'UTC' })).toBe('9999-12-31');
  });

  it('refuses an instant whose day in the zone is after 9999-12-31', () => {
    // Tokyo is UTC+9: 23:00 UTC on the last day is already 10000-01-01 there.
    expect(
      issueOf(() => toIsoDate(new Date('9999-12-31T23:00:00Z'), { timeZone: 'Asia/Tokyo' })),
    ).toMatchInlineSnapshot(`
      {
        "code": "too-big",
        "expected": "an instant whose date in the time zone lies from 0000-01-01 to 9999-12-31",
        "label": "Date",
        "message": "Its date in Asia/Tokyo is outside the years 0000 to 9999",
        "params": {},
        "path": [
          "date",
        ],
        "received": "9999-12-31T23:00:00.000Z",
      }
    `);
  });

  it('refuses an instant whose day in the zone is before 0000-01-01', () => {
    // New York then kept local mean time, UTC-4:56:02: 03:00 UTC is 22:03:58 on 31 December of year -1.
    expect(
      issueOf(() => toIsoDate(new Date('0000-01-01T03:00:00Z'), { timeZone: 'America/New_York' })),
    ).toMatchInlineSnapshot(`
      {
        "code": "too-small",
        "expected": "an instant whose date in the time zone lies from 0000-01-01 to 9999-12-31",
        "label": "Date",
        "message": "Its date in America/New_York is outside the years 0000 to 9999",
        "params": {},
        "path": [
          "date",
        ],
        "received": "0000-01-01T03:00:00.000Z",
      }
    `);
    expect(
      issueOf(() => toIsoDate(new Date('-000001-06-01T00:00:00Z'), { timeZone: 'UTC' }))?.code,
    ).toBe('too-small');
  });

  test.prop([
    fc.date({
      min: new Date('1000-01-02T00:00:00Z'),
      max: new Date('9999-12-30T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom(...zones),
  ])('gives the day the platform gives, in every zone', (instant, timeZone) => {
    const day = toIsoDate(instant, { timeZone });
    expect(isIsoDate(day)).toBe(true);
    expect(day).toBe(dayByPlatform(instant, timeZone));
  });

  test.prop([
    fc.date({
      min: new Date('-002000-01-01T00:00:00Z'),
      max: new Date('+012000-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom(...zones),
  ])(
    'returns a valid ISO date or refuses; never a year outside 0000 to 9999',
    (instant, timeZone) => {
      try {
        expect(isIsoDate(toIsoDate(instant, { timeZone }))).toBe(true);
      } catch {
        expect(['too-small', 'too-big']).toContain(
          issueOf(() => toIsoDate(instant, { timeZone }))?.code,
        );
      }
    },
  );
});

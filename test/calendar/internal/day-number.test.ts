import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  fromDayNumber,
  isRealIsoDate,
  toDayNumber,
  weekdayOfDay,
} from '../../../src/calendar/internal/day-number.js';

const anyDay = fc.integer({ min: -719_162, max: 2_932_896 }); // 0001-01-01 .. 9999-12-31

describe('dayFromCivil', () => {
  test.prop([anyDay])('agrees with Date.UTC on every day from year 1 to 9999', (day) => {
    const date = new Date(day * 86_400_000);
    expect(dayFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(
      day,
    );
  });
});

describe('civilFromDay', () => {
  test.prop([anyDay])('inverts dayFromCivil', (day) => {
    const [year, month, date] = civilFromDay(day);
    expect(dayFromCivil(year, month, date)).toBe(day);
  });
});

describe('weekdayOfDay', () => {
  test.prop([anyDay])('agrees with getUTCDay', (day) => {
    expect(weekdayOfDay(day)).toBe(new Date(day * 86_400_000).getUTCDay());
  });
});

describe('toDayNumber', () => {
  test.prop([fc.integer({ min: -354_285, max: 2_932_896 })])(
    'reads what fromDayNumber writes (years 1000 to 9999)',
    (day) => {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    },
  );
  it('reads the epoch as day 0', () => expect(toDayNumber('1970-01-01')).toBe(0));
  it('refuses dates that do not exist, naming what it accepts', () => {
    expect(() => toDayNumber('2027-02-29', 'start')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Invalid start: 1 issue
        - start: Not a real calendar date in the form YYYY-MM-DD (received "2027-02-29"; expected an ISO date such as "2027-03-31")]
    `);
  });
  it.each(['2027-13-01', '2027-00-10', '2027-01-00', '2027-1-1', '', '2027-04-31'])(
    'refuses %j',
    (value) => expect(() => toDayNumber(value)).toThrow(/Not a real calendar date/),
  );
});

describe('isRealIsoDate and daysInMonth', () => {
  it.each([
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2027-02-30', false],
    ['2027-2-3', false],
  ] as const)('judges %s real: %s', (value, real) => expect(isRealIsoDate(value)).toBe(real));
  it('counts 29 days in February of leap years only', () => {
    expect([daysInMonth(2028, 2), daysInMonth(2027, 2), daysInMonth(1900, 2)]).toEqual([
      29, 28, 28,
    ]);
  });
});

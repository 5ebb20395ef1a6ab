import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isValidationError,
  toDayNumber,
} from '../../src/index.js';

const anyDay = fc.integer({ min: -719_528, max: 2_932_896 }); // 0000-01-01 .. 9999-12-31
const code = (call: () => unknown): string | undefined => {
  try {
    call();
  } catch (error) {
    if (isValidationError(error))
      return `${error.issues[0]?.code} at ${error.issues[0]?.path.join('.')}`;
    throw error;
  }
  return undefined;
};

describe('toDayNumber and fromDayNumber', () => {
  test.prop([anyDay])('are inverse on every day from year 0 to 9999', (day) => {
    expect(toDayNumber(fromDayNumber(day))).toBe(day);
  });

  test.prop([fc.integer({ min: -719_162, max: 2_932_896 })])(
    'agree with Date.UTC from year 1 on, whatever the process time zone',
    (day) => {
      expect(fromDayNumber(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    },
  );

  it('count from 1970-01-01 and write four-digit years', () => {
    // 2027-03-31: 57 years of 365 days plus 14 leap days (1972 ... 2024) = 20819, then 89 days of 2027.
    expect(toDayNumber('2027-03-31')).toBe(20_908);
    expect(fromDayNumber(-719_528)).toBe('0000-01-01');
    expect(fromDayNumber(-700_000)).toBe('0053-06-19');
  });

  it.each([
    [() => toDayNumber('2027-02-29'), 'invalid-date at date'],
    [() => toDayNumber('27.11.2026'), 'invalid-date at date'],
    [() => toDayNumber(new Date() as never), 'invalid-type at date'],
    [() => fromDayNumber(1.5), 'not-an-integer at day'],
    [() => fromDayNumber(2_932_897), 'too-big at day'],
    [() => fromDayNumber('0' as never), 'invalid-type at day'],
  ])('refuse bad input (%#): %s', (call, expected) => {
    expect(code(call)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2027-3-31', false],
    ['2027-03-31T00:00:00Z', false],
    ['２０２７-03-31', false],
    [20270331, false],
  ])('judges %j: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('addDays, daysBetween, compareDates', () => {
  test.prop([anyDay, fc.integer({ min: -100_000, max: 100_000 })])(
    'agree with each other',
    (day, days) => {
      const date = fromDayNumber(day);
      if (day + days < -719_528 || day + days > 2_932_896) return;
      const later = addDays(date, days);
      expect(daysBetween(date, later)).toBe(days);
      expect(compareDates(date, later)).toBe(Math.sign(days) === 0 ? 0 : -Math.sign(days));
    },
  );

  it('cross month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });

  it.each([
    [() => addDays('2027-01-01', 0.5), 'not-an-integer at days'],
    [() => addDays('9999-12-31', 1), 'too-big at days'],
    [() => addDays('2027-1-1', 1), 'invalid-date at date'],
    [() => daysBetween('2027-01-01', '2027-02-30'), 'invalid-date at end'],
    [() => compareDates('2027-03-01', '2027-3-1'), 'invalid-date at b'],
  ])('refuse bad input (%#): %s', (call, expected) => {
    expect(code(call)).toBe(expected);
  });
});

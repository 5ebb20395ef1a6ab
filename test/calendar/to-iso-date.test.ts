import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidationError, today, toIsoDate } from '../../src/index.js';

const issue = (call: () => unknown): string | undefined => {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) {
      const first = error.issues[0];
      return `${first?.code} at ${first?.path.join('.')}: ${first?.message}`;
    }
    throw error;
  }
  return undefined;
};

describe('toIsoDate', () => {
  it.each([
    // Berlin is UTC+1 in winter: 23:30 UTC is already the next day there.
    ['2027-01-15T23:30:00Z', 'Europe/Berlin', '2027-01-16'],
    ['2027-01-15T22:59:59Z', 'Europe/Berlin', '2027-01-15'],
    // 28 March 2027: Berlin moves to UTC+2 at 01:00 UTC, so 22:00 UTC is midnight.
    ['2027-03-28T21:59:59Z', 'Europe/Berlin', '2027-03-28'],
    ['2027-03-28T22:00:00Z', 'Europe/Berlin', '2027-03-29'],
    // 31 October 2027: back to UTC+1 at 01:00 UTC, so midnight is 23:00 UTC again.
    ['2027-10-31T22:30:00Z', 'Europe/Berlin', '2027-10-31'],
    ['2027-10-31T23:00:00Z', 'Europe/Berlin', '2027-11-01'],
    ['2027-01-15T10:00:00Z', 'Pacific/Kiritimati', '2027-01-16'],
    ['2027-01-15T10:00:00Z', 'America/St_Johns', '2027-01-15'],
    ['2027-01-15T20:00:00Z', '+05:30', '2027-01-16'],
  ])('gives the day of %s in %s as %s', (instant, timeZone, expected) => {
    expect(toIsoDate(new Date(instant), { timeZone })).toBe(expected);
  });

  it.each([
    [
      () => toIsoDate(new Date('nope'), { timeZone: 'UTC' }),
      'invalid-date at date: An invalid Date',
    ],
    [
      () => toIsoDate('2027-01-15' as never, { timeZone: 'UTC' }),
      'invalid-type at date: Expected a Date, received a string',
    ],
    [
      () => toIsoDate(new Date(), undefined as never),
      'required at options.timeZone: The time zone is required: the calendar day of an instant depends on it',
    ],
    [
      () => toIsoDate(new Date(), { timeZone: 'Mars/Olympus_Mons' }),
      'invalid-value at options.timeZone: Unknown time zone',
    ],
    [
      () => toIsoDate(new Date(), { timeZone: 'UTC', zone: 'UTC' } as never),
      'unknown-field at options.zone: Unknown option "zone"',
    ],
  ])('refuses bad input (%#)', (call, expected) => {
    expect(issue(call)).toBe(expected);
  });
});

describe('today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the zone own day near midnight, whatever the machine zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-28T22:15:00Z'));
    expect(today({ timeZone: 'Europe/Berlin' })).toBe('2027-03-29');
    expect(today({ timeZone: 'UTC' })).toBe('2027-03-28');
    expect(today({ timeZone: 'America/Los_Angeles' })).toBe('2027-03-28');
  });

  it('needs a known zone', () => {
    expect(issue(() => today({ timeZone: '' }))).toBe(
      'invalid-value at options.timeZone: Unknown time zone',
    );
  });
});

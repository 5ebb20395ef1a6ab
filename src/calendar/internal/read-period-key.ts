/**
 * Reading a period key (`FY2027-Q3`) as a period of a calendar, with errors that name where the
 * key was given. No zod: the key's pattern is a plain regular expression.
 *
 * @module
 */
import { argumentError, describeReceived, kindOf } from '../../argument-checks.js';
import type { IssueCode, IssuePath, ValidationError } from '../../errors.js';
import type { FiscalCalendar } from '../fiscal-calendar.js';
import type { Granularity, Period } from '../period.js';
import { firstFiscalYear, lastFiscalYear, yearLayout } from './fiscal-year.js';

/** The canonical period keys: FY2027, FY2027-H1, FY2027-Q3, FY2027-M07, FY2027-W14. */
export const PERIOD_KEY_PATTERN: RegExp =
  /^FY(\d{4})(?:-(?:(H)([12])|(Q)([1-4])|(M)(0[1-9]|1[0-2])|(W)(0[1-9]|[1-4]\d|5[0-3])))?$/;

export const ACCEPTED_KEYS =
  'a key such as FY2027, FY2027-H1, FY2027-Q3, FY2027-M07 or FY2027-W14 (weeks two digits, on week-based calendars only)';

const granularityOfLetter: Readonly<Record<string, Granularity>> = {
  H: 'half',
  Q: 'quarter',
  M: 'month',
  W: 'week',
};

function invalidKey(
  summary: string,
  path: IssuePath,
  key: unknown,
  message: string,
  expected: string,
  code: IssueCode = 'invalid-period-key',
): ValidationError {
  return argumentError(summary, code, path, message, describeReceived(key), expected);
}

/**
 * Reads a period key as a period of a calendar (which the caller has checked), checking the
 * period exists there.
 *
 * @throws {ValidationError} naming `path` for a malformed key, a fiscal year outside 1900 to
 *   2200, weeks on a month-based calendar, or `W53` in a 52-week year
 */
export function readPeriodKey(
  calendar: FiscalCalendar,
  key: unknown,
  summary: string,
  path: IssuePath,
): Period {
  if (typeof key !== 'string') {
    throw invalidKey(
      summary,
      path,
      key,
      `Expected a period key, received ${kindOf(key)}`,
      ACCEPTED_KEYS,
      key === undefined ? 'required' : 'invalid-type',
    );
  }
  const match = key.length <= 10 ? PERIOD_KEY_PATTERN.exec(key) : null;
  if (!match) throw invalidKey(summary, path, key, 'Not a period key', ACCEPTED_KEYS);
  const year = Number(match[1]);
  if (year < firstFiscalYear || year > lastFiscalYear) {
    throw invalidKey(
      summary,
      path,
      key,
      'Fiscal year out of range',
      'a fiscal year from 1900 to 2200',
    );
  }
  const letter = match[2] ?? match[4] ?? match[6] ?? match[8];
  const digits = match[3] ?? match[5] ?? match[7] ?? match[9];
  const granularity = letter === undefined ? 'year' : (granularityOfLetter[letter] ?? 'year');
  const index = digits === undefined ? 1 : Number(digits);
  if (granularity === 'week') {
    if (calendar.kind === 'month-based') {
      throw invalidKey(
        summary,
        path,
        key,
        `Weeks need a week-based calendar; "${calendar.id}" is month-based`,
        'FY2027, FY2027-H1, FY2027-Q3 or FY2027-M07',
        'unsupported-granularity',
      );
    }
    const weeks = yearLayout(calendar, year).weeks;
    if (index > weeks) {
      throw invalidKey(
        summary,
        path,
        key,
        `Fiscal ${year} of calendar "${calendar.id}" has ${weeks} weeks`,
        `a week from W01 to W${weeks}`,
        'period-not-on-calendar',
      );
    }
  }
  return { calendar: calendar.id, granularity, year, index };
}

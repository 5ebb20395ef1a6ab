import { z } from 'zod';
import { type IssueCode, ValidationError } from '../errors.js';
import type { FiscalCalendar } from './fiscal-calendar.js';
import { firstFiscalYear, lastFiscalYear, yearLayout } from './internal/fiscal-year.js';
import type { Granularity, Period } from './period.js';

const keyPattern =
  /^FY(\d{4})(?:-(?:(H)([12])|(Q)([1-4])|(M)(0[1-9]|1[0-2])|(W)(0[1-9]|[1-4]\d|5[0-3])))?$/;

const acceptedKeys =
  'a key such as FY2027, FY2027-H1, FY2027-Q3, FY2027-M07 or FY2027-W14 (weeks two digits, on week-based calendars only)';

/**
 * The canonical key of a fiscal period, for documents: `FY2027`, `FY2027-H1`, `FY2027-Q3`,
 * `FY2027-M07` or `FY2027-W14` (months and weeks with two digits).
 *
 * @example
 * ```ts
 * import { PeriodKey } from 'partner-alignment';
 * PeriodKey.safeParse('FY2027-M07').success //=> true
 * PeriodKey.safeParse('FY2027-M7').success //=> false
 * ```
 * @category Calendar
 */
export const PeriodKey = z
  .string()
  .regex(keyPattern)
  .meta({
    id: 'PeriodKey',
    title: 'Fiscal period key',
    description:
      'A fiscal period: FY2027 (year), FY2027-H1 (half), FY2027-Q3 (quarter), FY2027-M07 (month) or FY2027-W14 (week).',
    examples: ['FY2027', 'FY2027-H1', 'FY2027-Q3', 'FY2027-M07', 'FY2027-W14'],
  });

/**
 * The canonical key of a fiscal period (see the {@link PeriodKey} schema).
 *
 * @example
 * ```ts
 * import type { PeriodKey } from 'partner-alignment';
 * const key: PeriodKey = 'FY2027-Q3';
 * key.length //=> 9
 * ```
 * @category Calendar
 */
export type PeriodKey = z.infer<typeof PeriodKey>;

/**
 * Tells whether a string is written like a period key; whether the period exists on a given
 * calendar is {@link parsePeriodKey}'s to say.
 *
 * @param value - the string to check
 * @returns `true` for `FY2027`, `FY2027-H1`, `FY2027-Q3`, `FY2027-M07`, `FY2027-W14` and the like
 * @example
 * ```ts
 * import { isPeriodKey } from 'partner-alignment';
 * isPeriodKey('FY2027-Q3') //=> true
 * isPeriodKey('2027-Q3') //=> false
 * ```
 * @category Calendar
 */
export function isPeriodKey(value: string): boolean {
  return keyPattern.test(value);
}

const suffix = { half: 'H', quarter: 'Q', month: 'M', week: 'W' } as const;

/**
 * Writes the canonical key of a period.
 *
 * @param period - the period
 * @returns its key, such as `FY2027-Q3` or `FY2027-W05`
 * @example
 * ```ts
 * import { formatPeriodKey } from 'partner-alignment';
 * formatPeriodKey({ calendar: 'calendar', granularity: 'month', year: 2027, index: 7 }) //=> 'FY2027-M07'
 * formatPeriodKey({ calendar: 'calendar', granularity: 'year', year: 2027, index: 1 }) //=> 'FY2027'
 * ```
 * @category Calendar
 */
export function formatPeriodKey(period: Period): string {
  const year = `FY${String(period.year).padStart(4, '0')}`;
  if (period.granularity === 'year') return year;
  const digits = period.granularity === 'month' || period.granularity === 'week' ? 2 : 1;
  return `${year}-${suffix[period.granularity]}${String(period.index).padStart(digits, '0')}`;
}

const granularityOfLetter: Readonly<Record<string, Granularity>> = {
  H: 'half',
  Q: 'quarter',
  M: 'month',
  W: 'week',
};

function invalidKey(
  key: unknown,
  message: string,
  expected: string,
  code: IssueCode = 'invalid-period-key',
): ValidationError {
  return new ValidationError('Invalid period key', [
    { code, path: [], message, received: JSON.stringify(key) ?? String(key), expected },
  ]);
}

/**
 * Reads a period key as a period of a calendar, checking the period exists there.
 *
 * @param calendar - the fiscal calendar the key refers to
 * @param key - the key, such as `FY2027-Q3`
 * @returns the period
 * @throws {ValidationError} when the key is malformed, its year is outside 1900 to 2200, it names
 *   weeks on a month-based calendar, or `W53` in a 52-week year
 * @example
 * ```ts
 * import { calendarYear, parsePeriodKey } from 'partner-alignment';
 * parsePeriodKey(calendarYear, 'FY2027-Q3')
 * //=> { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 }
 * parsePeriodKey(calendarYear, 'FY2027-W14') //!> ValidationError
 * ```
 * @category Calendar
 */
export function parsePeriodKey(calendar: FiscalCalendar, key: string): Period {
  const match = typeof key === 'string' ? keyPattern.exec(key) : null;
  if (!match) throw invalidKey(key, 'Not a period key', acceptedKeys);
  const year = Number(match[1]);
  if (year < firstFiscalYear || year > lastFiscalYear) {
    throw invalidKey(key, 'Fiscal year out of range', 'a fiscal year from 1900 to 2200');
  }
  const letter = match[2] ?? match[4] ?? match[6] ?? match[8];
  const digits = match[3] ?? match[5] ?? match[7] ?? match[9];
  const granularity = letter === undefined ? 'year' : (granularityOfLetter[letter] ?? 'year');
  const index = digits === undefined ? 1 : Number(digits);
  if (granularity === 'week') {
    if (calendar.kind === 'month-based') {
      throw invalidKey(
        key,
        `Weeks need a week-based calendar; "${calendar.id}" is month-based`,
        'FY2027, FY2027-H1, FY2027-Q3 or FY2027-M07',
        'unsupported-granularity',
      );
    }
    const weeks = yearLayout(calendar, year).weeks;
    if (index > weeks) {
      throw invalidKey(
        key,
        `Fiscal ${year} of calendar "${calendar.id}" has ${weeks} weeks`,
        `a week from W01 to W${weeks}`,
        'period-not-on-calendar',
      );
    }
  }
  return { calendar: calendar.id, granularity, year, index };
}

import type { FiscalCalendar } from './fiscal-calendar.js';
import { checkCalendar } from './internal/check-arguments.js';
import { PERIOD_KEY_PATTERN, readPeriodKey } from './internal/read-period-key.js';
import type { Period } from './period.js';

/**
 * Tells whether a value is a string written like a period key; whether the period exists on a
 * given calendar is {@link parsePeriodKey}'s to say.
 *
 * @param value - the value to check
 * @returns `true` for `FY2027`, `FY2027-H1`, `FY2027-Q3`, `FY2027-M07`, `FY2027-W14` and the like
 * @example
 * ```ts
 * import { isPeriodKey } from 'partner-alignment';
 * isPeriodKey('FY2027-Q3') //=> true
 * isPeriodKey('2027-Q3') //=> false
 * ```
 * @category Calendar
 */
export function isPeriodKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 10 && PERIOD_KEY_PATTERN.test(value);
}

/**
 * Reads a period key as a period of a calendar, checking the period exists there.
 *
 * @param calendar - the fiscal calendar the key refers to
 * @param key - the key, such as `FY2027-Q3`
 * @returns the period
 * @throws {ValidationError} when the calendar is malformed, the key is not a string or is
 *   malformed, its year is outside 1900 to 2200, it names weeks on a month-based calendar, or
 *   `W53` in a 52-week year
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
  const summary = 'Invalid period key';
  return readPeriodKey(checkCalendar(calendar, summary), key, summary, ['key']);
}

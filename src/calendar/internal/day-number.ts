/**
 * Day numbers for the calendar's own modules: the unchecked algorithms of `unchecked-days.ts`,
 * and a checked reading of ISO dates that names the argument.
 *
 * @module
 */
import { argumentError, describeReceived, kindOf } from '../../argument-checks.js';
import { dayNumberOrUndefined, isoDateUnchecked } from '../unchecked-days.js';

export {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  isLeapYear,
  isRealIsoDate,
  weekdayOfDay,
} from '../unchecked-days.js';

/**
 * The day number of an ISO date, checking it is a real date.
 *
 * @throws {ValidationError} naming `[name]` when the value is not a real date written `YYYY-MM-DD`
 */
export function toDayNumber(value: unknown, name = 'date', summary = `Invalid ${name}`): number {
  const day = typeof value === 'string' ? dayNumberOrUndefined(value) : undefined;
  if (day !== undefined) return day;
  throw argumentError(
    summary,
    typeof value === 'string' ? 'invalid-date' : value === undefined ? 'required' : 'invalid-type',
    [name],
    typeof value === 'string'
      ? 'Not a real calendar date in the form YYYY-MM-DD'
      : `Expected an ISO date, received ${kindOf(value)}`,
    describeReceived(value),
    'an ISO date such as "2027-03-31"',
  );
}

/** The ISO date (`YYYY-MM-DD`) of a day number (years 0 to 9999; fiscal years stay far inside). */
export function fromDayNumber(dayNumber: number): string {
  return isoDateUnchecked(dayNumber);
}

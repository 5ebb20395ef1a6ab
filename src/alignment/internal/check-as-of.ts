import { argumentError, describeReceived, kindOf } from '../../argument-checks.js';
import { isIsoDate } from '../../calendar/day-number.js';
import type { IsoDate } from '../../calendar/iso-date.js';

const EXPECTED =
  'an ISO date such as "2026-11-27" (the date to read the partnership on; toIsoDate turns a Date into one)';

/**
 * Checks the `asOf` option the way every engine does: a real calendar date written `YYYY-MM-DD`.
 * A `Date`, a timestamp or `27.11.2026` is refused: the engines never guess a day.
 *
 * @throws {ValidationError} at `['options', 'asOf']`
 */
export function checkAsOf(value: unknown, summary: string): IsoDate {
  if (isIsoDate(value)) return value;
  throw argumentError(
    summary,
    typeof value === 'string' ? 'invalid-date' : value === undefined ? 'required' : 'invalid-type',
    ['options', 'asOf'],
    typeof value === 'string'
      ? 'Not a real calendar date in the form YYYY-MM-DD'
      : value === undefined
        ? 'Missing: the date to read the partnership on (the library never reads a clock)'
        : `Expected an ISO date, received ${kindOf(value)}`,
    describeReceived(value),
    EXPECTED,
  );
}

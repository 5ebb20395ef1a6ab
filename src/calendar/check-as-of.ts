/**
 * The `asOf` option of the engines and the analysis, checked one way: a real calendar date written
 * `YYYY-MM-DD`. A `Date`, a timestamp or `27.11.2026` is refused: the library never guesses a day
 * and never reads a clock. Not exported from the package; its callers export the functions.
 *
 * @module
 */
import { argumentError, describeReceived, kindOf } from '../argument-checks.js';
import { isIsoDate } from './day-number.js';
import type { IsoDate } from './iso-date.js';

/**
 * Checks `options.asOf`.
 *
 * @param value - the option as given
 * @param summary - the error summary of the calling function
 * @param purpose - what the date is for, completing "the date to …" (e.g. `'analyse on'`)
 * @throws {ValidationError} at `['options', 'asOf']`
 */
export function checkAsOf(value: unknown, summary: string, purpose: string): IsoDate {
  if (isIsoDate(value)) return value;
  throw argumentError(
    summary,
    typeof value === 'string' ? 'invalid-date' : value === undefined ? 'required' : 'invalid-type',
    ['options', 'asOf'],
    typeof value === 'string'
      ? 'Not a real calendar date in the form YYYY-MM-DD'
      : value === undefined
        ? `Missing: the date to ${purpose} (the library never reads a clock)`
        : `Expected an ISO date, received ${kindOf(value)}`,
    describeReceived(value),
    `an ISO date such as "2026-11-27" (the date to ${purpose}; toIsoDate turns a Date into one)`,
  );
}

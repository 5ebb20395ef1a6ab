/**
 * Reading single values at the progress functions' boundary (decimals, dates, ids), with issues
 * that name the argument's path, on the library's shared rules: decimals by `toDecimal`'s bounds,
 * dates by the day API.
 *
 * @module
 */
import { argumentError, describeReceived, kindOf, wrongType } from '../../argument-checks.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import { dayNumberOrUndefined } from '../../calendar/unchecked-days.js';
import { type IssuePath, isValidationError, ValidationError } from '../../errors.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

/** The same error with its issues under `path` instead of the first segment of theirs. */
export function repath(error: ValidationError, summary: string, path: IssuePath): ValidationError {
  return new ValidationError(
    summary,
    error.issues.map(({ label: _label, ...issue }) => ({
      ...issue,
      path: [...path, ...issue.path.slice(1)],
    })),
    { omitted: error.omittedIssues },
  );
}

/** A decimal string, safe integer or Decimal as a Decimal within the library's bounds. */
export function readDecimal(value: unknown, summary: string, path: IssuePath): Decimal {
  try {
    return toDecimal(value as Decimal);
  } catch (error) {
    if (isValidationError(error)) throw repath(error, summary, path);
    throw error;
  }
}

/** A real ISO date, as its day number, checked as the day API checks every date. */
export function readDay(value: unknown, summary: string, path: IssuePath): number {
  const day = typeof value === 'string' ? dayNumberOrUndefined(value) : undefined;
  if (day !== undefined) return day;
  throw argumentError(
    summary,
    typeof value === 'string' ? 'invalid-date' : value === undefined ? 'required' : 'invalid-type',
    path,
    typeof value === 'string'
      ? 'Not a real calendar date in the form YYYY-MM-DD'
      : `Expected an ISO date, received ${kindOf(value)}`,
    describeReceived(value),
    'an ISO date such as "2027-03-31"',
  );
}

/** A real ISO date, returned as given. */
export function readDate(value: unknown, summary: string, path: IssuePath): IsoDate {
  readDay(value, summary, path);
  return value as IsoDate;
}

/** A non-empty string of at most `max` characters (an id). */
export function readText(value: unknown, summary: string, path: IssuePath, max = 100): string {
  if (typeof value !== 'string') throw wrongType(summary, path, value, 'a string');
  if (value.length === 0 || value.length > max) {
    throw argumentError(
      summary,
      value.length === 0 ? 'too-small' : 'too-big',
      path,
      value.length === 0 ? 'Empty' : `Longer than ${max} characters`,
      describeReceived(value),
      `a string of 1 to ${max} characters`,
    );
  }
  return value;
}

/** An array of at most `max` items. */
export function readList(
  value: unknown,
  summary: string,
  path: IssuePath,
  max: number,
  what: string,
): ReadonlyArray<unknown> {
  if (!Array.isArray(value)) throw wrongType(summary, path, value, `an array of ${what}`);
  if (value.length > max) {
    throw argumentError(
      summary,
      'too-big',
      path,
      `More than ${max} items`,
      `an array of ${value.length} items`,
      `at most ${max} ${what}`,
      { maximum: max },
    );
  }
  return value;
}

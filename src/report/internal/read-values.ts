/**
 * Reading engine results given back to the report functions: results the library built pass at
 * once; anything else (a copy, or a result's JSON with decimal strings) is read field by field for
 * what the report uses, on the library's shared rules (decimals by `toDecimal`'s bounds), with
 * issues naming the argument's path. Never a raw `TypeError` from a malformed result.
 *
 * @module
 */
import { argumentError, isRecord, wrongType } from '../../argument-checks.js';
import { isIsoDate } from '../../calendar/day-number.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import {
  type IssuePath,
  isPartnerAlignmentError,
  isValidationError,
  ValidationError,
} from '../../errors.js';
import { withoutNegativeZero } from '../../money/decimal-arithmetic.js';
import type { MoneyInput } from '../../money/money.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';
import { toDecimalString } from '../../money/to-decimal-string.js';

/** The most items any list of a result may have (periods, findings, motives, levers...). */
export const MAX_ITEMS = 10_000;

/** The most characters of any text of a result (messages, reasons, names). */
export const MAX_TEXT = 10_000;

/** A plain object, or the error naming what was expected. */
export function readRecord(
  value: unknown,
  summary: string,
  path: IssuePath,
  what: string,
): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) throw wrongType(summary, path, value, what);
  return value;
}

/** An array of at most {@link MAX_ITEMS} items. */
export function readList(
  value: unknown,
  summary: string,
  path: IssuePath,
  what: string,
): ReadonlyArray<unknown> {
  if (!Array.isArray(value)) throw wrongType(summary, path, value, `an array of ${what}`);
  if (value.length > MAX_ITEMS) {
    throw argumentError(
      summary,
      'too-big',
      path,
      `More than ${MAX_ITEMS} items`,
      `an array of ${value.length} items`,
      `at most ${MAX_ITEMS} ${what}`,
      { maximum: MAX_ITEMS },
    );
  }
  return value;
}

/**
 * Runs a public check of a lower layer (which names its argument, such as `['value']`), its
 * issues moved under `path` and the report function's summary.
 */
export function under<T>(summary: string, path: IssuePath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isValidationError(error)) {
      if (!isPartnerAlignmentError(error)) throw error;
      throw argumentError(
        summary,
        'invalid-value',
        path,
        error.message,
        'a value',
        'a valid value',
      );
    }
    throw new ValidationError(
      summary,
      error.issues.map(({ label: _label, ...issue }) => ({
        ...issue,
        path: [...path, ...issue.path.slice(1)],
      })),
    );
  }
}

/** A decimal string, safe integer or Decimal as a Decimal within the library's bounds, never -0. */
export function readDecimal(value: unknown, summary: string, path: IssuePath): Decimal {
  return under(summary, path, () => withoutNegativeZero(toDecimal(value as Decimal)));
}

/** Money (or its JSON) as its exact plain decimal string (at least the currency's digits) and currency. */
export function readMoney(
  value: unknown,
  summary: string,
  path: IssuePath,
): { readonly amount: string; readonly currency: string } {
  const text = under(summary, path, () => toDecimalString(value as MoneyInput));
  const amount = /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  return { amount, currency: (value as MoneyInput).currency };
}

/** A decimal, or `null`. */
export function readNullableDecimal(
  value: unknown,
  summary: string,
  path: IssuePath,
): Decimal | null {
  return value === null ? null : readDecimal(value, summary, path);
}

/** A string of at most `max` characters (empty allowed when `min` is 0). */
export function readText(
  value: unknown,
  summary: string,
  path: IssuePath,
  max = MAX_TEXT,
  min = 0,
): string {
  if (typeof value !== 'string') throw wrongType(summary, path, value, 'a string');
  if (value.length < min || value.length > max) {
    throw argumentError(
      summary,
      value.length < min ? 'too-small' : 'too-big',
      path,
      value.length < min ? 'Empty' : `Longer than ${max} characters`,
      `a string of ${value.length} characters`,
      `a string of ${min} to ${max} characters`,
    );
  }
  return value;
}

/** A string or `null`. */
export function readNullableText(value: unknown, summary: string, path: IssuePath): string | null {
  return value === null || value === undefined ? null : readText(value, summary, path);
}

/** A list of strings. */
export function readTexts(
  value: unknown,
  summary: string,
  path: IssuePath,
  what: string,
): ReadonlyArray<string> {
  return readList(value, summary, path, what).map((item, i) =>
    readText(item, summary, [...path, i]),
  );
}

/** A whole number from `min` to `max`. */
export function readWhole(
  value: unknown,
  min: number,
  max: number,
  summary: string,
  path: IssuePath,
): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return value;
  }
  throw argumentError(
    summary,
    typeof value === 'number' ? 'invalid-value' : 'invalid-type',
    path,
    `Expected a whole number from ${min} to ${max}`,
    typeof value === 'number' ? String(value) : typeof value,
    `a whole number from ${min} to ${max}`,
  );
}

/** A real ISO date (`YYYY-MM-DD`). */
export function readDate(value: unknown, summary: string, path: IssuePath): IsoDate {
  if (isIsoDate(value)) return value;
  throw argumentError(
    summary,
    typeof value === 'string' ? 'invalid-date' : value === undefined ? 'required' : 'invalid-type',
    path,
    'Expected a real calendar date in the form YYYY-MM-DD',
    typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value,
    'an ISO date such as "2027-03-31"',
  );
}

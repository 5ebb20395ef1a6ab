/**
 * The checks every public function runs on its arguments, without zod: cheap enough for hot
 * loops, and the same wording everywhere. A wrongly typed argument becomes a `ValidationError`
 * naming the argument's path, what was received and what is accepted; never a raw `TypeError`.
 * Not exported from the package; any layer may use it.
 *
 * @module
 */
import { type IssueCode, type IssueParams, type IssuePath, ValidationError } from './errors.js';

const MAX_SHOWN = 40;

/** What kind of value something is, for a sentence: `a number`, `an array`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** A short rendering of a received value: strings quoted and cut, numbers as written. */
export function describeReceived(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  return kindOf(value);
}

/** One issue about one argument, as a `ValidationError`. */
export function argumentError(
  summary: string,
  code: IssueCode,
  path: IssuePath,
  message: string,
  received: string,
  expected: string,
  params?: IssueParams,
): ValidationError {
  const issue = { code, path, message, received, expected };
  return new ValidationError(summary, [params === undefined ? issue : { ...issue, params }]);
}

/** The error for a value of the wrong type: "Expected X, received a number". */
export function wrongType(
  summary: string,
  path: IssuePath,
  value: unknown,
  expected: string,
): ValidationError {
  return argumentError(
    summary,
    value === undefined ? 'required' : 'invalid-type',
    path,
    value === undefined
      ? `Missing; expected ${expected}`
      : `Expected ${expected}, received ${kindOf(value)}`,
    describeReceived(value),
    expected,
  );
}

/** Whether a value is a plain object (not null, not an array, not a Date). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/**
 * Checks an options object: absent (`undefined`) or a plain object with only the given keys.
 * Returns the object, or an empty one when absent.
 */
export function checkOptions(
  options: unknown,
  keys: ReadonlyArray<string>,
  summary: string,
  path: IssuePath = ['options'],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (!isRecord(options)) {
    throw argumentError(
      summary,
      'invalid-type',
      path,
      `Expected an options object, received ${kindOf(options)}`,
      describeReceived(options),
      keys.length === 0 ? 'no options' : `an object with ${listOf(keys, 'or')}`,
    );
  }
  for (const key in options) {
    if (!Object.hasOwn(options, key) || keys.includes(key)) continue;
    throw argumentError(
      summary,
      'unknown-field',
      [...path, key],
      `Unknown option ${JSON.stringify(key.length > MAX_SHOWN ? `${key.slice(0, MAX_SHOWN - 3)}...` : key)}`,
      describeReceived(options[key]),
      keys.length === 0 ? 'no options' : `only ${listOf(keys, 'and')}`,
      { key: key.slice(0, MAX_SHOWN) },
    );
  }
  return options;
}

/** `"a", "b" or "c"`: a list of allowed values for a message. */
export function listOf(values: ReadonlyArray<string>, conjunction: 'or' | 'and'): string {
  const shown = values.map((value) => JSON.stringify(value));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`;
}

/** Checks that a value is one of a closed set of strings (an option's mode). */
export function checkOneOf<T extends string>(
  value: unknown,
  allowed: ReadonlyArray<T>,
  summary: string,
  path: IssuePath,
): T {
  if (typeof value === 'string' && (allowed as ReadonlyArray<string>).includes(value)) {
    return value as T;
  }
  throw argumentError(
    summary,
    typeof value === 'string' ? 'invalid-value' : value === undefined ? 'required' : 'invalid-type',
    path,
    typeof value === 'string'
      ? 'Not one of the accepted values'
      : `Expected one of the accepted values, received ${kindOf(value)}`,
    describeReceived(value),
    listOf(allowed, 'or'),
  );
}

/** Checks that a value is a whole number from `min` to `max`. */
export function checkWholeNumber(
  value: unknown,
  min: number,
  max: number,
  summary: string,
  path: IssuePath,
): number {
  const expected = `a whole number from ${min} to ${max}`;
  if (typeof value !== 'number') throw wrongType(summary, path, value, expected);
  if (!Number.isInteger(value)) {
    throw argumentError(
      summary,
      'not-an-integer',
      path,
      'Not a whole number',
      describeReceived(value),
      expected,
    );
  }
  if (value < min || value > max) {
    throw argumentError(
      summary,
      value < min ? 'too-small' : 'too-big',
      path,
      value < min ? `Below the minimum of ${min}` : `Above the maximum of ${max}`,
      describeReceived(value),
      expected,
      value < min ? { minimum: min } : { maximum: max },
    );
  }
  return value;
}

/**
 * The pieces the settings reader is built from: a list of issues under the argument's path, and
 * readers of one section, one decimal, one mode, one sum, each reporting instead of throwing.
 *
 * @module
 */
import { describeReceived, isRecord, kindOf, listOf } from '../../argument-checks.js';
import { type IssuePath, isValidationError, type ValidationIssueInput } from '../../errors.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

export const RATIO = 'a decimal string from 0 to 1 such as "0.25"';
export const SCORE = 'a decimal string from 0 to 100 such as "40"';
export const ZERO = toDecimal(0);
export const ONE = toDecimal(1);
export const HUNDRED = toDecimal(100);

/** The issues of one settings override so far, and the argument's path they start with. */
export interface Issues {
  readonly base: IssuePath;
  readonly list: ValidationIssueInput[];
}

export function report(
  issues: Issues,
  path: IssuePath,
  issue: Omit<ValidationIssueInput, 'path'>,
): void {
  issues.list.push({ ...issue, path: [...issues.base, ...path] });
}

/** A section of the overrides: absent, or a plain object with only known keys (reported). */
export function sectionOf(
  issues: Issues,
  value: unknown,
  path: IssuePath,
  keys: ReadonlyArray<string> | undefined,
  expected: string,
): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    report(issues, path, {
      code: 'invalid-type',
      message: `Expected an object, received ${kindOf(value)}`,
      received: describeReceived(value),
      expected,
    });
    return {};
  }
  if (keys !== undefined) {
    for (const key of Object.keys(value)) {
      if (keys.includes(key)) continue;
      report(issues, [...path, key], {
        code: 'unknown-field',
        message: `Unknown setting ${JSON.stringify(key.slice(0, 40))}`,
        received: describeReceived(value[key]),
        expected: `only ${listOf(keys, 'and')}`,
        params: { key: key.slice(0, 40) },
      });
    }
  }
  return value;
}

/** Reads a decimal setting, reporting a malformed one or one out of `[0, max]`. */
export function decimalAt(
  issues: Issues,
  value: unknown,
  path: IssuePath,
  expected = RATIO,
  max: Decimal = ONE,
): Decimal {
  let decimal: Decimal;
  try {
    decimal = toDecimal(value as string);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const cause = error.issues[0];
    report(issues, path, {
      code: cause?.code ?? 'invalid-decimal',
      // toDecimal's own words: "Not a decimal number", or why a decimal is out of its range.
      message: cause?.message ?? 'Not a decimal number',
      received: describeReceived(value),
      expected,
    });
    return ZERO;
  }
  if (decimal.isNegative() || decimal.gt(max)) {
    report(issues, path, {
      code: decimal.isNegative() ? 'too-small' : 'too-big',
      message: 'Out of range',
      received: describeReceived(value),
      expected,
    });
  }
  return decimal;
}

export function oneOf<T extends string>(
  issues: Issues,
  value: unknown,
  path: IssuePath,
  allowed: ReadonlyArray<T>,
  fallback: T,
): T {
  if (typeof value === 'string' && (allowed as ReadonlyArray<string>).includes(value)) {
    return value as T;
  }
  report(issues, path, {
    code: typeof value === 'string' ? 'invalid-value' : 'invalid-type',
    message: typeof value === 'string' ? 'Not one of the accepted values' : 'Not a string',
    received: describeReceived(value),
    expected: listOf(allowed, 'or'),
  });
  return fallback;
}

export function sumsToOne(issues: Issues, weights: ReadonlyArray<Decimal>, path: IssuePath): void {
  if (weights.length === 0) return;
  const sum = weights.reduce((total, weight) => total.plus(weight), ZERO);
  if (sum.eq(ONE)) return;
  report(issues, path, {
    code: 'sum-not-one',
    message: `Weights must sum to 1 (they sum to ${sum.toFixed()})`,
    received: sum.toFixed(),
    expected: 'weights summing to exactly 1',
  });
}

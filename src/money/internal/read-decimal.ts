/**
 * Reading an exact decimal from outside (a decimal string, a safe integer or a decimal.js
 * instance) within the library's documented bounds, with errors that name the argument.
 *
 * @module
 */
import { argumentError, kindOf } from '../../argument-checks.js';
import type { IssueCode, IssuePath, ValidationError } from '../../errors.js';
import {
  DECIMAL_EXPECTED,
  DECIMAL_PATTERN,
  DecimalImpl,
  type DecimalValue,
  describeReceived,
  fromDecimalInstance,
  isDecimalInstance,
  readDecimalText,
} from './decimal.js';

const significantDigits = 40;
const exponent = 100;
const length = 200;

/** The bounds of a decimal the library accepts (see `decimalLimits`). */
export const DECIMAL_LIMITS: {
  readonly significantDigits: number;
  readonly exponent: number;
  readonly length: number;
} = Object.freeze({ significantDigits, exponent, length });

const ACCEPTED = `${DECIMAL_EXPECTED}, a safe integer, or a Decimal`;
const RANGE = `at most ${significantDigits} significant digits and an absolute value from 1e-${exponent} to below 1e${exponent + 1}, or 0`;

/** Whether a finite decimal lies within the magnitude bound (zero always does). */
export function isWithinExponent(value: DecimalValue): boolean {
  return value.isZero() || (value.e >= -exponent && value.e <= exponent);
}

function invalid(
  summary: string,
  path: IssuePath,
  value: unknown,
  message: string,
  code: IssueCode,
): ValidationError {
  return argumentError(
    summary,
    code,
    path,
    message,
    describeReceived(value),
    code === 'decimal-out-of-range' ? `a decimal with ${RANGE}` : ACCEPTED,
    code === 'decimal-out-of-range' ? { significantDigits, exponent } : undefined,
  );
}

const outOfRange = (summary: string, path: IssuePath, value: unknown): ValidationError =>
  invalid(
    summary,
    path,
    value,
    `Exponent is beyond the range of a Decimal (accepted: an absolute value from 1e-${exponent} to below 1e${exponent + 1}, or 0)`,
    'decimal-out-of-range',
  );

function readText(text: string, summary: string, path: IssuePath): DecimalValue {
  if (text.length > length) {
    return fail(
      invalid(summary, path, text, `Longer than ${length} characters`, 'decimal-out-of-range'),
    );
  }
  if (!DECIMAL_PATTERN.test(text)) {
    return fail(invalid(summary, path, text, 'Not a decimal number', 'invalid-decimal'));
  }
  const value = readDecimalText(text);
  if (value === undefined || !isWithinExponent(value)) return fail(outOfRange(summary, path, text));
  if (value.sd() > significantDigits) {
    return fail(
      invalid(
        summary,
        path,
        text,
        `Has ${value.sd()} significant digits; at most ${significantDigits} are accepted`,
        'decimal-out-of-range',
      ),
    );
  }
  return value;
}

function fail(error: ValidationError): never {
  throw error;
}

/**
 * Reads a decimal string, a safe integer or a decimal.js instance (of any copy of decimal.js) as
 * the library's Decimal, within {@link DECIMAL_LIMITS}: a string has at most 200 characters and
 * 40 significant digits; every value lies from 1e-100 to below 1e101 in absolute value, or is 0.
 *
 * @throws {ValidationError} naming `path`, with code `invalid-decimal`, `invalid-type` or `decimal-out-of-range`
 */
export function readDecimal(
  value: unknown,
  path: IssuePath,
  summary = 'Invalid decimal',
): DecimalValue {
  if (typeof value === 'string') return readText(value, summary, path);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return fromDecimalInstance(new DecimalImpl(value));
    const why = Number.isFinite(value)
      ? Number.isInteger(value)
        ? 'Number is beyond the safe integer range'
        : 'Number is a binary float, which cannot be taken as an exact decimal'
      : 'Number is not finite';
    throw invalid(summary, path, value, why, 'invalid-decimal');
  }
  if (isDecimalInstance(value)) {
    if (!value.isFinite())
      throw invalid(summary, path, value, 'Not a finite decimal', 'invalid-decimal');
    if (!isWithinExponent(value)) throw outOfRange(summary, path, value);
    return fromDecimalInstance(value);
  }
  throw invalid(
    summary,
    path,
    value,
    `Expected a decimal, received ${kindOf(value)}`,
    value === undefined ? 'required' : 'invalid-type',
  );
}

/**
 * Checks a result the library computed (a sum, product or quotient) against the same bounds, so
 * that every value it hands out is accepted back.
 *
 * @throws {ValidationError} with code `decimal-out-of-range` naming the operation
 */
export function checkResult<T extends DecimalValue>(value: T, operation: string): T {
  if (isWithinExponent(value)) return value;
  throw argumentError(
    `Cannot ${operation}`,
    'decimal-out-of-range',
    [],
    `The result ${value.toExponential(3)} is beyond the range of a Decimal (accepted: an absolute value from 1e-${exponent} to below 1e${exponent + 1}, or 0)`,
    describeReceived(value),
    `a result with ${RANGE}`,
    { significantDigits, exponent },
  );
}

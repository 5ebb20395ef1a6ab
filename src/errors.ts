// The library's error hierarchy: one base class with a stable `code`, named subclasses, and
// `is*Error` guards that work across duplicated copies of the package (ESM and CJS side by side).

import { formatIssue } from './format-issues.js';
import { labelOfPath } from './issue-label.js';
import type { ValidationIssue, ValidationIssueInput } from './validation-issue.js';

const errorBrand: unique symbol = Symbol.for('partner-alignment.error');

export type {
  IssueCode,
  IssueParams,
  IssuePath,
  ValidationIssue,
  ValidationIssueInput,
} from './validation-issue.js';

/**
 * Every stable error code the library throws. Codes never change meaning once released.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from 'partner-alignment';
 * const code: ErrorCode = 'VALIDATION_FAILED';
 * code //=> 'VALIDATION_FAILED'
 * ```
 * @category Errors
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'CURRENCY_MISMATCH'
  | 'PRECISION_EXCEEDED'
  | 'INVALID_ALLOCATION'
  | 'DIVISION_BY_ZERO'
  | 'UNSUPPORTED_GRANULARITY'
  | 'CALENDAR_MISMATCH'
  | 'FISCAL_YEAR_OUT_OF_RANGE'
  | 'INVALID_PERIOD'
  | 'MISSING_DEPENDENCY';

/**
 * The base class of every error the library throws on purpose. Catch it to tell the library's
 * errors from anything else; read `code` to tell them apart (it is stable across versions).
 *
 * @example
 * ```ts
 * import { PartnerAlignmentError, ValidationError } from 'partner-alignment';
 * const error = new ValidationError('Invalid money', []);
 * error instanceof PartnerAlignmentError //=> true
 * error.code //=> 'VALIDATION_FAILED'
 * ```
 * @category Errors
 */
export class PartnerAlignmentError extends Error {
  /** The stable, machine-readable code of this kind of error. */
  readonly code: ErrorCode;
  /** @internal brand that survives duplicated copies of the package. */
  readonly [errorBrand] = true;

  /**
   * @param code - the stable code of the error
   * @param message - what went wrong, where, and what would be accepted
   * @param options - the standard `cause`, when one error led to this one
   */
  constructor(code: ErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'PartnerAlignmentError';
  }
}

/**
 * The bounds of what a {@link ValidationError} carries, so that no input can make an error
 * message large: at most `issues` issues are kept (the count of the others is in `omittedIssues`),
 * the message lists at most `listed` of them, and each text of an issue is cut to `text`
 * characters.
 *
 * @example
 * ```ts
 * import { validationLimits } from 'partner-alignment';
 * validationLimits.issues //=> 100
 * ```
 * @category Errors
 */
export const validationLimits: {
  readonly issues: number;
  readonly listed: number;
  readonly text: number;
} = Object.freeze({ issues: 100, listed: 20, text: 240 });

function clip(text: string): string {
  return text.length > validationLimits.text
    ? `${text.slice(0, validationLimits.text - 3)}...`
    : text;
}

function toIssue(input: ValidationIssueInput): ValidationIssue {
  const path = Object.freeze(
    input.path
      .slice(0, 64)
      .map((segment) => (typeof segment === 'string' ? clip(segment) : segment)),
  );
  return Object.freeze({
    code: input.code,
    path,
    label: clip(input.label ?? labelOfPath(path)),
    message: clip(input.message),
    received: clip(input.received),
    expected: clip(input.expected),
    params: Object.freeze({ ...(input.params ?? {}) }),
  });
}

/**
 * Input that failed validation. Lists the issues found (every one, up to
 * {@link validationLimits}), each with its code, path, label, message, what was received and
 * what is accepted; the message repeats the first of them one per line.
 *
 * @example
 * ```ts
 * import { ValidationError } from 'partner-alignment';
 * const error = new ValidationError('Invalid money', [
 *   { code: 'invalid-decimal', path: ['amount'], message: 'Not a decimal number', received: '"12,50"', expected: 'a decimal string such as "12.50"' },
 * ]);
 * error.message.split('\n')[1]
 * //=> '  - amount: Not a decimal number (received "12,50"; expected a decimal string such as "12.50")'
 * ```
 * @category Errors
 */
export class ValidationError extends PartnerAlignmentError {
  /** The issues found, in the order of the input (at most {@link validationLimits}`.issues`). */
  readonly issues: ReadonlyArray<ValidationIssue>;
  /** How many more issues were found than `issues` holds. */
  readonly omittedIssues: number;

  /**
   * @param summary - one line naming what was being validated
   * @param issues - the issues found
   * @param options - `omitted`: how many further issues the caller found but did not pass
   */
  constructor(
    summary: string,
    issues: ReadonlyArray<ValidationIssueInput>,
    options: { readonly omitted?: number } = {},
  ) {
    const kept = issues.slice(0, validationLimits.issues).map(toIssue);
    const omitted = issues.length - kept.length + (options.omitted ?? 0);
    const total = kept.length + omitted;
    const count = total === 1 ? '1 issue' : `${total} issues`;
    const listed = kept.slice(0, validationLimits.listed);
    const lines = listed.map((issue) => `  - ${formatIssue(issue)}`);
    if (total > listed.length) lines.push(`  ... and ${total - listed.length} more`);
    super('VALIDATION_FAILED', [`${clip(summary)}: ${count}`, ...lines].join('\n'));
    this.name = 'ValidationError';
    this.issues = Object.freeze(kept);
    this.omittedIssues = omitted;
  }
}

function hasBrand(value: unknown): value is PartnerAlignmentError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [errorBrand]?: unknown })[errorBrand] === true
  );
}

/**
 * Tells whether a value is an error thrown by this library (any copy of it, ESM or CJS).
 *
 * @param value - anything caught
 * @returns `true` for a {@link PartnerAlignmentError} or one of its subclasses
 * @example
 * ```ts
 * import { isPartnerAlignmentError, ValidationError } from 'partner-alignment';
 * isPartnerAlignmentError(new ValidationError('Invalid input', [])) //=> true
 * isPartnerAlignmentError(new Error('other')) //=> false
 * ```
 * @category Errors
 */
export function isPartnerAlignmentError(value: unknown): value is PartnerAlignmentError {
  return hasBrand(value);
}

/**
 * Tells whether a value is a {@link ValidationError} (any copy of the library, ESM or CJS).
 *
 * @param value - anything caught
 * @returns `true` when the value is a validation error with its list of issues
 * @example
 * ```ts
 * import { isValidationError, ValidationError } from 'partner-alignment';
 * isValidationError(new ValidationError('Invalid input', [])) //=> true
 * isValidationError(new TypeError('other')) //=> false
 * ```
 * @category Errors
 */
export function isValidationError(value: unknown): value is ValidationError {
  return hasBrand(value) && value.code === 'VALIDATION_FAILED';
}

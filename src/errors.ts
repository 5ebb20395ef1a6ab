// The library's error hierarchy: one base class with a stable `code`, named subclasses, and
// `is*Error` guards that work across duplicated copies of the package (ESM and CJS side by side).

const errorBrand: unique symbol = Symbol.for('partner-alignment.error');

/**
 * A JSON path to the place in a document where input went wrong, from the root down:
 * property names and array indices.
 *
 * @example
 * ```ts
 * import type { IssuePath } from 'partner-alignment';
 * const path: IssuePath = ['objectives', 2, 'target', 'amount'];
 * path.length //=> 4
 * ```
 * @category Errors
 */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * One thing wrong with an input: where it is, what was wrong, what was received and what would
 * have been accepted.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'partner-alignment';
 * const issue: ValidationIssue = {
 *   path: ['weights', 'deal-volume'],
 *   message: 'Weight must not be negative',
 *   received: '-0.2',
 *   expected: 'a decimal number from 0 to 1',
 * };
 * issue.path.join('.') //=> 'weights.deal-volume'
 * ```
 * @category Errors
 */
export interface ValidationIssue {
  /** Where the problem is, from the root of the input. Empty for the input as a whole. */
  readonly path: IssuePath;
  /** What is wrong, as a sentence. */
  readonly message: string;
  /** A short rendering of what was received (truncated for long values). */
  readonly received: string;
  /** What would have been accepted. */
  readonly expected: string;
}

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
  | 'INVALID_PERIOD';

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
 * Input that failed validation. Lists **every** issue found, each with its path, message, what
 * was received and what is accepted; the message repeats them one per line.
 *
 * @example
 * ```ts
 * import { ValidationError } from 'partner-alignment';
 * const error = new ValidationError('Invalid money', [
 *   { path: ['amount'], message: 'Not a decimal number', received: '"12,50"', expected: 'a decimal string such as "12.50"' },
 * ]);
 * error.message.split('\n')[1]
 * //=> '  - amount: Not a decimal number (received "12,50"; expected a decimal string such as "12.50")'
 * ```
 * @category Errors
 */
export class ValidationError extends PartnerAlignmentError {
  /** Every issue found, in the order of the input. Never empty when thrown by the library. */
  readonly issues: ReadonlyArray<ValidationIssue>;

  /**
   * @param summary - one line naming what was being validated
   * @param issues - every issue found
   */
  constructor(summary: string, issues: ReadonlyArray<ValidationIssue>) {
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    const lines = issues.map((issue) => `  - ${formatIssue(issue)}`);
    super('VALIDATION_FAILED', [`${summary}: ${count}`, ...lines].join('\n'));
    this.name = 'ValidationError';
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * Renders an issue path the way JavaScript would address it: `objectives[2].target.amount`.
 * The empty path (the input as a whole) renders as `(root)`.
 *
 * @param path - the path to render
 * @returns the path as a property-access expression
 * @example
 * ```ts
 * import { formatIssuePath } from 'partner-alignment';
 * formatIssuePath(['objectives', 2, 'target', 'amount']) //=> 'objectives[2].target.amount'
 * formatIssuePath(['weights', 'custom:net-new logos']) //=> 'weights["custom:net-new logos"]'
 * formatIssuePath([]) //=> '(root)'
 * ```
 * @category Errors
 */
export function formatIssuePath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Renders one issue as a line: path, message, what was received and what is accepted.
 *
 * @param issue - the issue to render
 * @returns one line of text
 * @example
 * ```ts
 * import { formatIssue } from 'partner-alignment';
 * formatIssue({ path: ['currency'], message: 'Unknown currency', received: '"EUX"', expected: 'an ISO 4217 code such as "EUR"' })
 * //=> 'currency: Unknown currency (received "EUX"; expected an ISO 4217 code such as "EUR")'
 * ```
 * @category Errors
 */
export function formatIssue(issue: ValidationIssue): string {
  return `${formatIssuePath(issue.path)}: ${issue.message} (received ${issue.received}; expected ${issue.expected})`;
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

// The library's error hierarchy: one base class with a stable `code`, named subclasses, and
// `is*Error` guards that work across duplicated copies of the package (ESM and CJS side by side).

import { formatIssue } from './format-issues.js';
import { labelOfPath } from './issue-label.js';

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
 * The stable code of a validation issue: what kind of thing is wrong, independent of the English
 * message, so that a product can show the issue in its own words and languages. Codes never
 * change meaning once released; the values the message uses are in the issue's `params`.
 *
 * | code | what is wrong |
 * | --- | --- |
 * | `required` | a required field or argument is missing |
 * | `invalid-type` | a value of the wrong JavaScript or JSON type |
 * | `unknown-field` | a field or option that is not documented (objects are strict) |
 * | `invalid-value` | not one of the accepted values of a closed set |
 * | `invalid-format` | a string not written as its format requires |
 * | `invalid-decimal` | not a decimal number |
 * | `decimal-out-of-range` | a decimal with more digits or a larger exponent than the documented bounds |
 * | `too-precise` | more decimals than the currency's minor unit or the metric's precision |
 * | `not-an-integer` | a number that must be whole |
 * | `too-small` | a number, string or list below its minimum |
 * | `too-big` | a number, string or list above its maximum |
 * | `invalid-date` | not a real calendar date written `YYYY-MM-DD` |
 * | `invalid-period-key` | not a period key such as `FY2027-Q3` |
 * | `period-not-on-calendar` | a period its calendar does not have |
 * | `unknown-currency` | not an ISO 4217 code nor a currency the document declares |
 * | `currency-mismatch` | an amount in another currency than the one required |
 * | `calendar-mismatch` | a period of another calendar |
 * | `unsupported-granularity` | a granularity the calendar has no periods of |
 * | `duplicate-id` | an id used twice in one list |
 * | `duplicate-entry` | a second entry where one is allowed (one goal per objective and period) |
 * | `unknown-reference` | an id that names nothing defined in the document |
 * | `invalid-reference` | an id that names something of the wrong kind (a vendor-revenue objective not measured in money) |
 * | `outside-horizon` | a period or horizon outside the horizon it must lie in |
 * | `horizon-reversed` | a horizon that ends before it starts |
 * | `sum-not-one` | shares or weights that do not sum to 1 |
 * | `wrong-count` | a list of the wrong length (custom weights, one per period) |
 * | `overlapping-periods` | periods that overlap where each day may count once |
 * | `unsupported-version` | a document of a `schemaVersion` this library cannot read |
 * | `invalid-argument` | an argument that breaks a rule of the function it is given to |
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'partner-alignment';
 * const code: IssueCode = 'unknown-reference';
 * code //=> 'unknown-reference'
 * ```
 * @category Errors
 */
export type IssueCode =
  | 'required'
  | 'invalid-type'
  | 'unknown-field'
  | 'invalid-value'
  | 'invalid-format'
  | 'invalid-decimal'
  | 'decimal-out-of-range'
  | 'too-precise'
  | 'not-an-integer'
  | 'too-small'
  | 'too-big'
  | 'invalid-date'
  | 'invalid-period-key'
  | 'period-not-on-calendar'
  | 'unknown-currency'
  | 'currency-mismatch'
  | 'calendar-mismatch'
  | 'unsupported-granularity'
  | 'duplicate-id'
  | 'duplicate-entry'
  | 'unknown-reference'
  | 'invalid-reference'
  | 'outside-horizon'
  | 'horizon-reversed'
  | 'sum-not-one'
  | 'wrong-count'
  | 'overlapping-periods'
  | 'unsupported-version'
  | 'invalid-argument';

/**
 * The values an issue's message uses, by name, so that a product can write its own message for
 * an issue code: `{ id: 'q', kind: 'objective' }` for an unknown objective `"q"`.
 *
 * @example
 * ```ts
 * import type { IssueParams } from 'partner-alignment';
 * const params: IssueParams = { kind: 'objective', id: 'net-new-logos' };
 * params['kind'] //=> 'objective'
 * ```
 * @category Errors
 */
export type IssueParams = Readonly<Record<string, string | number | boolean>>;

/**
 * One thing wrong with an input: its stable code, where it is (as a path and as a label a person
 * can read), what is wrong, what was received and what would have been accepted, and the values
 * the message uses.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'partner-alignment';
 * const issue: ValidationIssue = {
 *   code: 'too-small',
 *   path: ['weights', 'deal-volume'],
 *   label: 'Weights › deal-volume',
 *   message: 'Weight must not be negative',
 *   received: '"-0.2"',
 *   expected: 'a decimal number from 0 to 1',
 *   params: { minimum: 0 },
 * };
 * issue.path.join('.') //=> 'weights.deal-volume'
 * ```
 * @category Errors
 */
export interface ValidationIssue {
  /** What kind of thing is wrong, as a stable code (see {@link IssueCode}). */
  readonly code: IssueCode;
  /** Where the problem is, from the root of the input. Empty for the input as a whole. */
  readonly path: IssuePath;
  /** Where the problem is, for a person: `Charter › Objective 2 › Target`. */
  readonly label: string;
  /** What is wrong, as a sentence. */
  readonly message: string;
  /** A short rendering of what was received (truncated for long values). */
  readonly received: string;
  /** What would have been accepted. */
  readonly expected: string;
  /** The values the message uses, by name (empty when it uses none). */
  readonly params: IssueParams;
}

/**
 * An issue as it is reported: a {@link ValidationIssue} whose `label` (derived from the path when
 * absent) and `params` (empty when absent) may be left out.
 *
 * @example
 * ```ts
 * import { type ValidationIssueInput, ValidationError } from 'partner-alignment';
 * const input: ValidationIssueInput = { code: 'required', path: ['asOf'], message: 'Required', received: 'nothing', expected: 'an ISO date' };
 * new ValidationError('Invalid options', [input]).issues[0]?.label //=> 'As of'
 * ```
 * @category Errors
 */
export type ValidationIssueInput = Omit<ValidationIssue, 'label' | 'params'> & {
  readonly label?: string;
  readonly params?: IssueParams;
};

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

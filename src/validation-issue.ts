// The shape of a validation issue: where input went wrong, with a stable code, in words.

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
 * | `invalid-json` | a text that is not JSON (the message says where parsing stopped) |
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
  | 'invalid-argument'
  | 'invalid-json';

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

// A validation error as a report for people: its summary, then its issues under their labels.
import { checkOptions, checkWholeNumber, wrongType } from './argument-checks.js';
import { isValidationError, type ValidationError } from './errors.js';

const SUMMARY = 'Cannot format the issues';

/** Issues listed by default before "... and N more". */
const DEFAULT_LIMIT = 20;

/**
 * Options of {@link formatIssues}.
 *
 * @example
 * ```ts
 * import type { FormatIssuesOptions } from 'partner-alignment';
 * const options: FormatIssuesOptions = { limit: 5 };
 * options.limit //=> 5
 * ```
 * @category Errors
 */
export interface FormatIssuesOptions {
  /** How many issues to list before "... and N more": a whole number from 1; default 20. */
  readonly limit?: number;
}

/**
 * A readable report of a validation error, for a log, a terminal or a support ticket: its summary,
 * then each issue under its label (`Charter › Objective 1 › Target`), what is wrong, what was
 * received and what would be accepted, and how many issues are not shown.
 *
 * @param error - the validation error, as `parsePartnership` throws it
 * @param options - how many issues to list; see {@link FormatIssuesOptions}
 * @returns the report, several lines of text
 * @throws {@link ValidationError} when `error` is not a validation error, or `options.limit` is
 *   not a whole number from 1
 * @example
 * ```ts
 * import { formatIssues, safeParsePartnership, samples } from 'partner-alignment';
 * const result = safeParsePartnership({ ...samples.lumenField, name: '' });
 * result.success ? '' : formatIssues(result.error).split('\n')
 * //=> ['Invalid partnership document: 1 issue', '• Name: Must not be empty', '  received ""; expected at least 1 character']
 * ```
 * @category Errors
 */
export function formatIssues(error: ValidationError, options?: FormatIssuesOptions): string {
  if (!isValidationError(error)) throw wrongType(SUMMARY, ['error'], error, 'a ValidationError');
  const given = checkOptions(options, ['limit'], SUMMARY)['limit'];
  const limit =
    given === undefined
      ? DEFAULT_LIMIT
      : checkWholeNumber(given, 1, Number.MAX_SAFE_INTEGER, SUMMARY, ['options', 'limit']);
  const total = error.issues.length + error.omittedIssues;
  const summary = error.message.split('\n')[0] ?? '';
  const lines = [summary];
  for (const issue of error.issues.slice(0, limit)) {
    lines.push(`• ${issue.label}: ${issue.message}`);
    lines.push(`  received ${issue.received}; expected ${issue.expected}`);
  }
  const shown = Math.min(limit, error.issues.length);
  if (total > shown) lines.push(`... and ${total - shown} more`);
  return lines.join('\n');
}

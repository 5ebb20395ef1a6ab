// Renderings of validation issues for people: one issue on a line, a whole error as a report.
import type { ValidationError } from './errors.js';
import type { IssuePath, ValidationIssue } from './validation-issue.js';

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
export function formatIssue(
  issue: Pick<ValidationIssue, 'path' | 'message' | 'received' | 'expected'>,
): string {
  return `${formatIssuePath(issue.path)}: ${issue.message} (received ${issue.received}; expected ${issue.expected})`;
}

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
 * @example
 * ```ts
 * import { formatIssues, safeParsePartnership, samples } from 'partner-alignment';
 * const result = safeParsePartnership({ ...samples.lumenField, name: '' });
 * result.success ? '' : formatIssues(result.error).split('\n')
 * //=> ['Invalid partnership document: 1 issue', '• Name: Must not be empty', '  received ""; expected at least 1 character']
 * ```
 * @category Errors
 */
export function formatIssues(error: ValidationError, options: FormatIssuesOptions = {}): string {
  const limit = Math.max(1, Math.floor(Number(options.limit ?? 20)) || 20);
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

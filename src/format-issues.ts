// Renderings of validation issues for people: one issue on a line, a whole error as a report.
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

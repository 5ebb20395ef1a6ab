import { formatIssuePath } from '../format-issues.js';
import type { Finding, FindingSeverity } from '../model/finding.js';
import { readFindings } from './internal/read-findings.js';

/**
 * One finding as a flat row of text: its code and severity, what it is about, the message, and
 * the evidence with the document paths it came from.
 *
 * @example
 * ```ts
 * import type { FindingRow } from 'partner-alignment/report';
 * const row: FindingRow = {
 *   code: 'actuals-missing', severity: 'warning', subjects: 'objective new-deals; period FY2027-Q1',
 *   message: 'No pace: actuals are missing for FY2027-Q1.', evidence: 'Period without an actual: FY2027-Q1 (goals[0].period)',
 * };
 * row.severity //=> 'warning'
 * ```
 * @category Report
 */
export interface FindingRow {
  /** The finding's stable code, such as `goals-assigned`. */
  readonly code: string;
  /** `critical`, `warning` or `info`. */
  readonly severity: FindingSeverity;
  /** What it is about: each subject as its kind and id, separated by `; `. */
  readonly subjects: string;
  /** The English message. */
  readonly message: string;
  /** Each piece of evidence as `label: value`, with its document path in brackets when it has one, separated by `; `. */
  readonly evidence: string;
}

const SUMMARY = 'Cannot write the findings as rows';

/**
 * Any engine's findings as flat rows of text, in the order given (engines list the most severe
 * first): for tables, CSV and the review.
 *
 * @param findings - findings of any engine (`score.findings`, `economics.findings`, `progress.findings`...), as returned or as JSON
 * @returns one row per finding
 * @throws {@link index!ValidationError} when `findings` is not a list of findings, with issues under `findings`
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * import { findingRows } from 'partner-alignment/report';
 * const score = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * findingRows(score.findings)[0]?.code //=> 'motive-unserved'
 * ```
 * @category Report
 */
export function findingRows(findings: ReadonlyArray<Finding>): ReadonlyArray<FindingRow> {
  return readFindings(findings, SUMMARY, ['findings']).map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    subjects: finding.subjects
      .map((subject) => (subject.id === undefined ? subject.kind : `${subject.kind} ${subject.id}`))
      .join('; '),
    message: finding.message,
    evidence: finding.evidence
      .map(
        (item) =>
          `${item.label}: ${item.value}${item.path === undefined ? '' : ` (${formatIssuePath(item.path)})`}`,
      )
      .join('; '),
  }));
}

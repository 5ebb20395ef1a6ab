/**
 * What a finding is about: a kind of thing in the partnership and, when there is one, its id (a
 * motive id, an objective id, a cadence id, a side...).
 *
 * @example
 * ```ts
 * import type { FindingSubject } from 'partner-alignment';
 * const subject: FindingSubject = { kind: 'motive', id: 'retention' };
 * subject.kind //=> 'motive'
 * ```
 * @category Alignment
 */
export interface FindingSubject {
  /** The kind of thing the finding is about. */
  readonly kind:
    | 'motive'
    | 'objective'
    | 'goals'
    | 'commitments'
    | 'commitment'
    | 'terms'
    | 'stakeholders'
    | 'cadence'
    | 'review'
    | 'charter';
  /** Its id, when the finding is about one thing. */
  readonly id?: string;
}

/**
 * The stable codes of alignment findings.
 *
 * @example
 * ```ts
 * import type { FindingCode } from 'partner-alignment';
 * const code: FindingCode = 'goals-assigned';
 * code //=> 'goals-assigned'
 * ```
 * @category Alignment
 */
export type FindingCode =
  | 'motive-unserved'
  | 'objective-serves-no-motive'
  | 'no-objectives'
  | 'no-goals'
  | 'goals-assigned'
  | 'goals-proposed'
  | 'no-commitments'
  | 'one-sided-commitments'
  | 'commitment-not-tied'
  | 'margin-below-benchmark'
  | 'sponsor-missing'
  | 'no-strategic-cadence'
  | 'review-overdue'
  | 'no-purpose'
  | 'short-horizon'
  | 'no-opportunity';

/**
 * Something the alignment score found worth saying: a stable code, how serious it is, what it is
 * about, a sentence for the channel manager and a concrete suggestion.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const report = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * const finding = report.findings[0];
 * [finding?.code, finding?.severity, finding?.subject] //=> ['motive-unserved', 'warning', { kind: 'motive', id: 'retention' }]
 * ```
 * @category Alignment
 */
export interface Finding {
  /** What was found, as a stable code. */
  readonly code: FindingCode;
  /** `critical` (the score cannot be good while it stands), `warning` or `info`. */
  readonly severity: 'info' | 'warning' | 'critical';
  /** What the finding is about. */
  readonly subject: FindingSubject;
  /** What was found, in a sentence with its numbers. */
  readonly message: string;
  /** What would fix it. */
  readonly suggestion: string;
}

import type { IssueParams, IssuePath } from '../errors.js';

/**
 * How serious a finding is: `critical` (the plan cannot work while it stands), `warning` (it holds
 * the partnership back) or `info` (worth knowing). Listed from the most serious.
 *
 * @example
 * ```ts
 * import { findingSeverities } from 'partner-alignment';
 * findingSeverities //=> ['critical', 'warning', 'info']
 * ```
 * @category Model
 */
export const findingSeverities: ReadonlyArray<FindingSeverity> = Object.freeze([
  'critical',
  'warning',
  'info',
] as const);

/**
 * How serious a finding is (see {@link findingSeverities}).
 *
 * @example
 * ```ts
 * import type { FindingSeverity } from 'partner-alignment';
 * const severity: FindingSeverity = 'warning';
 * severity //=> 'warning'
 * ```
 * @category Model
 */
export type FindingSeverity = 'critical' | 'warning' | 'info';

/**
 * What a finding is about: a kind of thing in the partnership and, when there is one, its id (an
 * objective id, a motive id, a cadence id, a side, a period key...).
 *
 * @example
 * ```ts
 * import type { FindingSubject } from 'partner-alignment';
 * const subject: FindingSubject = { kind: 'motive', id: 'retention' };
 * subject.kind //=> 'motive'
 * ```
 * @category Model
 */
export interface FindingSubject {
  /** The kind of thing the finding is about. */
  readonly kind:
    | 'partnership'
    | 'charter'
    | 'motive'
    | 'opportunity'
    | 'objective'
    | 'goal'
    | 'commitment'
    | 'terms'
    | 'stakeholder'
    | 'cadence'
    | 'review'
    | 'actual'
    | 'period'
    | 'economics'
    | 'source'
    | 'lever';
  /** Its id, when the finding is about one thing. */
  readonly id?: string;
}

/**
 * One number or fact behind a finding, with where it came from: a label, the value as text (an
 * exact decimal string for numbers) and, when it comes from the document, the path to it.
 *
 * @example
 * ```ts
 * import type { FindingEvidence } from 'partner-alignment';
 * const evidence: FindingEvidence = { label: 'Goal target', value: '1200000', path: ['goals', 3, 'target'] };
 * evidence.value //=> '1200000'
 * ```
 * @category Model
 */
export interface FindingEvidence {
  /** What the value is, in a few words. */
  readonly label: string;
  /** The value: an exact decimal string for a number, otherwise text. */
  readonly value: string;
  /** Where in the partnership document it comes from, when it does. */
  readonly path?: IssuePath;
}

/**
 * Something an engine or the analysis found worth saying, in the one format every part of the
 * library uses: a stable code, a severity, what it is about, the evidence, the values its message
 * uses (so a product can write the message in its own words and languages, as it does for
 * validation issues) and the English message. What to do about a finding is looked up by its code
 * in a table of remedies, not carried by each finding.
 *
 * @typeParam Code - the codes of the engine that found it
 * @example
 * ```ts
 * import type { Finding } from 'partner-alignment';
 * const finding: Finding<'goals-assigned'> = {
 *   code: 'goals-assigned',
 *   severity: 'warning',
 *   subjects: [{ kind: 'goal', id: 'FY2027-Q1' }],
 *   evidence: [{ label: 'Assigned goals', value: '4', path: ['goals'] }],
 *   params: { assigned: 4, goals: 5 },
 *   message: '4 of 5 goals were assigned, not agreed',
 * };
 * finding.subjects.length //=> 1
 * ```
 * @category Model
 */
export interface Finding<Code extends string = string> {
  /** What was found, as a stable code. */
  readonly code: Code;
  /** How serious it is. */
  readonly severity: FindingSeverity;
  /** What it is about: one or more things. */
  readonly subjects: ReadonlyArray<FindingSubject>;
  /** The numbers and facts behind it, with their document paths. */
  readonly evidence: ReadonlyArray<FindingEvidence>;
  /** The values the message uses, by name. */
  readonly params: IssueParams;
  /** What was found, as an English sentence with its numbers. */
  readonly message: string;
}

/**
 * The findings of progress, built one way: the objective first among the subjects, numbers as
 * exact decimal strings, evidence paths from the lists the steps and actuals came from.
 *
 * @module
 */
import type { IssueParams, IssuePath } from '../../errors.js';
import type { FindingEvidence, FindingSeverity, FindingSubject } from '../../model/finding.js';
import type { ProgressFinding, ProgressFindingCode } from '../progress-finding.js';

/** Collects the findings of one objective. */
export interface FindingList {
  readonly objective: string;
  readonly items: ProgressFinding[];
}

export function findingList(objective: string): FindingList {
  return { objective, items: [] };
}

/** Adds a finding about the objective (and the further subjects given). */
export function addFinding(
  list: FindingList,
  code: ProgressFindingCode,
  severity: FindingSeverity,
  message: string,
  params: IssueParams,
  evidence: ReadonlyArray<FindingEvidence> = [],
  subjects: ReadonlyArray<FindingSubject> = [],
): void {
  list.items.push({
    code,
    severity,
    subjects: [{ kind: 'objective', id: list.objective }, ...subjects],
    evidence,
    params: { objective: list.objective, ...params },
    message,
  });
}

/** One piece of evidence, with the path in the input it comes from. */
export function evidence(label: string, value: string, path: IssuePath): FindingEvidence {
  return { label, value, path };
}

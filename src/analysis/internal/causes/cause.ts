/**
 * What a detector of causes reads, and what it gives back: a cause before ranking and remedies.
 * Each detector is a small module; `registry.ts` lists them in the order causes of the same
 * severity are ranked.
 *
 * @module
 */
import type { AlignmentScore } from '../../../alignment/alignment-score.js';
import type { FindingEvidence, FindingSeverity, FindingSubject } from '../../../model/finding.js';
import type { ObjectiveId } from '../../../model/ids.js';
import type { Partnership } from '../../../model/partnership.js';
import type { PartnershipProgress } from '../../../progress/evaluate-partnership-progress.js';
import type { IssueParams } from '../../../validation-issue.js';
import type { DiagnosisCode } from '../../diagnosis.js';
import type { ObjectiveAnalysis } from '../../objective-analysis.js';
import type { DraftPlan } from '../plan-objective.js';
import type { EconomicsReading } from '../read-economics.js';
import type { AnalysisSettings } from '../read-options.js';

/** Everything the detectors read: the document, the options, and what each engine found. */
export interface DiagnosisContext {
  readonly partnership: Partnership;
  readonly settings: AnalysisSettings;
  readonly drafts: ReadonlyArray<DraftPlan>;
  readonly objectives: ReadonlyArray<ObjectiveAnalysis>;
  readonly progress: PartnershipProgress;
  readonly economics: EconomicsReading;
  readonly score: AlignmentScore;
}

/** A cause as a detector finds it: its severity before the partnership's standing is read. */
export interface CauseDraft {
  readonly code: DiagnosisCode;
  readonly severity: FindingSeverity;
  readonly subjects: ReadonlyArray<FindingSubject>;
  readonly evidence: ReadonlyArray<FindingEvidence>;
  readonly params: IssueParams;
  readonly message: string;
  readonly objectives: ReadonlyArray<ObjectiveId>;
}

/** Finds one kind of cause, or nothing. */
export type CauseDetector = (context: DiagnosisContext) => CauseDraft | null;

/** The most serious of some severities (`info` for none). */
export function mostSevere(severities: ReadonlyArray<FindingSeverity>): FindingSeverity {
  if (severities.includes('critical')) return 'critical';
  return severities.includes('warning') ? 'warning' : 'info';
}

/** The distinct values, in the order first seen. */
export function distinct<T>(values: ReadonlyArray<T>): T[] {
  return [...new Set(values)];
}

/** A list for a sentence: the first `shown` items, then "and N more". */
export function listed(items: ReadonlyArray<string>, shown = 3): string {
  const head = items.slice(0, shown).join('; ');
  return items.length > shown ? `${head}; and ${items.length - shown} more` : head;
}

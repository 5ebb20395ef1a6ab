import type { AlignmentFindingCode } from '../alignment/alignment-finding.js';
import type { AlignmentGrade } from '../alignment/alignment-settings.js';
import type { ImprovementKind, JsonPatchOperation } from '../alignment/improvement.js';
import type { DiagnosisCode } from './diagnosis.js';

/**
 * A change a product can apply, with its exact effect: an improvement of `rankImprovements` as
 * RFC 6902 JSON Patch operations on the partnership's JSON document, re-scored by the analysis
 * (economics recomputed when the change touches them). Applying `patch` to the document and
 * analysing it again on the same date with the same options gives an alignment score exactly
 * `gain` higher.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const [best] = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' }).improvements ?? [];
 * [best?.kind, best?.subject, best?.gain, best?.patch[0]?.path] //=> ['serve-motive', 'retention', '3.96', '/charter/objectives/-']
 * ```
 * @category Analysis
 */
export interface AnalysisImprovement {
  readonly kind: ImprovementKind;
  /** What it is about: a motive id, a side, `goals`... */
  readonly subject: string;
  /** The alignment findings it answers. */
  readonly addresses: ReadonlyArray<AlignmentFindingCode>;
  /** The causes of the diagnosis it is the remedy of. */
  readonly remedies: ReadonlyArray<DiagnosisCode>;
  readonly description: string;
  /** Exactly what it changes, one line per edit. */
  readonly changes: ReadonlyArray<string>;
  /** The change as JSON Patch operations on the partnership's JSON document. */
  readonly patch: ReadonlyArray<JsonPatchOperation>;
  /** The alignment score the changed partnership reaches. */
  readonly score: string;
  readonly grade: AlignmentGrade;
  /** `score` − the current score: always positive. */
  readonly gain: string;
}

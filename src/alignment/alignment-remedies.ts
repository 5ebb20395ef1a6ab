import type { AlignmentFindingCode } from './alignment-finding.js';
import type { ImprovementKind } from './improvement.js';

/**
 * What to do about each finding of the alignment score: the kinds of improvement that
 * {@link rankImprovements} tries for it, as data. A finding carries no remedy itself; a product
 * or the analysis looks its code up here, and finds the matching improvement (with its re-scored
 * gain) among those `rankImprovements` returns. An empty list: nothing the library can change in
 * the document answers it (write a purpose, deliver what was promised, hire).
 *
 * @example
 * ```ts
 * import { alignmentRemedies } from 'partner-alignment';
 * alignmentRemedies['goals-assigned'] //=> ['agree-assigned-goals']
 * alignmentRemedies['no-purpose'] //=> []
 * ```
 * @category Alignment
 */
export const alignmentRemedies: Readonly<
  Record<AlignmentFindingCode, ReadonlyArray<ImprovementKind>>
> = Object.freeze({
  'motive-unserved': Object.freeze(['serve-motive'] as const),
  'objective-serves-no-motive': Object.freeze([] as const),
  'contribution-weaker-than-metric': Object.freeze([] as const),
  'no-objectives': Object.freeze(['serve-motive'] as const),
  'no-goals': Object.freeze([] as const),
  'goals-assigned': Object.freeze(['agree-assigned-goals'] as const),
  'goals-proposed': Object.freeze(['agree-proposed-goals'] as const),
  'no-commitments': Object.freeze(['add-commitment'] as const),
  'one-sided-commitments': Object.freeze(['add-commitment'] as const),
  'commitment-not-tied': Object.freeze([] as const),
  'commitment-missed': Object.freeze([] as const),
  'margin-below-benchmark': Object.freeze(['raise-margin'] as const),
  'capacity-shortfall': Object.freeze([] as const),
  'top-lever-unserved': Object.freeze(['serve-motive'] as const),
  'sponsor-missing': Object.freeze(['name-sponsor'] as const),
  'no-strategic-cadence': Object.freeze(['add-strategic-review'] as const),
  'review-overdue': Object.freeze(['hold-overdue-reviews'] as const),
  'review-attendance-incomplete': Object.freeze([] as const),
  'no-purpose': Object.freeze([] as const),
  'short-horizon': Object.freeze([] as const),
  'no-opportunity': Object.freeze([] as const),
});

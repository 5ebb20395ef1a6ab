import type { AlignmentScore } from '../alignment/alignment-score.js';
import type { AlignmentComponentId } from '../alignment/alignment-settings.js';
import { exactText, numberOf } from './internal/exact.js';
import { readAlignment } from './internal/read-alignment.js';

/**
 * One component of an alignment score as a flat row: its score from 0 to 100, its weight, the
 * points it adds to the total, and its reasons, each number beside its exact decimal string.
 *
 * @example
 * ```ts
 * import type { AlignmentComponentRow } from 'partner-alignment/report';
 * const row: AlignmentComponentRow = {
 *   component: 'economics', score: 90, scoreExact: '90', weight: 0.1, weightExact: '0.1', points: 9, pointsExact: '9',
 *   reasons: 'Resale margin 15% meets the benchmark 15%.',
 * };
 * row.points //=> 9
 * ```
 * @category Report
 */
export interface AlignmentComponentRow {
  /** Which component: `motive-fit`, `economics`, `mutuality`, `governance` or `clarity`. */
  readonly component: AlignmentComponentId;
  /** The component's score from 0 to 100. */
  readonly score: number;
  /** `score` as an exact decimal string (12 decimal places at most). */
  readonly scoreExact: string;
  /** Its weight in the total, from 0 to 1. */
  readonly weight: number;
  /** `weight` as an exact decimal string. */
  readonly weightExact: string;
  /** `weight × score`: the points it adds to the total before the margin gate. */
  readonly points: number;
  /** `points` as an exact decimal string. */
  readonly pointsExact: string;
  /** Why it scored what it did, its sentences joined by spaces. */
  readonly reasons: string;
}

const SUMMARY = 'Cannot write the alignment components as rows';

/**
 * The components of an alignment score as flat rows, in the score's fixed order: their points add
 * up to the score before the margin gate.
 *
 * @param score - an alignment score (as `scoreAlignment` returns it, or its JSON)
 * @returns one row per component
 * @throws {@link index!ValidationError} when `score` is not an alignment score, with issues under `score`
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * import { alignmentComponentRows } from 'partner-alignment/report';
 * const score = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * alignmentComponentRows(score).map((row) => row.component)
 * //=> ['motive-fit', 'economics', 'mutuality', 'governance', 'clarity']
 * ```
 * @category Report
 */
export function alignmentComponentRows(
  score: AlignmentScore,
): ReadonlyArray<AlignmentComponentRow> {
  return readAlignment(score, SUMMARY).components.map((component) => {
    const cells = {
      score: exactText(component.score),
      weight: exactText(component.weight),
      points: exactText(component.points),
    };
    return {
      component: component.id,
      score: numberOf(cells.score),
      scoreExact: cells.score,
      weight: numberOf(cells.weight),
      weightExact: cells.weight,
      points: numberOf(cells.points),
      pointsExact: cells.points,
      reasons: component.reasons.join(' '),
    };
  });
}

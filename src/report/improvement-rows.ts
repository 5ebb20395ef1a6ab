import type { AlignmentGrade } from '../alignment/alignment-settings.js';
import type { Improvement, ImprovementKind } from '../alignment/improvement.js';
import { exactText, numberOf } from './internal/exact.js';
import { readImprovements } from './internal/read-improvements.js';

/**
 * One improvement as a flat row: its rank, what it changes, the score the changed partnership
 * reaches and the gain, each number beside its exact decimal string.
 *
 * @example
 * ```ts
 * import type { ImprovementRow } from 'partner-alignment/report';
 * const row: ImprovementRow = {
 *   rank: 1, kind: 'serve-motive', subject: 'retention', description: 'Add an objective that serves retention.',
 *   addresses: 'motive-unserved', changes: 'Added objective serve-retention', score: 86.1, scoreExact: '86.1', grade: 'B', delta: 3.2, deltaExact: '3.2',
 * };
 * row.rank //=> 1
 * ```
 * @category Report
 */
export interface ImprovementRow {
  /** 1 for the improvement that gains the most. */
  readonly rank: number;
  /** What kind of change. */
  readonly kind: ImprovementKind;
  /** What it is about: a motive id, a side, a cadence... or the partnership. */
  readonly subject: string;
  /** The change in one sentence. */
  readonly description: string;
  /** The codes of the findings it is a remedy for, separated by `, `. */
  readonly addresses: string;
  /** Exactly what it changes, one edit after another, separated by `; `. */
  readonly changes: string;
  /** The score the changed partnership reaches, from 0 to 100. */
  readonly score: number;
  /** `score` as an exact decimal string. */
  readonly scoreExact: string;
  /** The grade of that score. */
  readonly grade: AlignmentGrade;
  /** The gain over the current score (always positive). */
  readonly delta: number;
  /** `delta` as an exact decimal string. */
  readonly deltaExact: string;
}

const SUMMARY = 'Cannot write the improvements as rows';

/**
 * Ranked improvements as flat rows, best first, without the changed partnership each carries
 * (its JSON Patch and the partnership stay on the improvement itself).
 *
 * @param improvements - improvements as `rankImprovements` returns them, or their JSON
 * @returns one row per improvement, in the order given, ranked from 1
 * @throws {@link index!ValidationError} when `improvements` is not a list of improvements, with issues under `improvements`
 * @example
 * ```ts
 * import { parsePartnership, rankImprovements, samples } from 'partner-alignment';
 * import { improvementRows } from 'partner-alignment/report';
 * const improvements = rankImprovements(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * const [best] = improvementRows(improvements);
 * [best?.rank, best?.kind, best?.subject] //=> [1, 'serve-motive', 'retention']
 * ```
 * @category Report
 */
export function improvementRows(
  improvements: ReadonlyArray<Improvement>,
): ReadonlyArray<ImprovementRow> {
  return readImprovements(improvements, SUMMARY).map((improvement, index) => {
    const score = exactText(improvement.score);
    const delta = exactText(improvement.delta);
    return {
      rank: index + 1,
      kind: improvement.kind,
      subject: improvement.subject,
      description: improvement.description,
      addresses: improvement.addresses.join(', '),
      changes: improvement.changes.join('; '),
      score: numberOf(score),
      scoreExact: score,
      grade: improvement.grade,
      delta: numberOf(delta),
      deltaExact: delta,
    };
  });
}

import type { AlignmentScore } from '../alignment/alignment-score.js';
import { exactText, numberOf } from './internal/exact.js';
import { readAlignment } from './internal/read-alignment.js';

/**
 * One motive of the partner's profile as a flat row: its weight, how fully the plan serves it,
 * the points it adds to the score, and what serves it.
 *
 * @example
 * ```ts
 * import type { MotiveRow } from 'partner-alignment/report';
 * const row: MotiveRow = {
 *   motive: 'user-growth', label: 'user growth', weight: 0.25, weightExact: '0.25', coverage: 0.84, coverageExact: '0.84',
 *   points: 8.4, pointsExact: '8.4', objectives: 'active-users', commitments: '',
 * };
 * row.coverage //=> 0.84
 * ```
 * @category Report
 */
export interface MotiveRow {
  /** The motive's id. */
  readonly motive: string;
  /** Its label, such as `consultant utilization`. */
  readonly label: string;
  /** Its weight in the partner's motive profile, from 0 to 1. */
  readonly weight: number;
  /** `weight` as an exact decimal string. */
  readonly weightExact: string;
  /** How fully the plan serves it, from 0 to 1. */
  readonly coverage: number;
  /** `coverage` as an exact decimal string. */
  readonly coverageExact: string;
  /** The points it adds to the score before the gate (the motives' points add up to motive fit's). */
  readonly points: number;
  /** `points` as an exact decimal string. */
  readonly pointsExact: string;
  /** The ids of the objectives serving it, separated by `, ` (empty when none). */
  readonly objectives: string;
  /** The ids of the commitments serving it, separated by `, ` (empty when none). */
  readonly commitments: string;
}

const SUMMARY = 'Cannot write the motives as rows';

/**
 * How each motive of the partner's profile is served, as flat rows, heaviest motive first.
 *
 * @param score - an alignment score (as `scoreAlignment` returns it, or its JSON)
 * @returns one row per motive of the profile
 * @throws {@link index!ValidationError} when `score` is not an alignment score, with issues under `score`
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * import { motiveRows } from 'partner-alignment/report';
 * const score = scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * const users = motiveRows(score).find((row) => row.motive === 'user-growth');
 * [users?.weightExact, users?.coverage, users?.objectives] //=> ['0.25', 0.84, 'active-users']
 * ```
 * @category Report
 */
export function motiveRows(score: AlignmentScore): ReadonlyArray<MotiveRow> {
  return readAlignment(score, SUMMARY).motives.map((motive) => {
    const cells = {
      weight: exactText(motive.weight),
      coverage: exactText(motive.coverage),
      points: exactText(motive.points),
    };
    return {
      motive: motive.motive,
      label: motive.label,
      weight: numberOf(cells.weight),
      weightExact: cells.weight,
      coverage: numberOf(cells.coverage),
      coverageExact: cells.coverage,
      points: numberOf(cells.points),
      pointsExact: cells.points,
      objectives: motive.objectives.map((o) => o.objective).join(', '),
      commitments: motive.commitments.map((c) => c.commitment).join(', '),
    };
  });
}

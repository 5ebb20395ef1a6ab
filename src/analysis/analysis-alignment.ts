import type { AlignmentFinding } from '../alignment/alignment-finding.js';
import type { AlignmentComponentId, AlignmentGrade } from '../alignment/alignment-settings.js';
import type { MotiveId } from '../model/motive.js';

/**
 * The alignment score in a {@link PartnershipAnalysis} (see `scoreAlignment`), computed with the
 * partner's economics feeding it (the margin's share of the partner's gross profit sets how much
 * the margin gate applies, a capacity shortfall is a finding, and the top lever is linked to the
 * motive it moves), as exact decimal strings.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const { alignment } = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * [alignment.display, alignment.grade, alignment.economics?.topLever?.motive] //=> ['82.9', 'B', 'services-revenue']
 * ```
 * @category Analysis
 */
export interface AnalysisAlignment {
  /** The version of the alignment rules (`alignmentScoringVersion`). */
  readonly scoringVersion: string;
  /** The exact score from 0 to 100. */
  readonly score: string;
  /** The score to one decimal place, half to even. */
  readonly display: string;
  readonly grade: AlignmentGrade;
  /** The margin gate: margin / benchmark, how much of the gate applies, the cap, the points it took (0 or negative). */
  readonly gate: {
    readonly marginRatio: string | null;
    readonly relevance: string | null;
    readonly cap: string | null;
    readonly points: string;
  };
  readonly components: ReadonlyArray<{
    readonly id: AlignmentComponentId;
    readonly score: string;
    readonly weight: string;
    readonly points: string;
    readonly reasons: ReadonlyArray<string>;
  }>;
  /** Every motive of the partner's profile, heaviest first, with its weight and coverage (0 to 1). */
  readonly motives: ReadonlyArray<{
    readonly motive: MotiveId;
    readonly label: string;
    readonly weight: string;
    readonly coverage: string;
    readonly points: string;
  }>;
  /** What the economics figures did to the score; `null` without economics. */
  readonly economics: {
    readonly marginShareOfProfit: string | null;
    readonly capacityShortfall: { readonly hires: number; readonly period: string | null } | null;
    readonly topLever: {
      readonly lever: string;
      readonly motive: MotiveId;
      readonly coverage: string;
    } | null;
  } | null;
  readonly findings: ReadonlyArray<AlignmentFinding>;
}

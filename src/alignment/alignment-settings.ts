import type { Commitment } from '../model/commitment.js';
import type { MotiveProfileTable } from './default-profiles.js';

/**
 * How strongly an objective advances a motive: the model's `weak`, `moderate` or `strong`.
 *
 * @example
 * ```ts
 * import type { ContributionStrength } from 'partner-alignment';
 * const strength: ContributionStrength = 'strong';
 * strength //=> 'strong'
 * ```
 * @category Alignment
 */
export type ContributionStrength = 'weak' | 'moderate' | 'strong';

/**
 * The five components of the alignment score.
 *
 * @example
 * ```ts
 * import type { AlignmentComponentId } from 'partner-alignment';
 * const id: AlignmentComponentId = 'motive-fit';
 * id //=> 'motive-fit'
 * ```
 * @category Alignment
 */
export type AlignmentComponentId =
  | 'motive-fit'
  | 'economics'
  | 'mutuality'
  | 'governance'
  | 'clarity';

/**
 * A letter grade of the alignment score, `A` best, `E` the bottom.
 *
 * @example
 * ```ts
 * import type { AlignmentGrade } from 'partner-alignment';
 * const grade: AlignmentGrade = 'B';
 * grade //=> 'B'
 * ```
 * @category Alignment
 */
export type AlignmentGrade = 'A' | 'B' | 'C' | 'D' | 'E';

/**
 * Every weight and threshold the alignment score uses. Decimal numbers are written as decimal
 * strings (`"0.25"`), so that the defaults read as data and compute exactly. See
 * {@link defaultAlignmentSettings} for the values, their formulas and where they come from.
 *
 * @example
 * ```ts
 * import { defaultAlignmentSettings, type AlignmentSettings } from 'partner-alignment';
 * const settings: AlignmentSettings = defaultAlignmentSettings;
 * settings.componentWeights['motive-fit'] //=> '0.45'
 * ```
 * @category Alignment
 */
export interface AlignmentSettings {
  /** Default motive profiles per archetype, for partners that declare none. */
  readonly profiles: MotiveProfileTable;
  /** The coverage of a motive by one contribution of each strength (from 0 to 1). */
  readonly strengthCoverage: Readonly<Record<ContributionStrength, string>>;
  /** The strength given to a motive an objective serves only through its metric's `motives`. */
  readonly derivedStrength: ContributionStrength;
  /**
   * How objective weights count: `'weighted'` (an objective serves its motives, and counts in
   * the shares of mutuality and clarity, in proportion to its weight; the heaviest at full
   * strength) or `'equal'` (weights ignored).
   */
  readonly objectiveWeights: 'weighted' | 'equal';
  /** A commitment covers the motives of its objectives at this fraction of their coverage. */
  readonly commitmentFactor: string;
  /** The share of a commitment that counts, by its status (from 0 to 1). */
  readonly commitmentStatusCredit: Readonly<Record<Commitment['status'], string>>;
  /** The weight of each component in the total; they sum to 1. */
  readonly componentWeights: Readonly<Record<AlignmentComponentId, string>>;
  /** The economics component and the margin gate. */
  readonly economics: {
    /** The economics score with the margin exactly at the benchmark. */
    readonly atBenchmark: string;
    /** At or above this margin/benchmark ratio the gate is open (no cap). */
    readonly gateOpen: string;
    /** At or below this ratio the total is capped at `bottomCap`. */
    readonly gateClosed: string;
    /** The cap of the total when the gate is closed: inside the bottom grade. */
    readonly bottomCap: string;
    /**
     * With economics figures: from this share of the partner's gross profit coming from resale
     * margin on, the gate applies in full; below it, in proportion.
     */
    readonly fullGateShare: string;
  };
  /** The parts of the mutuality component (their weights sum to 1) and the credit of a proposed goal. */
  readonly mutuality: {
    readonly agreedGoals: string;
    readonly bothSidesCommit: string;
    readonly commitmentsTied: string;
    readonly proposedGoalCredit: string;
  };
  /** The parts of the governance component (their weights sum to 1) and partial credits. */
  readonly governance: {
    readonly sponsors: string;
    readonly strategicCadence: string;
    readonly reviewsOnSchedule: string;
    readonly stakeholderWithoutSponsorCredit: string;
    readonly cadenceWithoutStrategicCredit: string;
    readonly lateReviewCredit: string;
    /** The credit of a review held without both sides (or, for a strategic one, their sponsors). */
    readonly incompleteAttendanceCredit: string;
  };
  /** The parts of the clarity component (their weights sum to 1) and the long-term horizon. */
  readonly clarity: {
    readonly purpose: string;
    readonly horizon: string;
    readonly opportunity: string;
    readonly objectivesTied: string;
    readonly minimumHorizonDays: number;
  };
  /** The grade bands, best first: a score at or above `min` earns `grade`. The last has min 0. */
  readonly grades: ReadonlyArray<{ readonly grade: AlignmentGrade; readonly min: string }>;
  /** A motive at least this heavy that nothing serves is a warning (the heaviest one is critical). */
  readonly unservedMotiveWeight: string;
}

/**
 * Overrides of the alignment settings: any section, and within a section any field; what is left
 * out keeps its default. `profiles` replaces or adds rows. Unknown keys are
 * refused.
 *
 * @example
 * ```ts
 * import type { AlignmentSettingsOverrides } from 'partner-alignment';
 * const overrides: AlignmentSettingsOverrides = { strengthCoverage: { strong: '0.9' } };
 * overrides.strengthCoverage?.strong //=> '0.9'
 * ```
 * @category Alignment
 */
export type AlignmentSettingsOverrides = {
  readonly [K in keyof AlignmentSettings]?: AlignmentSettings[K] extends
    | string
    | number
    | ReadonlyArray<unknown>
    ? AlignmentSettings[K]
    : Partial<AlignmentSettings[K]>;
};

import { defaultMotiveProfiles, type MotiveProfileTable } from './default-profiles.js';

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
  /** A commitment covers the motives of its objectives at this fraction of their coverage. */
  readonly commitmentFactor: string;
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
 * The default weights and thresholds of the alignment score, as data. Each can be overridden
 * through `settings` in the options of `scoreAlignment`.
 *
 * - **Motive profiles**: {@link defaultMotiveProfiles} (one documented row per archetype).
 * - **Strength → coverage**: weak 0.25, moderate 0.5, strong 0.8. One strong contribution covers
 *   most of a motive but never all of it (room for a second initiative); several combine with
 *   saturation `1 − Π(1 − cᵢ)`, so two moderate ones (0.75) come close to one strong one (0.8), and
 *   no amount reaches past 1. A motive named only by the metric's `motives` counts as `moderate`:
 *   the metric moves it by nature, but nobody stated how much.
 * - **Commitments** cover the motives of the objectives they are tied to at 0.25 of those
 *   objectives' coverage: a commitment supports an outcome, it is not one.
 * - **Components**: motive fit 0.45, economics 0.10, mutuality 0.20, governance 0.15, clarity
 *   0.10. The article's argument sets the order: partners spend their people and money on their
 *   own strategic objectives (motive fit, the largest); margin is only "the price of entry"
 *   (economics, small as a component but a *gate* on the total); goals set together rather than
 *   assigned (mutuality) come next; governance and clarity (the how and the why/what of the
 *   charter) complete it.
 * - **Economics** with margin `m` and benchmark `b`: at or above the benchmark the score is
 *   `100 − (100 − atBenchmark) · b / m` (90 at the benchmark, 92.1 with 4 more points on a 15 %
 *   benchmark, approaching 100: extra points add little); below it, `atBenchmark · (m / b)²`
 *   (falls fast). The article: the "additional 3% or 4% margin" of a higher tier does not decide
 *   the partner's day.
 * - **Gate**: with `r = m / b`, at `r ≥ 0.75` nothing is capped; at `r ≤ 0.5` the total is capped
 *   at 35 (inside grade E); in between the cap rises linearly from 35 to 100. "Well below" the
 *   price of entry, no plan can score well. A zero benchmark never caps.
 * - **Mutuality**: agreed goals 0.5 (a proposed goal earns half an agreed one, an assigned goal
 *   nothing), both sides committing 0.25 (one side only: half), commitments tied to objectives
 *   0.25.
 * - **Governance**: an executive sponsor on each side 0.35 (a side with stakeholders but no
 *   sponsor: a quarter of its half), a strategic review cadence 0.25 (only other cadences: half),
 *   reviews held on schedule 0.40 (a late review earns half).
 * - **Clarity**: a purpose 0.2, a horizon of at least 365 days 0.1, an opportunity with a capture
 *   target 0.3, objectives tied to an opportunity or a motive 0.4.
 * - **Grades**: A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, E below.
 * - **Findings**: a motive weighing 0.1 or more that nothing serves is a warning.
 *
 * @example
 * ```ts
 * import { defaultAlignmentSettings } from 'partner-alignment';
 * defaultAlignmentSettings.strengthCoverage //=> { weak: '0.25', moderate: '0.5', strong: '0.8' }
 * defaultAlignmentSettings.grades[0] //=> { grade: 'A', min: '85' }
 * ```
 * @category Alignment
 */
export const defaultAlignmentSettings: AlignmentSettings = Object.freeze({
  profiles: defaultMotiveProfiles,
  strengthCoverage: Object.freeze({ weak: '0.25', moderate: '0.5', strong: '0.8' }),
  derivedStrength: 'moderate',
  commitmentFactor: '0.25',
  componentWeights: Object.freeze({
    'motive-fit': '0.45',
    economics: '0.10',
    mutuality: '0.20',
    governance: '0.15',
    clarity: '0.10',
  }),
  economics: Object.freeze({
    atBenchmark: '90',
    gateOpen: '0.75',
    gateClosed: '0.5',
    bottomCap: '35',
  }),
  mutuality: Object.freeze({
    agreedGoals: '0.5',
    bothSidesCommit: '0.25',
    commitmentsTied: '0.25',
    proposedGoalCredit: '0.5',
  }),
  governance: Object.freeze({
    sponsors: '0.35',
    strategicCadence: '0.25',
    reviewsOnSchedule: '0.40',
    stakeholderWithoutSponsorCredit: '0.25',
    cadenceWithoutStrategicCredit: '0.5',
    lateReviewCredit: '0.5',
  }),
  clarity: Object.freeze({
    purpose: '0.2',
    horizon: '0.1',
    opportunity: '0.3',
    objectivesTied: '0.4',
    minimumHorizonDays: 365,
  }),
  grades: Object.freeze([
    Object.freeze({ grade: 'A', min: '85' }),
    Object.freeze({ grade: 'B', min: '70' }),
    Object.freeze({ grade: 'C', min: '55' }),
    Object.freeze({ grade: 'D', min: '40' }),
    Object.freeze({ grade: 'E', min: '0' }),
  ]),
  unservedMotiveWeight: '0.1',
} satisfies AlignmentSettings);

/**
 * Overrides of the alignment settings: any section, and within a section any field; what is left
 * out keeps its default.
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

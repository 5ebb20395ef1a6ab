import type { AlignmentSettings } from './alignment-settings.js';
import { defaultMotiveProfiles } from './default-profiles.js';

/**
 * The default weights and thresholds of the alignment score, as data. Each can be overridden
 * through `settings` in the options of `scoreAlignment`; docs/alignment.md gives the reasons at
 * length.
 *
 * - **Motive profiles**: {@link defaultMotiveProfiles} (one documented row per archetype).
 * - **Strength → coverage**: weak 0.25, moderate 0.5, strong 0.8. One strong contribution covers
 *   most of a motive but never all of it (room for a second initiative); several combine with
 *   saturation `1 − Π(1 − cᵢ)`, so two moderate ones (0.75) come close to one strong one (0.8), and
 *   no amount reaches past 1. A motive named only by the metric's `motives` counts as `moderate`:
 *   the metric moves it by nature, but nobody stated how much. A declared contribution states
 *   what the two sides know and always wins over that default, also when it is weaker.
 * - **Objective weights** (`weighted`): an objective with weight `w` serves its motives at
 *   `w / w_max` of its strength's coverage (the heaviest objective at full strength; without
 *   weights every objective weighs 1), and counts by its weight in the shares of agreed goals
 *   (its goals) and of objectives tied to an opportunity or a motive. A plan's weights say where
 *   its effort goes; the score reads them rather than counting every objective alike.
 * - **Commitments** cover the motives of the objectives they are tied to at 0.25 of those
 *   objectives' coverage (a commitment supports an outcome, it is not one), times the credit of
 *   its status: delivered 1, planned or in progress 0.5 (a promise not yet kept counts half, the
 *   same half credit a proposed goal and a late review get), missed 0. A missed commitment also
 *   counts for neither the sides committing nor the commitments tied (mutuality).
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
 *   at 35 (inside grade E); in between the cap rises linearly from 35 to 100. A zero benchmark
 *   never caps. With the partner's economics figures, the gate applies in proportion to how much
 *   margin matters to the partner: in full from a margin share of half its gross profit
 *   (`fullGateShare` 0.5: margin is then its main income from the partnership), and at
 *   `share / 0.5` below that; the cap becomes `100 − (100 − cap) · relevance`.
 * - **Mutuality**: agreed goals 0.5 (a proposed goal earns half an agreed one, an assigned goal
 *   nothing), both sides committing 0.25 (one side only: half), commitments tied to objectives
 *   0.25.
 * - **Governance**: an executive sponsor on each side 0.35 (a side with stakeholders but no
 *   sponsor: a quarter of its half), a strategic review cadence 0.25 (only other cadences: half),
 *   reviews held on schedule 0.40 (a late review earns half; a review without both sides
 *   present, or a strategic review without the sponsors, half again).
 * - **Clarity**: a purpose 0.2, a horizon of at least 365 days 0.1, an opportunity with a capture
 *   target 0.3, objectives tied to an opportunity or a motive 0.4.
 * - **Grades**: A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, E below.
 * - **Findings**: a motive weighing 0.1 or more that nothing serves is a warning.
 *
 * @example
 * ```ts
 * import { defaultAlignmentSettings } from 'partner-alignment';
 * defaultAlignmentSettings.strengthCoverage //=> { weak: '0.25', moderate: '0.5', strong: '0.8' }
 * defaultAlignmentSettings.commitmentStatusCredit.missed //=> '0'
 * defaultAlignmentSettings.grades[0] //=> { grade: 'A', min: '85' }
 * ```
 * @category Alignment
 */
export const defaultAlignmentSettings: AlignmentSettings = Object.freeze({
  profiles: defaultMotiveProfiles,
  strengthCoverage: Object.freeze({ weak: '0.25', moderate: '0.5', strong: '0.8' }),
  derivedStrength: 'moderate',
  objectiveWeights: 'weighted',
  commitmentFactor: '0.25',
  commitmentStatusCredit: Object.freeze({
    planned: '0.5',
    'in-progress': '0.5',
    delivered: '1',
    missed: '0',
  }),
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
    fullGateShare: '0.5',
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
    incompleteAttendanceCredit: '0.5',
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

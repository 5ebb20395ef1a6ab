import type { IsoDate } from '../calendar/iso-date.js';
import type { CommitmentId, ObjectiveId, PartnershipId } from '../model/ids.js';
import type { MotiveId } from '../model/motive.js';
import type { MotiveProfile } from '../model/motive-profile.js';
import type { Decimal } from '../money/to-decimal.js';
import type { AlignmentFinding } from './alignment-finding.js';
import type {
  AlignmentComponentId,
  AlignmentGrade,
  ContributionStrength,
} from './alignment-settings.js';
import type { ReviewSchedule } from './review-schedule.js';

/**
 * One component of the alignment score: its score from 0 to 100, its weight, the points it adds
 * to the total (`weight × score`, exact) and the reasons behind it, one sentence each.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const score = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * const economics = score.components.find((component) => component.id === 'economics');
 * [economics?.score, economics?.weight, economics?.points] //=> ['90', '0.1', '9']
 * ```
 * @category Alignment
 */
export interface AlignmentComponent {
  /** Which component. */
  readonly id: AlignmentComponentId;
  /** Its score from 0 to 100 (kept to 12 decimal places). */
  readonly score: Decimal;
  /** Its weight in the total. */
  readonly weight: Decimal;
  /** `weight × score`: what it adds to the total before the margin gate. */
  readonly points: Decimal;
  /** Why it scored what it did, one sentence each. */
  readonly reasons: ReadonlyArray<string>;
}

/**
 * One objective serving a motive in an {@link AlignmentScore}: how strongly, whether the
 * strength was declared or comes from the objective's metric, and the coverage it gives (its
 * strength's coverage times its weight over the heaviest objective's).
 *
 * @example
 * ```ts
 * import type { ObjectiveService } from 'partner-alignment';
 * const service = { objective: 'new-deals', strength: 'strong', origin: 'declared' } as const;
 * service.origin //=> 'declared'
 * ```
 * @category Alignment
 */
export interface ObjectiveService {
  /** The objective. */
  readonly objective: ObjectiveId;
  /** How strongly it serves the motive. */
  readonly strength: ContributionStrength;
  /** `declared` (a contribution) or `derived` (the metric's motives). */
  readonly origin: 'declared' | 'derived';
  /** The coverage it gives. */
  readonly coverage: Decimal;
}

/**
 * One commitment serving a motive in an {@link AlignmentScore}, through the objective it is tied
 * to that serves the motive best; its coverage is that objective's times the commitment factor
 * times the credit of the commitment's status.
 *
 * @example
 * ```ts
 * import type { CommitmentService } from 'partner-alignment';
 * const service = { commitment: 'c-leads', objective: 'new-deals' };
 * service.objective //=> 'new-deals'
 * ```
 * @category Alignment
 */
export interface CommitmentService {
  /** The commitment. */
  readonly commitment: CommitmentId;
  /** The objective it serves the motive through. */
  readonly objective: ObjectiveId;
  /** The coverage it gives. */
  readonly coverage: Decimal;
}

/**
 * How one motive of the partner's profile is served: its weight, its coverage from 0 to 1, the
 * points it adds to the total (`motive-fit weight × 100 × weight × coverage`), and the objectives
 * and commitments behind the coverage.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const score = scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * const users = score.motives.find((motive) => motive.motive === 'user-growth');
 * [users?.weight, users?.coverage, users?.objectives.map((o) => o.objective)] //=> ['0.25', '0.84', ['active-users']]
 * ```
 * @category Alignment
 */
export interface MotiveAlignment {
  /** The motive. */
  readonly motive: MotiveId;
  /** Its label, such as `consultant utilization`. */
  readonly label: string;
  /** Its weight in the partner's profile. */
  readonly weight: Decimal;
  /** How fully the plan serves it, from 0 to 1: `1 − Π(1 − cᵢ)` over what serves it. */
  readonly coverage: Decimal;
  /** What it adds to the total before the gate. The motives' points add up to motive fit's. */
  readonly points: Decimal;
  /** The objectives serving it, with strength, origin (declared or from the metric) and coverage. */
  readonly objectives: ReadonlyArray<ObjectiveService>;
  /** The commitments serving it through one of their objectives, with their coverage. */
  readonly commitments: ReadonlyArray<CommitmentService>;
}

/**
 * The margin gate of an {@link AlignmentScore}: the margin/benchmark ratio, how much of the gate
 * applies (with economics figures), the cap on the total when it applies, and the points it took
 * off (0 or negative).
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const { gate } = scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * [gate.marginRatio?.toFixed(4), gate.points] //=> ['0.8333', '0']
 * gate.cap //=> undefined
 * ```
 * @category Alignment
 */
export interface AlignmentGate {
  /** Resale margin / benchmark margin (absent for a zero benchmark, which never caps). */
  readonly marginRatio?: Decimal;
  /** With economics figures: the share of the gate that applies, from 0 to 1. */
  readonly relevance?: Decimal;
  /** The cap on the total, when margin is far enough below the benchmark. */
  readonly cap?: Decimal;
  /** The points the cap took off the total: 0 or negative. */
  readonly points: Decimal;
}

/**
 * What the economics figures passed to `scoreAlignment` did to the score: the margin's share of
 * the partner's gross profit (which set the gate's relevance), the capacity shortfall, and the top
 * lever with the motive it moves and how fully the plan serves that motive.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const economics = { marginShareOfProfit: '0.2', topLever: { lever: 'utilization', motive: 'consultant-utilization' } };
 * const score = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27', economics });
 * score.economics?.topLever //=> { lever: 'utilization', motive: 'consultant-utilization', coverage: '0.915625' }
 * ```
 * @category Alignment
 */
export interface AlignmentEconomicsReading {
  /** The resale margin's share of the partner's gross profit, or null when unknown. */
  readonly marginShareOfProfit: Decimal | null;
  /** The consultants the plan needs beyond the partner's capacity. */
  readonly capacityShortfall?: { readonly hires: number; readonly period?: string };
  /** The lever that pays the partner most, the motive it moves and the plan's coverage of it. */
  readonly topLever?: {
    readonly lever: string;
    readonly motive: MotiveId;
    readonly coverage: Decimal;
  };
}

/**
 * The alignment score of a partnership as of a date, explained: the version of the scoring
 * rules, the score from 0 to 100 and its grade, the five components, the margin gate, the
 * partner's motive profile and how each motive is served, the review schedule, what the economics
 * figures did (when given), and the findings, most severe first.
 *
 * The total is `Σ components' points + gate.points` **exactly** (Decimal arithmetic; `gate.points`
 * is 0 or the negative amount the cap takes off). `display` is the score rounded to one decimal
 * place, half to even; the grade is read from the exact score.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const score = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * [score.scoringVersion, score.display, score.grade] //=> ['2', '82.9', 'B']
 * ```
 * @category Alignment
 */
export interface AlignmentScore {
  /** The version of the scoring rules that produced it ({@link alignmentScoringVersion}). */
  readonly scoringVersion: string;
  /** The partnership scored. */
  readonly partnership: PartnershipId;
  /** The date it was scored on. */
  readonly asOf: IsoDate;
  /** The score from 0 to 100. */
  readonly score: Decimal;
  /** The score rounded to one decimal place (half to even), for display. */
  readonly display: string;
  /** The grade of the exact score. */
  readonly grade: AlignmentGrade;
  /** The sum of the components' points, before the gate. */
  readonly subtotal: Decimal;
  /** The margin gate. */
  readonly gate: AlignmentGate;
  /** The five components, in a fixed order. */
  readonly components: ReadonlyArray<AlignmentComponent>;
  /** The partner's motive profile used (declared, or derived from its archetypes). */
  readonly profile: MotiveProfile;
  /** Every motive of the profile, heaviest first. */
  readonly motives: ReadonlyArray<MotiveAlignment>;
  /** The review schedule the governance component read. */
  readonly reviews: ReviewSchedule;
  /** What the economics figures did, when they were given. */
  readonly economics?: AlignmentEconomicsReading;
  /** What the score found, critical first, then warnings, then information. */
  readonly findings: ReadonlyArray<AlignmentFinding>;
}

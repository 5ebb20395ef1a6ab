import type { IsoDate } from '../calendar/iso-date.js';
import type { CommitmentId, ObjectiveId, PartnershipId } from '../model/ids.js';
import type { Decimal } from '../money/to-decimal.js';
import type {
  AlignmentComponentId,
  AlignmentGrade,
  AlignmentSettingsOverrides,
  ContributionStrength,
} from './alignment-settings.js';
import type { Finding } from './finding.js';
import {
  type ComponentResult,
  clarityComponent,
  economicsComponent,
  governanceComponent,
  motiveFitComponent,
  mutualityComponent,
} from './internal/components.js';
import { quantize, sum } from './internal/decimal.js';
import { motiveFit } from './internal/motive-fit.js';
import type { MotiveProfile, Partnership } from './internal/partnership.js';
import { resolveSettings } from './internal/resolve-settings.js';
import { profileOf } from './motive-profile.js';
import { type ReviewSchedule, reviewSchedule } from './review-schedule.js';

/**
 * Options of {@link scoreAlignment}.
 *
 * @example
 * ```ts
 * import type { ScoreAlignmentOptions } from 'partner-alignment';
 * const options: ScoreAlignmentOptions = { asOf: '2026-11-27', settings: { componentWeights: { economics: '0.05', clarity: '0.15' } } };
 * options.settings?.componentWeights?.economics //=> '0.05'
 * ```
 * @category Alignment
 */
export interface ScoreAlignmentOptions {
  /** The date the partnership is scored on (reviews due, reviews held). Required: no clock. */
  readonly asOf: IsoDate;
  /** Overrides of {@link defaultAlignmentSettings}; default: none. */
  readonly settings?: AlignmentSettingsOverrides;
}

/**
 * One component of the alignment score: its score from 0 to 100, its weight, the points it adds
 * to the total (`weight × score`, exact) and the reasons behind it, one sentence each.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const report = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * const economics = report.components.find((component) => component.id === 'economics');
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
 * One objective serving a motive in an {@link AlignmentReport}: how strongly, whether the
 * strength was declared or comes from the objective's metric, and the coverage it gives.
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
  /** The coverage it gives, from the strength table. */
  readonly coverage: Decimal;
}

/**
 * One commitment serving a motive in an {@link AlignmentReport}, through the objective it is tied
 * to that serves the motive best; its coverage is that objective's times the commitment factor.
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
 * const report = scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * const users = report.motives.find((motive) => motive.motive === 'user-growth');
 * [users?.weight, users?.coverage, users?.objectives.map((o) => o.objective)] //=> ['0.25', '0.84', ['active-users']]
 * ```
 * @category Alignment
 */
export interface MotiveAlignment {
  /** The motive. */
  readonly motive: string;
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
 * The alignment score of a partnership as of a date, explained: the score from 0 to 100 and its
 * grade, the five components, the margin gate, the partner's motive profile and how each motive
 * is served, the review schedule, and the findings, most severe first.
 *
 * The total is `Σ components' points + gate.points` **exactly** (Decimal arithmetic; `gate.points`
 * is 0 or the negative amount the cap takes off). `display` is the score rounded to one decimal
 * place, half to even; the grade is read from the exact score.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const report = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * [report.display, report.grade] //=> ['83.8', 'B']
 * ```
 * @category Alignment
 */
export interface AlignmentReport {
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
  /** The margin gate: margin/benchmark ratio, the cap when it applies, and the points it takes off (0 or negative). */
  readonly gate: {
    readonly marginRatio?: Decimal;
    readonly cap?: Decimal;
    readonly points: Decimal;
  };
  /** The five components, in a fixed order. */
  readonly components: ReadonlyArray<AlignmentComponent>;
  /** The partner's motive profile used (declared, or derived from its archetypes). */
  readonly profile: MotiveProfile;
  /** Every motive of the profile, heaviest first. */
  readonly motives: ReadonlyArray<MotiveAlignment>;
  /** The review schedule the governance component read. */
  readonly reviews: ReviewSchedule;
  /** What the score found, critical first, then warnings, then information. */
  readonly findings: ReadonlyArray<Finding>;
}

const severityOrder = { critical: 0, warning: 1, info: 2 } as const;

/**
 * Scores how well a partnership serves what its partner cares about, from 0 to 100, with
 * components a channel manager can defend line by line:
 *
 * - **motive fit**: `100 × Σ weight × coverage` over the partner's motive profile;
 * - **economics**: resale margin against the market benchmark, which is also a *gate* on the
 *   total (far below the benchmark, the total is capped inside the bottom grade);
 * - **mutuality**: goals agreed rather than assigned, commitments from both sides tied to
 *   objectives;
 * - **governance**: executive sponsors on both sides, a strategic review cadence, reviews held on
 *   schedule as of `asOf` (see {@link reviewSchedule});
 * - **clarity**: purpose and a long-term horizon, a market opportunity with a capture target,
 *   objectives tied to an opportunity or a motive.
 *
 * Every weight and threshold is a documented default ({@link defaultAlignmentSettings}) that
 * `settings` can override. Pure and deterministic: identical inputs give byte-identical
 * `JSON.stringify` output. Progress against actuals is out of scope here (engines do not import
 * each other); `portfolio/` composes the two.
 *
 * @param partnership - a parsed partnership
 * @param options - `asOf` (required) and `settings` overrides
 * @returns the report: score, grade, components, gate, motives, reviews, findings
 * @throws {ValidationError} when the settings overrides are invalid (weights not summing to 1...)
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const report = scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * [report.display, report.grade] //=> ['79.0', 'B']
 * report.components.map((component) => component.id) //=> ['motive-fit', 'economics', 'mutuality', 'governance', 'clarity']
 * ```
 * @category Alignment
 */
export function scoreAlignment(
  partnership: Partnership,
  options: ScoreAlignmentOptions,
): AlignmentReport {
  const settings = resolveSettings(options.settings);
  const profile = profileOf(partnership.partner, settings);
  const fits = motiveFit(partnership, profile, settings);
  const schedule = reviewSchedule(partnership, { asOf: options.asOf });
  const economics = economicsComponent(partnership, settings);
  const results: ReadonlyArray<readonly [AlignmentComponentId, ComponentResult]> = [
    ['motive-fit', motiveFitComponent(fits, partnership, profile, settings)],
    ['economics', economics],
    ['mutuality', mutualityComponent(partnership, settings)],
    ['governance', governanceComponent(partnership, schedule, settings)],
    ['clarity', clarityComponent(partnership, profile, settings)],
  ];
  const components = results.map(
    ([id, result]): AlignmentComponent => ({
      id,
      score: result.score,
      weight: settings.componentWeights[id],
      points: settings.componentWeights[id].times(result.score),
      reasons: result.reasons,
    }),
  );
  const subtotal = sum(components.map((component) => component.points));
  const { cap, ratio } = economics.gate;
  const score = cap?.lt(subtotal) ? cap : subtotal;
  const grade = settings.grades.find((band) => score.gte(band.min))?.grade ?? 'E';
  const fitWeight = settings.componentWeights['motive-fit'];
  const findings = results
    .flatMap(([, result]) => result.findings)
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);
  return {
    partnership: partnership.id,
    asOf: options.asOf,
    score,
    display: quantize(score).toFixed(1),
    grade,
    subtotal,
    gate: {
      ...(ratio === undefined ? {} : { marginRatio: ratio }),
      ...(cap === undefined ? {} : { cap }),
      points: score.minus(subtotal),
    },
    components,
    profile,
    motives: fits.map((fit) => ({
      motive: fit.motive,
      label: fit.label,
      weight: fit.weight,
      coverage: fit.coverage,
      points: fitWeight.times(fit.score),
      objectives: fit.objectives,
      commitments: fit.commitments,
    })),
    reviews: schedule,
    findings,
  };
}

import type { ImprovementKind } from '../alignment/improvement.js';
import type { Finding } from '../model/finding.js';
import type { ObjectiveId } from '../model/ids.js';

/**
 * The causes the diagnosis looks for, as stable codes, in the order it ranks causes of the same
 * severity:
 *
 * | code | cause |
 * | --- | --- |
 * | `goals-above-path` | an assigned goal lies above the strategic path: a partner delivering the cascade's step would not be on track against it |
 * | `goals-assigned` | period goals assigned by one side rather than agreed |
 * | `top-motives-unserved` | the plan serves little of the partner's top motives |
 * | `top-lever-unserved` | the lever that pays the partner most moves a motive the plan does not serve |
 * | `margin-below-benchmark` | the resale margin is under the market's price of entry |
 * | `small-profit-share` | the partnership is a small share of the partner's gross profit |
 * | `capacity-shortfall` | the plan needs more consultants than the partner has |
 * | `commitments-overdue` | vendor commitments (funds, enablement, leads...) whose period has ended, not delivered |
 * | `reviews-overdue` | reviews due and not held |
 * | `sponsor-missing` | no executive sponsor on a side |
 * | `actuals-missing` | completed periods of the plan without an actual |
 * | `behind-straight-line-only` | behind a straight line to the target, but on the plan's own (seasonal) shape: it only looks behind |
 *
 * @example
 * ```ts
 * import type { DiagnosisCode } from 'partner-alignment';
 * const code: DiagnosisCode = 'goals-above-path';
 * code //=> 'goals-above-path'
 * ```
 * @category Analysis
 */
export type DiagnosisCode =
  | 'goals-above-path'
  | 'goals-assigned'
  | 'top-motives-unserved'
  | 'top-lever-unserved'
  | 'margin-below-benchmark'
  | 'small-profit-share'
  | 'capacity-shortfall'
  | 'commitments-overdue'
  | 'reviews-overdue'
  | 'sponsor-missing'
  | 'actuals-missing'
  | 'behind-straight-line-only';

/**
 * Where the partnership stands, for the diagnosis: `behind` (an objective at risk or off track),
 * `unknown` (none behind, but actuals the plan expects are missing), `on-plan` (every objective on
 * track, ahead or achieved) or `not-started` (no objective has started).
 *
 * @example
 * ```ts
 * import type { DiagnosisStatus } from 'partner-alignment';
 * const status: DiagnosisStatus = 'on-plan';
 * status //=> 'on-plan'
 * ```
 * @category Analysis
 */
export type DiagnosisStatus = 'behind' | 'unknown' | 'on-plan' | 'not-started';

/**
 * The remedy of a cause: the best improvement of the analysis that answers it (its kind is listed
 * for the cause's code in {@link diagnosisRemedies}; for `serve-motive`, it serves one of the
 * motives the cause names), with the score it reaches and its gain, re-scored.
 *
 * @example
 * ```ts
 * import type { DiagnosisRemedy } from 'partner-alignment';
 * const remedy: DiagnosisRemedy = { improvement: 0, kind: 'agree-assigned-goals', subject: 'goals', description: 'Agree the 2 assigned period goals with the partner', score: '74.5', gain: '3.2' };
 * remedy.gain //=> '3.2'
 * ```
 * @category Analysis
 */
export interface DiagnosisRemedy {
  /** The index of the improvement in the analysis's `improvements`. */
  readonly improvement: number;
  readonly kind: ImprovementKind;
  readonly subject: string;
  readonly description: string;
  /** The alignment score the changed partnership reaches. */
  readonly score: string;
  /** How much it raises the alignment score, exactly. */
  readonly gain: string;
}

/**
 * One cause of a shortfall: a {@link Finding} with a {@link DiagnosisCode} (severity, subjects,
 * evidence with the numbers and the document paths they come from, params and message), the
 * objectives it touches, and its remedy. When the partnership is not behind, its causes are the
 * risks ahead, and their severity is `info`.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const { diagnosis } = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * diagnosis.causes.map((cause) => [cause.code, cause.severity, cause.remedy?.kind ?? null])
 * //=> [['goals-assigned', 'info', 'agree-assigned-goals'], ['capacity-shortfall', 'info', null], ['behind-straight-line-only', 'info', null]]
 * ```
 * @category Analysis
 */
export interface DiagnosisCause extends Finding<DiagnosisCode> {
  /** The objectives it touches (none for causes about the whole partnership). */
  readonly objectives: ReadonlyArray<ObjectiveId>;
  /** The best matching improvement with its re-scored gain; `null` when none was computed or none answers it. */
  readonly remedy: DiagnosisRemedy | null;
}

/**
 * Why a partner is, or is not, reaching its goals: where it stands, the objectives behind, the
 * causes ranked (the most severe first; among equals, in the order of {@link DiagnosisCode}),
 * and a summary sentence. When nothing is wrong it says so and names the largest risk ahead.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const { diagnosis } = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * [diagnosis.status, diagnosis.largestRisk] //=> ['on-plan', 'goals-assigned']
 * ```
 * @category Analysis
 */
export interface Diagnosis {
  readonly status: DiagnosisStatus;
  /** What the diagnosis says, in one or two sentences. */
  readonly summary: string;
  /** The objectives at risk or off track, with their pace and gap. */
  readonly behind: ReadonlyArray<{
    readonly objective: ObjectiveId;
    readonly status: 'at-risk' | 'off-track';
    readonly pace: string | null;
    readonly gap: string | null;
  }>;
  /** The causes, ranked. */
  readonly causes: ReadonlyArray<DiagnosisCause>;
  /** When the partnership is not behind: the code of the largest risk ahead (the first cause), or `null`. */
  readonly largestRisk: DiagnosisCode | null;
}

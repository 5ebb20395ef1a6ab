import type { Finding } from '../model/finding.js';

/**
 * The stable codes of what the alignment score finds (each a {@link Finding} of the model):
 *
 * - motives: `motive-unserved` (a motive weighing enough that nothing serves),
 *   `objective-serves-no-motive`, `contribution-weaker-than-metric` (info: a declared strength
 *   below the one the metric would give, which wins as declared);
 * - the plan: `no-objectives`, `no-goals`, `goals-assigned`, `goals-proposed`;
 * - commitments: `no-commitments`, `one-sided-commitments`, `commitment-not-tied`,
 *   `commitment-missed`;
 * - economics: `margin-below-benchmark`, `capacity-shortfall` and `top-lever-unserved` (these two
 *   from the economics figures passed in);
 * - governance: `sponsor-missing`, `no-strategic-cadence`, `review-overdue`,
 *   `review-attendance-incomplete`;
 * - clarity: `no-purpose`, `short-horizon`, `no-opportunity`.
 *
 * @example
 * ```ts
 * import type { AlignmentFindingCode } from 'partner-alignment';
 * const code: AlignmentFindingCode = 'goals-assigned';
 * code //=> 'goals-assigned'
 * ```
 * @category Alignment
 */
export type AlignmentFindingCode =
  | 'motive-unserved'
  | 'objective-serves-no-motive'
  | 'contribution-weaker-than-metric'
  | 'no-objectives'
  | 'no-goals'
  | 'goals-assigned'
  | 'goals-proposed'
  | 'no-commitments'
  | 'one-sided-commitments'
  | 'commitment-not-tied'
  | 'commitment-missed'
  | 'margin-below-benchmark'
  | 'capacity-shortfall'
  | 'top-lever-unserved'
  | 'sponsor-missing'
  | 'no-strategic-cadence'
  | 'review-overdue'
  | 'review-attendance-incomplete'
  | 'no-purpose'
  | 'short-horizon'
  | 'no-opportunity';

/**
 * A finding of the alignment score: the model's {@link Finding} with an
 * {@link AlignmentFindingCode}.
 *
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment, type AlignmentFinding } from 'partner-alignment';
 * const score = scoreAlignment(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * const finding: AlignmentFinding | undefined = score.findings[0];
 * [finding?.code, finding?.severity, finding?.subjects] //=> ['motive-unserved', 'warning', [{ kind: 'motive', id: 'retention' }]]
 * ```
 * @category Alignment
 */
export type AlignmentFinding = Finding<AlignmentFindingCode>;

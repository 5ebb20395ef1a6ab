import { acceptPartnership } from '../model/accept.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { AnalyzePartnershipOptions } from './analyze-partnership-options.js';
import { analyzeChecked } from './internal/analyze-checked.js';
import { readAnalysisOptions } from './internal/read-options.js';
import type { PartnershipAnalysis } from './partnership-analysis.js';

const SUMMARY = 'Invalid arguments to analyzePartnership';

/**
 * Answers "why is this partner (not) reaching its goals, and what do we do about it?" for one
 * partnership as of a date: the one place where the cascade, progress, economics and alignment
 * engines meet.
 *
 * 1. **Plan**: each objective is cascaded into its strategic path (its cascade spec, or
 *    `options.cascade.granularity`); each period shows the step, the goal where one exists (with
 *    its provenance and its departure from the step in units and percent), what the plan asks
 *    (the goal, else the step), and the remaining steps replanned after the actuals.
 * 2. **Progress** against that plan (`evaluatePartnershipProgress`), with the straight line.
 * 3. **Economics** of the partner (`computeEconomics`, `rankLevers`) on the plan's vendor revenue.
 * 4. **Alignment** (`scoreAlignment`) with the economics feeding it: the margin's share of the
 *    partner's gross profit sets how much the margin gate applies, a capacity shortfall is a
 *    finding, and the top lever is linked to the motive it moves.
 * 5. **Diagnosis**: the causes of a shortfall ranked, each a `Finding` with evidence and document
 *    paths, the objectives it touches and its remedy (see {@link DiagnosisCode}); when the
 *    partnership is not behind, the causes are risks ahead (`info`) and the largest is named.
 * 6. **Improvements** as JSON Patches (`rankImprovements`), re-scored by the analysis.
 *
 * A document the engines cannot plan in part (an objective that cannot be cascaded, economics that
 * cannot be computed) is analysed without that part, and the analysis says why. The result is
 * plain JSON data; the same input gives byte-identical JSON. A partnership the library parsed is
 * not checked again.
 *
 * @param partnership - a partnership, parsed or as its JSON document
 * @param options - `asOf` (required) and the options of each engine; see {@link AnalyzePartnershipOptions}
 * @returns the analysis: identity, objectives, progress, economics, alignment, diagnosis, improvements
 * @throws {@link ValidationError} for an invalid partnership (paths under `partnership`) or option
 * (paths under `options`: `options.asOf`, `options.progress.thresholds.onTrack`...)
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const analysis = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * analysis.diagnosis.summary
 * //=> 'On plan as of 2026-11-27: every objective is on track, ahead or achieved. services-revenue; certified-consultants; new-deals; and 1 more are on plan, and only look behind against a straight line to the target: the plan expects more later in the horizon. Largest risk ahead: 1 of 7 period goals was assigned rather than agreed with the partner (new-deals).'
 * analyzePartnership(samples.northwindAdvisory, { asOf: '27.11.2026' }) //!> ValidationError
 * ```
 * @category Analysis
 */
export function analyzePartnership(
  partnership: Partnership | PartnershipJson,
  options: AnalyzePartnershipOptions,
): PartnershipAnalysis {
  const { settings } = readAnalysisOptions(options, SUMMARY);
  return analyzeChecked(acceptPartnership(partnership, SUMMARY), settings, SUMMARY);
}

import type { IsoDate } from '../calendar/iso-date.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { AlignmentEconomics } from './alignment-economics.js';
import type { AlignmentScore } from './alignment-score.js';
import type { AlignmentSettingsOverrides } from './alignment-settings.js';
import { checkScoring } from './internal/check-scoring-options.js';
import { scoreChecked } from './internal/score-checked.js';

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
  /** The date the partnership is scored on (reviews due, reviews held), an ISO date. Required: no clock. */
  readonly asOf: IsoDate;
  /** Overrides of {@link defaultAlignmentSettings}; default: none. Unknown keys are refused. */
  readonly settings?: AlignmentSettingsOverrides;
  /** The partner's economics figures (from the economics engine); default: none, the score reads the document alone. */
  readonly economics?: AlignmentEconomics;
}

/**
 * Scores how well a partnership serves what its partner cares about, from 0 to 100, with
 * components a channel manager can defend line by line:
 *
 * - **motive fit**: `100 × Σ weight × coverage` over the partner's motive profile;
 * - **economics**: resale margin against the market benchmark, which is also a *gate* on the
 *   total (far below the benchmark, the total is capped inside the bottom grade);
 * - **mutuality**: goals agreed rather than assigned, commitments from both sides tied to
 *   objectives and not missed;
 * - **governance**: executive sponsors on both sides, a strategic review cadence, reviews held on
 *   schedule with both sides present as of `asOf` (see {@link reviewSchedule});
 * - **clarity**: purpose and a long-term horizon, a market opportunity with a capture target,
 *   objectives tied to an opportunity or a motive.
 *
 * Every weight and threshold is a documented default ({@link defaultAlignmentSettings}) that
 * `settings` can override; the economics figures of the partner, when given, tell the gate how
 * much margin matters to it and add their findings. The result names its
 * {@link alignmentScoringVersion}. Pure and deterministic: identical inputs give byte-identical
 * `JSON.stringify` output. Progress against actuals is out of scope here (engines do not import
 * each other).
 *
 * @param partnership - a partnership, parsed or as its JSON document
 * @param options - `asOf` (required), `settings` overrides and `economics` figures
 * @returns the score: version, total, grade, components, gate, motives, reviews, findings
 * @throws {ValidationError} when the partnership is not a valid document, `asOf` is missing or not an ISO date, or the settings or economics are invalid (paths start at `partnership` or `options`)
 * @example
 * ```ts
 * import { parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const score = scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * [score.display, score.grade] //=> ['78.8', 'B']
 * score.components.map((component) => component.id) //=> ['motive-fit', 'economics', 'mutuality', 'governance', 'clarity']
 * scoreAlignment(samples.lumenField, { asOf: '27.11.2026' }) //!> ValidationError
 * ```
 * @category Alignment
 */
export function scoreAlignment(
  partnership: Partnership | PartnershipJson,
  options: ScoreAlignmentOptions,
): AlignmentScore {
  const summary = 'Invalid arguments to scoreAlignment';
  const checked = checkScoring(partnership, options, [], summary);
  return scoreChecked(checked.partnership, checked.asOf, checked.settings, checked.economics);
}

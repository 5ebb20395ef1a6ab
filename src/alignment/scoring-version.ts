/**
 * The version of the alignment scoring rules, named by every {@link AlignmentScore} as
 * `scoringVersion`. Products that store scores compare it before comparing scores: a score of
 * other rules is not comparable (`compareAlignment` refuses the pair). It changes whenever a
 * partnership can score differently with the same options.
 *
 * Version `2` (from version 1, the first, unversioned rules):
 * - objective weights count: an objective serves its motives at its weight over the heaviest
 *   objective's, and counts by weight in the agreed-goals and tied-objectives shares;
 * - commitment status counts: a delivered commitment covers its motives in full, a planned or
 *   in-progress one at half, a missed one not at all (and counts for no side in mutuality);
 * - review attendance counts: a review held without both sides present (a strategic one
 *   without both sponsors) earns half its credit;
 * - with the partner's economics figures (`economics` option), the margin gate applies in
 *   proportion to resale margin's share of the partner's gross profit;
 * - a declared contribution weaker than its metric's default still wins, now with an `info`
 *   finding; findings are the model's `Finding` (subjects, evidence, params).
 *
 * @example
 * ```ts
 * import { alignmentScoringVersion, parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * alignmentScoringVersion //=> '2'
 * scoreAlignment(parsePartnership(samples.lumenField), { asOf: '2026-11-27' }).scoringVersion //=> '2'
 * ```
 * @category Alignment
 */
export const alignmentScoringVersion = '2';

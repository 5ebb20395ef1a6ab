import { checkWholeNumber } from '../argument-checks.js';
import { parsePatchedPartnership } from '../model/parse-patched-partnership.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import type { AlignmentFinding } from './alignment-finding.js';
import { alignmentRemedies } from './alignment-remedies.js';
import type { Improvement, ImprovementKind } from './improvement.js';
import { checkScoring } from './internal/check-scoring-options.js';
import type { Candidate, ImprovementContext } from './internal/improvements/candidate.js';
import { builders } from './internal/improvements/registry.js';
import { lazyDocument } from './internal/lazy-document.js';
import { scoreChecked } from './internal/score-checked.js';
import type { ScoreAlignmentOptions } from './score-alignment.js';

/**
 * Options of {@link rankImprovements}: those of `scoreAlignment`, and how many motives to try to
 * serve.
 *
 * @example
 * ```ts
 * import type { RankImprovementsOptions } from 'partner-alignment';
 * const options: RankImprovementsOptions = { asOf: '2026-11-27', motives: 2 };
 * options.motives //=> 2
 * ```
 * @category Alignment
 */
export interface RankImprovementsOptions extends ScoreAlignmentOptions {
  /** How many of the least-served motives (by `weight × (1 − coverage)`) to try to serve: a whole number from 0 to 100; default 3. */
  readonly motives?: number;
}

/**
 * The concrete changes that would raise a partnership's alignment score most, best first. The
 * findings of the current score say what to try: each finding's remedies
 * ({@link alignmentRemedies}) build candidate changes, as JSON Patches of the partnership's
 * JSON document; each patched document is parsed again (so it passes every check a document
 * does) and re-scored with the same options: nothing is estimated. The kinds:
 *
 * - `serve-motive`: add an objective (a placeholder metric to fill in with the partner, owned
 *   jointly, over the charter horizon) that strongly serves a motive: those findings name, and the
 *   `motives` least-served motives of the profile;
 * - `agree-assigned-goals` / `agree-proposed-goals`: record those goals as agreed on `asOf` by
 *   each side's executive sponsor (or first stakeholder);
 * - `hold-overdue-reviews`: record each overdue review as held on its due date by both sides;
 * - `add-strategic-review`: add a yearly strategic review cadence (45 days), held on time so far;
 * - `raise-margin`: bring the resale margin up to the benchmark;
 * - `name-sponsor`: name an executive sponsor on a side that has none;
 * - `add-commitment`: add a planned commitment for the current fiscal year from a side that has
 *   none, tied to the objective serving the partner's heaviest motive.
 *
 * Only changes that raise the score are returned, sorted by the score reached (ties keep the
 * order of the list above). Each result owns its data: changing it changes neither the input nor
 * another result. Economics figures, when given, are held as given for every candidate.
 *
 * @param partnership - a partnership, parsed or as its JSON document
 * @param options - those of `scoreAlignment` (`asOf` required), and `motives`
 * @returns the improvements, best first, each with its patch, the score it reaches and the changed partnership
 * @throws {ValidationError} when the partnership or an option is invalid (paths start at `partnership` or `options`)
 * @example
 * ```ts
 * import { parsePartnership, rankImprovements, samples } from 'partner-alignment';
 * const ranked = rankImprovements(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * ranked.slice(0, 3).map((improvement) => improvement.kind) //=> ['serve-motive', 'agree-assigned-goals', 'raise-margin']
 * rankImprovements(samples.lumenField, { asOf: '2026-11-27', motives: Number.NaN }) //!> ValidationError
 * ```
 * @category Alignment
 */
export function rankImprovements(
  partnership: Partnership | PartnershipJson,
  options: RankImprovementsOptions,
): ReadonlyArray<Improvement> {
  const summary = 'Invalid arguments to rankImprovements';
  const checked = checkScoring(partnership, options, ['motives'], summary);
  const given = checked.options['motives'];
  const motives =
    given === undefined ? 3 : checkWholeNumber(given, 0, 100, summary, ['options', 'motives']);
  const { asOf, settings, economics } = checked;
  const current = scoreChecked(checked.partnership, asOf, settings, economics);
  const context: ImprovementContext = {
    partnership: checked.partnership,
    document: lazyDocument(checked.partnership),
    current,
    asOf,
    motives,
  };
  const remedied = new Map<ImprovementKind, AlignmentFinding[]>();
  for (const finding of current.findings) {
    for (const kind of alignmentRemedies[finding.code]) {
      remedied.set(kind, [...(remedied.get(kind) ?? []), finding]);
    }
  }
  const candidates: Candidate[] = [];
  for (const [kind, build] of Object.entries(builders) as Array<
    [ImprovementKind, (typeof builders)[ImprovementKind]]
  >) {
    const findings = remedied.get(kind);
    if (findings !== undefined || kind === 'serve-motive')
      candidates.push(...build(context, findings ?? []));
  }
  return (
    candidates
      .map((candidate) => {
        const changed = parsePatchedPartnership(context.partnership, candidate.patch);
        const score = scoreChecked(changed, asOf, settings, economics);
        const improvement: Improvement = {
          kind: candidate.kind,
          subject: candidate.subject,
          addresses: candidate.addresses,
          description: candidate.description,
          changes: candidate.changes,
          patch: candidate.patch,
          score: score.score,
          grade: score.grade,
          delta: score.score.minus(current.score),
          partnership: changed,
        };
        return improvement;
      })
      .filter((improvement) => improvement.delta.isPositive() && !improvement.delta.isZero())
      // Best first; the sort is stable, so equal scores keep the order of the builders.
      .sort((a, b) => b.score.comparedTo(a.score))
  );
}

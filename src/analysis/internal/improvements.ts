/**
 * The improvements of an analysis: `rankImprovements` with the analysis's economics figures, each
 * re-scored as the analysis would score the changed partnership (the economics recomputed when
 * the change touches what they read), so that applying its patch and analysing again gives
 * exactly its gain.
 *
 * @module
 */
import type { AlignmentEconomics } from '../../alignment/alignment-economics.js';
import type { JsonPatchOperation } from '../../alignment/improvement.js';
import { rankImprovements } from '../../alignment/rank-improvements.js';
import { scoreAlignment } from '../../alignment/score-alignment.js';
import type { Partnership } from '../../model/partnership.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { AnalysisImprovement } from '../analysis-improvement.js';
import type { EconomicsReading } from './read-economics.js';
import type { AnalysisSettings } from './read-options.js';
import { underOption } from './under-option.js';

/** What the economics read: terms, the profile, actuals, goal targets, and existing objectives. */
const ECONOMIC_INPUTS =
  /^\/(?:terms|economics|actuals)(?:\/|$)|^\/goals\/(?:-|\d+)(?:\/target)?$|^\/charter\/objectives\/\d+/;

function touchesEconomics(patch: ReadonlyArray<JsonPatchOperation>): boolean {
  return patch.some((operation) => ECONOMIC_INPUTS.test(operation.path));
}

/** The scoring options of the analysis (settings as given, so alignment reads them once). */
export function scoringOptions(
  settings: AnalysisSettings,
  figures: AlignmentEconomics | undefined,
) {
  return {
    asOf: settings.asOf,
    ...(settings.alignmentSettings === undefined
      ? {}
      : { settings: settings.alignmentSettings as never }),
    ...(figures === undefined ? {} : { economics: figures }),
  };
}

/**
 * The improvements, best first, as exact decimal strings (without the causes they answer).
 *
 * @param economicsOf - the economics of a changed partnership, as the analysis reads them
 */
export function improvementsOf(
  partnership: Partnership,
  current: Decimal,
  reading: EconomicsReading,
  settings: AnalysisSettings,
  economicsOf: (changed: Partnership) => EconomicsReading,
  summary: string,
): ReadonlyArray<Omit<AnalysisImprovement, 'remedies'>> {
  const options = {
    ...scoringOptions(settings, reading.figures),
    ...(settings.motives === undefined ? {} : { motives: settings.motives }),
  };
  const ranked = underOption(summary, ['options', 'alignment'], () =>
    rankImprovements(partnership, options),
  );
  return ranked
    .map((improvement, order) => {
      let score = improvement.score;
      let grade = improvement.grade;
      if (reading.figures !== undefined && touchesEconomics(improvement.patch)) {
        const changed = improvement.partnership;
        const rescored = scoreAlignment(
          changed,
          scoringOptions(settings, economicsOf(changed).figures),
        );
        score = rescored.score;
        grade = rescored.grade;
      }
      return { improvement, score, grade, order };
    })
    .filter(({ score }) => score.gt(current))
    .sort((a, b) => b.score.comparedTo(a.score) || a.order - b.order)
    .map(({ improvement, score, grade }) => ({
      kind: improvement.kind,
      subject: improvement.subject,
      addresses: improvement.addresses,
      description: improvement.description,
      changes: improvement.changes,
      patch: improvement.patch,
      score: score.toFixed(),
      grade,
      gain: score.minus(current).toFixed(),
    }));
}

/**
 * The version of the rules behind a `PartnershipAnalysis` and a portfolio summary: which
 * causes the diagnosis looks for, how it ranks them and which remedy answers each. A stored
 * analysis names it as `scoringVersion` (its alignment score names the alignment's own version as
 * `alignment.scoringVersion`); summaries of different versions are not merged.
 *
 * Version 1: the first rules (issue 15).
 *
 * @example
 * ```ts
 * import { analysisScoringVersion } from 'partner-alignment';
 * analysisScoringVersion //=> '1'
 * ```
 * @category Analysis
 */
export const analysisScoringVersion = '1';

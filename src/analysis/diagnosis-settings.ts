/**
 * The thresholds of the diagnosis, as decimal strings: when the plan serves too little of the
 * partner's top motives, and when the partnership is a small part of the partner's business. The
 * rule for a goal above the strategic path is not here: it reads the progress thresholds (see
 * {@link defaultDiagnosisSettings}).
 *
 * @example
 * ```ts
 * import { defaultDiagnosisSettings, type DiagnosisSettings } from 'partner-alignment';
 * const strict: DiagnosisSettings = { ...defaultDiagnosisSettings, smallProfitShare: '0.2' };
 * strict.topMotivesWeight //=> '0.5'
 * ```
 * @category Analysis
 */
export interface DiagnosisSettings {
  /** The top motives are the heaviest of the profile that together weigh at least this (0 to 1). */
  readonly topMotivesWeight: string;
  /** Below this weighted coverage of the top motives (0 to 1), the plan serves too little of them. */
  readonly topMotiveCoverage: string;
  /** Below this share of the partner's gross profit (0 to 1), the partnership is a small part of its business. */
  readonly smallProfitShare: string;
}

/**
 * The default thresholds of the diagnosis, and where they come from:
 *
 * - `topMotivesWeight` `'0.5'`: the top motives are the heaviest ones that make up half of what
 *   the partner cares about (a consulting house's services revenue and utilization, a solution
 *   provider's subscriptions and users), so the rule follows the profile, not a fixed count;
 * - `topMotiveCoverage` `'0.5'`: the coverage one moderate contribution gives a motive in the
 *   alignment score (`strengthCoverage.moderate`): a plan that does less than that for the top
 *   motives serves little of them;
 * - `smallProfitShare` `'0.1'`: a partnership that brings less than a tenth of the partner's gross
 *   profit is a minor line of its business, where its best people rarely go (a judgement: override
 *   it with what your channel knows).
 *
 * An assigned goal is **above the strategic path** when a partner who delivers exactly the
 * cascade's step would not be on track against the goal: its pace (step against goal, as
 * progress measures pace) below the progress threshold `onTrack` (0.95: a goal about 5.3 % above
 * the step); the cause is critical when that pace is below `atRisk` (0.8: 25 % above), where the
 * partner would be off track while delivering the strategic path. Both follow the progress
 * thresholds of the analysis (`options.progress.thresholds`).
 *
 * @example
 * ```ts
 * import { defaultDiagnosisSettings } from 'partner-alignment';
 * defaultDiagnosisSettings //=> { topMotivesWeight: '0.5', topMotiveCoverage: '0.5', smallProfitShare: '0.1' }
 * ```
 * @category Analysis
 */
export const defaultDiagnosisSettings: DiagnosisSettings = Object.freeze({
  topMotivesWeight: '0.5',
  topMotiveCoverage: '0.5',
  smallProfitShare: '0.1',
});

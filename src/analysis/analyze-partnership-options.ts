import type { AlignmentSettingsOverrides } from '../alignment/alignment-settings.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Granularity } from '../calendar/period.js';
import type { ReplanOptions } from '../cascade/replan-options.js';
import type { ComputeEconomicsOptions } from '../economics/compute-economics.js';
import type { EvaluateProgressOptions } from '../progress/evaluate-progress.js';
import type { DiagnosisSettings } from './diagnosis-settings.js';

/**
 * Which partnerships get improvements (re-scored changes, the dearest part of an analysis):
 * `'all'`, only those `'at-risk'` (behind their plan: an objective at risk or off track), or
 * `'none'`.
 *
 * @example
 * ```ts
 * import type { ImprovementsMode } from 'partner-alignment';
 * const mode: ImprovementsMode = 'at-risk';
 * mode //=> 'at-risk'
 * ```
 * @category Analysis
 */
export type ImprovementsMode = 'all' | 'at-risk' | 'none';

/**
 * Options of {@link analyzePartnership}, grouped by the engine they go to. Only `asOf` is
 * required; every group is optional and strict (an unknown key is refused, with its path).
 *
 * @example
 * ```ts
 * import type { AnalyzePartnershipOptions } from 'partner-alignment';
 * const options: AnalyzePartnershipOptions = {
 *   asOf: '2026-11-27',
 *   progress: { forecast: 'run-rate' },
 *   economics: { source: 'goals' },
 *   cascade: { replan: { policy: 'spread' } },
 *   improvements: 'none',
 * };
 * options.economics?.source //=> 'goals'
 * ```
 * @category Analysis
 */
export interface AnalyzePartnershipOptions {
  /** The date to analyse the partnership on, an ISO date (`'2026-11-27'`). Required: the library never reads a clock. */
  readonly asOf: IsoDate;
  /** Progress options (see `evaluatePartnershipProgress`): `forecast`, `runRatePeriods`, `thresholds`. Default: the progress defaults. */
  readonly progress?: Omit<EvaluateProgressOptions, 'asOf'> | undefined;
  /**
   * Alignment options (see `scoreAlignment` and `rankImprovements`): `settings` overrides and how
   * many of the least-served `motives` the improvements try to serve (a whole number from 0 to 100;
   * default 3). The economics figures are the analysis's own: they are not an option here.
   */
  readonly alignment?:
    | {
        readonly settings?: AlignmentSettingsOverrides | undefined;
        readonly motives?: number | undefined;
      }
    | undefined;
  /**
   * Economics options (see `computeEconomics`): where the vendor revenue comes from, `source`:
   * `'plan'` (default: the analysis's plan of the profile's vendor-revenue objective, its goal
   * where one exists and the cascade's step elsewhere, so capacity is read over the whole
   * horizon), `'goals'` or `'actuals'`; and the `utilizationCeiling`.
   */
  readonly economics?:
    | {
        readonly source?: 'plan' | 'goals' | 'actuals' | undefined;
        readonly utilizationCeiling?: ComputeEconomicsOptions['utilizationCeiling'] | undefined;
      }
    | undefined;
  /**
   * Cascade options: the `granularity` of the strategic path for objectives whose cascade spec
   * names none (default `'quarter'`), and how the remaining steps `replan` after the actuals (see
   * `replan`; default `{ policy: 'keep-shape' }`, so the remaining steps keep the plan's seasonal
   * shape).
   */
  readonly cascade?:
    | {
        readonly granularity?: Granularity | undefined;
        readonly replan?: ReplanOptions | undefined;
      }
    | undefined;
  /** Overrides of `defaultDiagnosisSettings`; the rest keep their defaults. */
  readonly diagnosis?: Partial<DiagnosisSettings> | undefined;
  /** Which partnerships get improvements: `'all'` (default here), `'at-risk'` or `'none'`. */
  readonly improvements?: ImprovementsMode | undefined;
}

import type { IsoDate } from '../calendar/iso-date.js';
import type { CompanyId, ObjectiveId, PartnershipId } from '../model/ids.js';
import type { Archetype } from '../model/partner.js';
import type { ProgressStatus } from '../progress/default-thresholds.js';
import type { AnalysisAlignment } from './analysis-alignment.js';
import type { AnalysisEconomics } from './analysis-economics.js';
import type { AnalysisImprovement } from './analysis-improvement.js';
import type { Diagnosis } from './diagnosis.js';
import type { ObjectiveAnalysis } from './objective-analysis.js';

/**
 * The fields a portfolio can be rolled up by, read from the document: the partner's `tier` and
 * `region`, the `owner` (the vendor's partner manager, else its alliance manager: the person's
 * name), the `programTier` of the terms, the partner's main `archetype` (the largest share; the
 * first listed on a tie), the `currency` and the `vendor` (its id).
 *
 * @example
 * ```ts
 * import type { SegmentField } from 'partner-alignment';
 * const field: SegmentField = 'region';
 * field //=> 'region'
 * ```
 * @category Portfolio
 */
export type SegmentField =
  | 'tier'
  | 'region'
  | 'owner'
  | 'programTier'
  | 'archetype'
  | 'currency'
  | 'vendor';

/**
 * Who and what a partnership is, for rows and roll-ups: ids and names, currency and calendar, the
 * partner's business models, and its segment fields (`null` where the document has none).
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const { partnership } = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * [partnership.id, partnership.partner.name, partnership.segment.tier, partnership.segment.owner]
 * //=> ['stratus-northwind', 'Northwind Advisory', 'gold', 'Marco Ruiz']
 * ```
 * @category Analysis
 */
export interface PartnershipIdentity {
  readonly id: PartnershipId;
  readonly name: string;
  readonly vendor: { readonly id: CompanyId; readonly name: string };
  readonly partner: { readonly id: CompanyId; readonly name: string };
  readonly currency: string;
  /** The id of the fiscal calendar. */
  readonly calendar: string;
  /** The partner's business models with their shares (decimal strings). */
  readonly archetypes: ReadonlyArray<{ readonly archetype: Archetype; readonly share: string }>;
  readonly segment: Readonly<Record<SegmentField, string | null>>;
}

/**
 * One partnership analysed as of a date: where the engines meet. Plain JSON data (decimal
 * strings, period keys, ISO dates; no methods), so it passes `structuredClone`, worker threads and
 * `JSON.stringify` as it is, and the same input gives byte-identical JSON.
 *
 * - `objectives`: each objective's plan period by period and where it stands;
 * - `progress`: the weighted attainment and the weakest status across objectives;
 * - `economics`: the partner's own economics (or why they are absent);
 * - `alignment`: the alignment score with the economics feeding it;
 * - `diagnosis`: the causes of a shortfall, ranked, each with its evidence and remedy;
 * - `improvements`: changes to apply as JSON Patches, best first, re-scored (`null` when not
 *   computed: `improvements: 'none'`, or `'at-risk'` for a partnership not behind).
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const analysis = analyzePartnership(samples.lumenField, { asOf: '2026-11-27' });
 * [analysis.scoringVersion, analysis.asOf, analysis.diagnosis.status, analysis.alignment.display] //=> ['1', '2026-11-27', 'behind', '78.8']
 * ```
 * @category Analysis
 */
export interface PartnershipAnalysis {
  /** The version of the analysis rules (`analysisScoringVersion`). */
  readonly scoringVersion: string;
  readonly asOf: IsoDate;
  readonly partnership: PartnershipIdentity;
  readonly objectives: ReadonlyArray<ObjectiveAnalysis>;
  /** Σ weight × attainment / Σ weight over the objectives with an attainment, and the weakest status and its objective. */
  readonly progress: {
    readonly attainment: string | null;
    readonly status: ProgressStatus | null;
    readonly weakest: ObjectiveId | null;
  };
  readonly economics: AnalysisEconomics;
  readonly alignment: AnalysisAlignment;
  readonly diagnosis: Diagnosis;
  readonly improvements: ReadonlyArray<AnalysisImprovement> | null;
}

import type { EconomicLever } from '../economics/economic-lever.js';
import type { EconomicsFindingCode, VendorRevenueSource } from '../economics/partner-economics.js';
import type { Finding } from '../model/finding.js';
import type { BuiltInMotive } from '../model/motive.js';

/**
 * The partner's economics in a {@link PartnershipAnalysis} (see `computeEconomics` and
 * `rankLevers`), as exact decimal strings in the document currency: revenue and gross profit
 * from the partnership, resale margin's share of it, its share of the partner's whole gross
 * profit, the hires the plan needs and the lever that pays the partner most. `absent`, with the
 * reason, when the document has no economics profile or its figures cannot be computed.
 *
 * @example
 * ```ts
 * import { analyzePartnership, samples } from 'partner-alignment';
 * const { economics } = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
 * economics.kind === 'computed' ? [economics.marginShare, economics.topLever?.lever, economics.capacityShortfall?.hires] : []
 * //=> ['0.397', 'attach-ratio', 3]
 * ```
 * @category Analysis
 */
export type AnalysisEconomics =
  | {
      readonly kind: 'computed';
      readonly currency: string;
      /** Where the vendor revenue came from: the analysis's `plan`, the `goals` or the `actuals`. */
      readonly source: VendorRevenueSource;
      readonly vendorRevenue: string;
      readonly revenue: string;
      readonly grossProfit: string;
      /** Resale margin's share of that gross profit (4 places), or `null` with `marginShareReason`. */
      readonly marginShare: string | null;
      readonly marginShareReason: string | null;
      /** The partnership's share of the partner's whole gross profit (4 places), or `null` with `partnerShareReason`. */
      readonly partnerShare: string | null;
      readonly partnerShareReason: string | null;
      /** The consultants to hire (the most any period needs), the first period needing them, and every period short. */
      readonly capacityShortfall: {
        readonly hires: number;
        readonly period: string;
        readonly periods: ReadonlyArray<string>;
      } | null;
      /** The lever that adds the most gross profit, the motive it moves and its exact gain; `null` when none adds any. */
      readonly topLever: {
        readonly lever: EconomicLever;
        readonly motive: BuiltInMotive;
        readonly delta: string;
      } | null;
      /** Every applicable lever, ranked, with its exact gain. */
      readonly levers: ReadonlyArray<{
        readonly lever: EconomicLever;
        readonly motive: BuiltInMotive;
        readonly delta: string;
      }>;
      readonly findings: ReadonlyArray<Finding<EconomicsFindingCode>>;
    }
  | { readonly kind: 'absent'; readonly reason: string };

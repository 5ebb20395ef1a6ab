/**
 * The partner's economics for an analysis: `computeEconomics` and `rankLevers` on the analysis's
 * source of vendor revenue, as exact decimal strings, and the figures that feed the alignment
 * score (margin share, capacity shortfall, top lever with its motive).
 *
 * @module
 */
import type { AlignmentEconomics } from '../../alignment/alignment-economics.js';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import { computeEconomics, type EconomicsPlanStep } from '../../economics/compute-economics.js';
import type { PartnerEconomics } from '../../economics/partner-economics.js';
import { type LeverRanking, rankLevers } from '../../economics/rank-levers.js';
import { isPartnerAlignmentError } from '../../errors.js';
import type { Partnership } from '../../model/partnership.js';
import { minorUnits } from '../../money/currency.js';
import type { Money } from '../../money/money.js';
import type { AnalysisEconomics } from '../analysis-economics.js';
import { reasonOf } from './plan-objective.js';
import type { AnalysisSettings } from './read-options.js';
import { refusesOptions, underOption } from './under-option.js';

/** The most hires the alignment score reads (its bound): a plan past it is said as that many. */
const MOST_HIRES = 1_000_000;

/** The economics of an analysis: the result as JSON data, the engine's results, and the figures. */
export interface EconomicsReading {
  readonly economics: AnalysisEconomics;
  readonly computed: { readonly economics: PartnerEconomics; readonly levers: LeverRanking } | null;
  readonly figures: AlignmentEconomics | undefined;
}

function absent(reason: string): EconomicsReading {
  return { economics: { kind: 'absent', reason }, computed: null, figures: undefined };
}

/**
 * Computes the partner's economics, with the vendor revenue from the source the options name:
 * `plan` takes `planOf` of the profile's vendor-revenue objective (its goals where it has no
 * strategic path, as `goals` does).
 */
export function readEconomics(
  partnership: Partnership,
  settings: AnalysisSettings,
  planOf: (objective: string) => ReadonlyArray<EconomicsPlanStep> | null,
  summary: string,
): EconomicsReading {
  const profile = partnership.economics;
  if (profile === undefined) return absent('The partnership document has no economics profile');
  const plan = settings.economicsSource === 'plan' ? planOf(profile.vendorRevenue.objective) : null;
  const options = {
    source: plan === null ? (settings.economicsSource === 'actuals' ? 'actuals' : 'goals') : 'plan',
    ...(plan === null ? {} : { plan }),
    ...(settings.utilizationCeiling === undefined
      ? {}
      : { utilizationCeiling: settings.utilizationCeiling }),
  } as const;
  let economics: PartnerEconomics;
  let levers: LeverRanking;
  try {
    economics = underOption(summary, ['options', 'economics'], () =>
      computeEconomics(partnership, options as never),
    );
    levers = rankLevers(partnership, options as never);
  } catch (error) {
    if (!isPartnerAlignmentError(error) || refusesOptions(error)) throw error;
    return absent(`The economics cannot be computed: ${reasonOf(error)}`);
  }
  const total = economics.total;
  const shortfall = economics.capacityShortfall;
  const top = levers.top;
  const marginShare = total.marginShare;
  const share = economics.partnerShare;
  const digits = minorUnits(economics.currency);
  const amount = (value: Money): string => value.amount.toFixed(digits);
  const hires = shortfall === null ? 0 : Math.min(shortfall.hiresNeeded.toNumber(), MOST_HIRES);
  const figures: AlignmentEconomics = {
    marginShareOfProfit: marginShare.value,
    ...(shortfall === null
      ? {}
      : { capacityShortfall: { hires, period: formatPeriodKey(shortfall.period) } }),
    ...(top === null ? {} : { topLever: { lever: top.lever, motive: top.motive } }),
  };
  return {
    economics: {
      kind: 'computed',
      currency: economics.currency,
      source: economics.source,
      vendorRevenue: amount(total.vendorRevenue),
      revenue: amount(total.revenue),
      grossProfit: amount(total.grossProfit),
      marginShare: marginShare.value === null ? null : marginShare.value.toFixed(),
      marginShareReason: marginShare.kind === 'share' ? null : marginShare.reason,
      partnerShare: share.value === null ? null : share.value.toFixed(),
      partnerShareReason: share.kind === 'share' ? null : share.reason,
      capacityShortfall:
        shortfall === null
          ? null
          : {
              hires: shortfall.hiresNeeded.toNumber(),
              period: formatPeriodKey(shortfall.period),
              periods: shortfall.periods.map(formatPeriodKey),
            },
      topLever:
        top === null ? null : { lever: top.lever, motive: top.motive, delta: amount(top.delta) },
      levers: levers.levers.flatMap((impact) =>
        impact.kind === 'applicable'
          ? [{ lever: impact.lever, motive: impact.motive, delta: amount(impact.delta) }]
          : [],
      ),
      findings: economics.findings,
    },
    computed: { economics, levers },
    figures,
  };
}

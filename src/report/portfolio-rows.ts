import { z } from 'zod';
import type { AlignmentGrade } from '../alignment/alignment-settings.js';
import type { PortfolioAnalysis } from '../analysis/analyze-portfolio.js';
import { PortfolioRow } from '../analysis/portfolio-row.js';
import { isRecord } from '../argument-checks.js';
import { acceptValue } from '../model/accept.js';
import { numberOf } from './internal/exact.js';

/**
 * One partnership of a portfolio as a flat row for a table, a spreadsheet or a BI tool: who it
 * is, its segment, where it stands, how aligned it is, why it is behind and the best first step,
 * and its money objectives' totals. Each number is a JS number beside its exact decimal string
 * (`null` in both when unknown). Totals are in the row's currency: flows summed over the plan
 * (`flowTarget`), to date (`flowActual`) and forecast (`flowForecast`).
 *
 * @example
 * ```ts
 * import type { PortfolioTableRow } from 'partner-alignment/report';
 * const row: PortfolioTableRow = {
 *   id: 'lumen.json', partnership: 'p-lumen', name: 'Lumen', partner: 'Lumen Field', currency: 'USD',
 *   tier: null, region: null, owner: null, programTier: null, archetype: 'reseller', vendor: 'Stratus',
 *   status: 'behind', atRisk: true, progressStatus: 'off-track', attainment: 0.15, attainmentExact: '0.15',
 *   score: 78.8, scoreExact: '78.8', display: '78.8', grade: 'B', topCause: 'goals-assigned', causes: 'goals-assigned; margin-below-benchmark',
 *   bestImprovement: 'raise-margin: resale margin', bestImprovementGain: 2.75, bestImprovementGainExact: '2.75',
 *   flowTarget: 9000000, flowTargetExact: '9000000.00', flowActual: 1500000, flowActualExact: '1500000.00', flowForecast: 8000000, flowForecastExact: '8000000.00',
 *   objectives: 6,
 * };
 * row.atRisk //=> true
 * ```
 * @category Report
 */
export interface PortfolioTableRow {
  /** The caller's id of the document (a file and line, a key). */
  readonly id: string;
  /** The partnership's id. */
  readonly partnership: string;
  /** The partnership's name. */
  readonly name: string;
  /** The partner's name. */
  readonly partner: string;
  /** The partnership's currency, which the totals are in. */
  readonly currency: string;
  /** The partner's tier, or `null` when the document has none. */
  readonly tier: string | null;
  /** The partner's region, or `null`. */
  readonly region: string | null;
  /** The partnership's owner, or `null`. */
  readonly owner: string | null;
  /** The program tier, or `null`. */
  readonly programTier: string | null;
  /** The partner's main archetype, or `null`. */
  readonly archetype: string | null;
  /** The vendor's id, or `null`. */
  readonly vendor: string | null;
  /** The diagnosis status: `behind`, `unknown`, `on-plan` or `not-started`. */
  readonly status: string;
  /** Whether the partnership is behind (some objective at risk or off track). */
  readonly atRisk: boolean;
  /** The weakest progress status across objectives, or `null` when none is known. */
  readonly progressStatus: string | null;
  /** The weighted attainment across objectives (1 is every target), or `null`. */
  readonly attainment: number | null;
  /** `attainment` as an exact decimal string, or `null`. */
  readonly attainmentExact: string | null;
  /** The alignment score from 0 to 100. */
  readonly score: number;
  /** `score` as an exact decimal string. */
  readonly scoreExact: string;
  /** The score as shown (one decimal place). */
  readonly display: string;
  /** The alignment grade, `A` best. */
  readonly grade: AlignmentGrade;
  /** The largest risk's diagnosis code, or `null` when there is no cause. */
  readonly topCause: string | null;
  /** Every cause's code, ranked, separated by `; `. */
  readonly causes: string;
  /** The best improvement as `kind: subject`, or `null` when none was ranked. */
  readonly bestImprovement: string | null;
  /** The alignment points the best improvement gains, or `null`. */
  readonly bestImprovementGain: number | null;
  /** `bestImprovementGain` as an exact decimal string, or `null`. */
  readonly bestImprovementGainExact: string | null;
  /** The money flows' targets summed over the plan, in the row's currency. */
  readonly flowTarget: number;
  /** `flowTarget` as an exact decimal string. */
  readonly flowTargetExact: string;
  /** The money flows' actuals to date, summed. */
  readonly flowActual: number;
  /** `flowActual` as an exact decimal string. */
  readonly flowActualExact: string;
  /** The money flows' forecasts at the plan's end, summed. */
  readonly flowForecast: number;
  /** `flowForecast` as an exact decimal string. */
  readonly flowForecastExact: string;
  /** How many objectives the partnership has. */
  readonly objectives: number;
}

const SUMMARY = 'Cannot write the portfolio as rows';
const Rows = z.array(PortfolioRow).max(1_000_000);

/**
 * The partnerships of a portfolio analysis as flat rows, in the order analysed (the documents
 * that could not be analysed are in `portfolio.errors`, not here).
 *
 * @param portfolio - a portfolio analysis (as `analyzePortfolio` resolves it), or its rows, or their JSON
 * @returns one row per partnership analysed
 * @throws {@link index!ValidationError} when `portfolio` is neither a portfolio analysis nor a list of its rows, with issues under `portfolio`
 * @example
 * ```ts
 * import { analyzePortfolio, samples } from 'partner-alignment';
 * import { portfolioRows } from 'partner-alignment/report';
 * const portfolio = await analyzePortfolio(
 *   [{ id: 'northwind', document: samples.northwindAdvisory }, { id: 'lumen', document: samples.lumenField }],
 *   { asOf: '2026-11-27' },
 * );
 * portfolioRows(portfolio).map((row) => [row.id, row.status, row.grade, row.topCause])
 * //=> [['northwind', 'on-plan', 'B', 'goals-assigned'], ['lumen', 'behind', 'B', 'goals-assigned']]
 * ```
 * @category Report
 */
export function portfolioRows(
  portfolio: PortfolioAnalysis | ReadonlyArray<PortfolioRow>,
): ReadonlyArray<PortfolioTableRow> {
  const given = isRecord(portfolio) && !Array.isArray(portfolio) ? portfolio['rows'] : portfolio;
  const path = given === portfolio ? ['portfolio'] : ['portfolio', 'rows'];
  const rows = acceptValue(Rows, given, SUMMARY, path);
  return rows.map((row) => {
    const segment = (field: string) =>
      (row.segment as Record<string, string | null>)[field] ?? null;
    const best = row.bestImprovement;
    const flow = row.totals.flow;
    return {
      id: row.id,
      partnership: row.partnership,
      name: row.name,
      partner: row.partner,
      currency: row.currency,
      tier: segment('tier'),
      region: segment('region'),
      owner: segment('owner'),
      programTier: segment('programTier'),
      archetype: segment('archetype'),
      vendor: segment('vendor'),
      status: row.status,
      atRisk: row.atRisk,
      progressStatus: row.progressStatus,
      attainment: numberOf(row.attainment),
      attainmentExact: row.attainment,
      score: numberOf(row.score),
      scoreExact: row.score,
      display: row.display,
      grade: row.grade,
      topCause: row.topCause,
      causes: row.causes.join('; '),
      bestImprovement: best === null ? null : `${best.kind}: ${best.subject}`,
      bestImprovementGain: best === null ? null : numberOf(best.gain),
      bestImprovementGainExact: best === null ? null : best.gain,
      flowTarget: numberOf(flow.target),
      flowTargetExact: flow.target,
      flowActual: numberOf(flow.actual),
      flowActualExact: flow.actual,
      flowForecast: numberOf(flow.forecast),
      flowForecastExact: flow.forecast,
      objectives: row.objectives,
    };
  });
}

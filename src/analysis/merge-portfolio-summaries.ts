import { argumentError, describeReceived } from '../argument-checks.js';
import { acceptValue } from '../model/accept.js';
import { isTrusted } from '../model/trusted.js';
import { toDecimal } from '../money/to-decimal.js';
import { addSummary, emptyAccumulator, toSummary } from './internal/summary-accumulator.js';
import { PortfolioSummary } from './portfolio-summary.js';

const SUMMARY = 'Invalid arguments to mergePortfolioSummaries';

function read(value: unknown, path: 'a' | 'b'): PortfolioSummary {
  const summary = isTrusted(value)
    ? (value as PortfolioSummary)
    : acceptValue(PortfolioSummary, value, SUMMARY, [path]);
  // Scores lie between 0 and 100, so a score total above 100 × partnerships is not a sum of scores
  // (and exact sums stay within the digits the arithmetic holds).
  const total = toDecimal(summary.scoreTotal);
  if (total.isNegative() || total.gt(100 * summary.partnerships)) {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      [path, 'scoreTotal'],
      'Not a sum of scores from 0 to 100',
      describeReceived(summary.scoreTotal),
      `from 0 to ${100 * summary.partnerships}`,
    );
  }
  return summary;
}

/**
 * Merges two portfolio summaries into the summary of both portfolios: counts and exact sums add
 * up, keyed maps merge key by key, the at-risk lists merge and keep the first `atRiskLimit`. It is
 * associative and commutative (no floats, no order of arrival), so a portfolio split across
 * worker threads, processes or machines in any way merges to the summary of the whole. Summaries
 * from JSON are checked first.
 *
 * @param a - a summary (as `summarizePortfolio` or `analyzePortfolio` made it, or its JSON)
 * @param b - another, of the same rules (`scoringVersion`), date, segment fields and at-risk limit
 * @returns the summary of both
 * @throws {@link ValidationError} for a summary that is not one (paths start at `a` or `b`), or two
 * summaries that do not merge (another version, date, segments or limit)
 * @example
 * ```ts
 * import { analyzePartnership, mergePortfolioSummaries, samples, summarizePortfolio, toPortfolioRow } from 'partner-alignment';
 * const asOf = '2026-11-27';
 * const summaryOf = (id: string, document: unknown) => summarizePortfolio([toPortfolioRow(analyzePartnership(document as never, { asOf }), id)], { asOf });
 * const a = summaryOf('northwind', samples.northwindAdvisory);
 * const b = summaryOf('lumen', samples.lumenField);
 * const both = mergePortfolioSummaries(a, b);
 * [both.partnerships, both.atRisk] //=> [2, 1]
 * JSON.stringify(mergePortfolioSummaries(b, a)) === JSON.stringify(both) //=> true
 * ```
 * @category Portfolio
 */
export function mergePortfolioSummaries(
  a: PortfolioSummary,
  b: PortfolioSummary,
): PortfolioSummary {
  const x = read(a, 'a');
  const y = read(b, 'b');
  for (const field of ['scoringVersion', 'asOf', 'atRiskLimit'] as const) {
    if (x[field] !== y[field]) {
      throw argumentError(
        SUMMARY,
        'invalid-value',
        ['b', field],
        `Summaries of different ${field} do not merge`,
        describeReceived(y[field]),
        JSON.stringify(x[field]),
      );
    }
  }
  if (x.segments.join('\u0000') !== y.segments.join('\u0000')) {
    throw argumentError(
      SUMMARY,
      'invalid-value',
      ['b', 'segments'],
      'Summaries rolled up by different segment fields do not merge',
      JSON.stringify(y.segments),
      JSON.stringify(x.segments),
    );
  }
  const acc = emptyAccumulator(x.asOf, x.segments, x.atRiskLimit, x.scoringVersion);
  addSummary(acc, x);
  addSummary(acc, y);
  return toSummary(acc);
}

import { argumentError, describeReceived, isRecord, wrongType } from '../argument-checks.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { acceptValue } from '../model/accept.js';
import { isTrusted } from '../model/trusted.js';
import { readSummaryOptions } from './internal/read-summary-options.js';
import { addRow, emptyAccumulator, toSummary } from './internal/summary-accumulator.js';
import type { SegmentField } from './partnership-analysis.js';
import { PortfolioError, PortfolioRow } from './portfolio-row.js';
import type { PortfolioSummary } from './portfolio-summary.js';

const SUMMARY = 'Invalid arguments to summarizePortfolio';

/**
 * Options of {@link summarizePortfolio} (and of `analyzePortfolio`'s summary).
 *
 * @example
 * ```ts
 * import type { SummarizePortfolioOptions } from 'partner-alignment';
 * const options: SummarizePortfolioOptions = { asOf: '2026-11-27', segments: ['tier', 'owner'], atRiskLimit: 20 };
 * options.segments //=> ['tier', 'owner']
 * ```
 * @category Portfolio
 */
export interface SummarizePortfolioOptions {
  /** The date the rows were analysed on (every row must have it). Required. */
  readonly asOf: IsoDate;
  /** The segment fields to roll up by, each once; default `['tier', 'region']`. */
  readonly segments?: ReadonlyArray<SegmentField> | undefined;
  /** How many partnerships the at-risk list keeps, from 0 to 10,000; default 100. */
  readonly atRiskLimit?: number | undefined;
}

/**
 * Sums up the rows of a portfolio (and counts its errors) into a {@link PortfolioSummary} that
 * merges with others: see {@link mergePortfolioSummaries}. Rows and errors from JSON (another
 * process, a file) are checked first; rows this library made are not.
 *
 * @param items - rows ({@link toPortfolioRow}) and errors ({@link PortfolioError}), in any order
 * @param options - `asOf` (required), `segments`, `atRiskLimit`
 * @returns the summary
 * @throws {@link ValidationError} for an item that is neither a row nor an error (paths start at
 * `items`), a row of another date, or an invalid option
 * @example
 * ```ts
 * import { analyzePartnership, samples, summarizePortfolio, toPortfolioRow } from 'partner-alignment';
 * const row = toPortfolioRow(analyzePartnership(samples.lumenField, { asOf: '2026-11-27' }), 'lumen');
 * const error = { kind: 'error', id: 'broken.json', message: 'Not JSON', issues: [] } as const;
 * const summary = summarizePortfolio([row, error], { asOf: '2026-11-27', segments: ['region'] });
 * [summary.partnerships, summary.errors, Object.keys(summary.bySegment.region ?? {})] //=> [1, 1, ['EMEA']]
 * ```
 * @category Portfolio
 */
export function summarizePortfolio(
  items: Iterable<PortfolioRow | PortfolioError>,
  options: SummarizePortfolioOptions,
): PortfolioSummary {
  const { asOf, segments, atRiskLimit } = readSummaryOptions(options, SUMMARY);
  if (
    typeof items !== 'object' ||
    items === null ||
    typeof (items as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw wrongType(SUMMARY, ['items'], items, 'an iterable of portfolio rows and errors');
  }
  const acc = emptyAccumulator(asOf, segments, atRiskLimit);
  let i = 0;
  for (const item of items) {
    const path = ['items', i];
    i += 1;
    if (isRecord(item) && item['kind'] === 'error') {
      if (!isTrusted(item)) acceptValue(PortfolioError, item, SUMMARY, path);
      acc.errors += 1;
      continue;
    }
    const row = isTrusted(item)
      ? (item as PortfolioRow)
      : acceptValue(PortfolioRow, item, SUMMARY, path);
    if (row.asOf !== asOf) {
      throw argumentError(
        SUMMARY,
        'invalid-value',
        [...path, 'asOf'],
        'A row analysed on another date than the summary’s',
        describeReceived(row.asOf),
        `rows analysed on ${asOf}`,
      );
    }
    addRow(acc, row);
  }
  return toSummary(acc);
}

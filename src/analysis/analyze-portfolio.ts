import { isRecord, wrongType } from '../argument-checks.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { ValidationError } from '../errors.js';
import { acceptPartnership } from '../model/accept.js';
import type { Partnership, PartnershipJson } from '../model/partnership.js';
import { trust } from '../model/trusted.js';
import type { AnalyzePartnershipOptions } from './analyze-partnership-options.js';
import { analyzeChecked } from './internal/analyze-checked.js';
import { readAnalysisOptions } from './internal/read-options.js';
import { readRollUpOptions } from './internal/read-summary-options.js';
import { addRow, emptyAccumulator, toSummary } from './internal/summary-accumulator.js';
import { refusesOptions } from './internal/under-option.js';
import type { SegmentField } from './partnership-analysis.js';
import type { PortfolioError, PortfolioRow } from './portfolio-row.js';
import { SourceId } from './portfolio-schemas.js';
import type { PortfolioSummary } from './portfolio-summary.js';
import { toPortfolioRow } from './to-portfolio-row.js';

const SUMMARY = 'Invalid arguments to analyzePortfolio';
const DOCUMENT_SUMMARY = 'Cannot analyse the document';

/**
 * One document of a portfolio: the caller's id for it (a file and line such as
 * `partners.ndjson:12`, a key: it names the document in rows and errors, and survives splitting
 * and merging) and the document: its JSON text (a line of an NDJSON file), its JSON value, or a
 * parsed partnership.
 *
 * @example
 * ```ts
 * import { samples, type PortfolioItem } from 'partner-alignment';
 * const item: PortfolioItem = { id: 'northwind.json', document: samples.northwindAdvisory };
 * item.id //=> 'northwind.json'
 * ```
 * @category Portfolio
 */
export interface PortfolioItem {
  readonly id: string;
  readonly document: string | PartnershipJson | Partnership;
}

/**
 * Options of {@link analyzePortfolio}: those of `analyzePartnership` (improvements only for
 * partnerships at risk by default), how to roll up, and a callback for progress.
 *
 * @example
 * ```ts
 * import type { AnalyzePortfolioOptions } from 'partner-alignment';
 * const options: AnalyzePortfolioOptions = { asOf: '2026-11-27', segments: ['tier', 'owner'], improvements: 'none' };
 * options.segments //=> ['tier', 'owner']
 * ```
 * @category Portfolio
 */
export interface AnalyzePortfolioOptions extends AnalyzePartnershipOptions {
  /** The segment fields to roll up by, each once; default `['tier', 'region']` (the main archetype is always rolled up). */
  readonly segments?: ReadonlyArray<SegmentField> | undefined;
  /** How many partnerships the summary's at-risk list keeps, from 0 to 10,000; default 100. */
  readonly atRiskLimit?: number | undefined;
  /** Called after each document with the counts so far (for a progress bar). */
  readonly onProgress?:
    | ((counts: { readonly analysed: number; readonly errors: number }) => void)
    | undefined;
}

/**
 * A portfolio analysed: one row per document analysed and one error per document that could not
 * be, each under its source id and in the order of the source, and the summary of the whole.
 *
 * @example
 * ```ts
 * import { analyzePortfolio, samples } from 'partner-alignment';
 * const portfolio = await analyzePortfolio([{ id: 'lumen', document: samples.lumenField }, { id: 'bad', document: '{' }], { asOf: '2026-11-27' });
 * [portfolio.rows.length, portfolio.errors[0]?.id, portfolio.summary.errors] //=> [1, 'bad', 1]
 * ```
 * @category Portfolio
 */
export interface PortfolioAnalysis {
  readonly asOf: IsoDate;
  readonly rows: ReadonlyArray<PortfolioRow>;
  readonly errors: ReadonlyArray<PortfolioError>;
  readonly summary: PortfolioSummary;
}

/** A document that could not be analysed, as a row of errors. */
function errorOf(id: string, error: ValidationError): PortfolioError {
  return trust({
    kind: 'error',
    id,
    message: error.message,
    issues: error.issues.map((issue) => ({ ...issue, path: [...issue.path] })),
  });
}

/** The JSON value of a document given as text, or the error saying where it is not JSON. */
function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ValidationError(DOCUMENT_SUMMARY, [
      {
        code: 'invalid-json',
        path: ['document'],
        message: `Not JSON: ${message.slice(0, 200)}`,
        received:
          text.length > 40 ? `${JSON.stringify(text.slice(0, 37))}...` : JSON.stringify(text),
        expected: 'a partnership document in JSON',
      },
    ]);
  }
}

/**
 * Analyses many partnerships as they come (an array, a generator, NDJSON lines streamed from a
 * file...): each document is analysed alone, as `analyzePartnership` does, turned into a row,
 * and summed up into a summary that merges with others (`mergePortfolioSummaries`). Only rows
 * are kept, so memory grows with the rows, not with the documents. A document that is not JSON,
 * not a valid partnership, or not an item `{ id, document }`, is reported under its id with its
 * issues (an item without an id under `#<position>`) and does not stop the run: every item ends
 * up exactly once in `rows` or `errors`, in the order of the source. Improvements are computed
 * only for partnerships at risk, unless `improvements` says otherwise. For the machine's cores,
 * `analyzePortfolioInWorkers` from `partner-alignment/node` runs the same on worker threads.
 *
 * @param source - an iterable or async iterable of {@link PortfolioItem}
 * @param options - those of `analyzePartnership`, `segments`, `atRiskLimit` and `onProgress`
 * @returns a promise of the rows, the errors and the summary
 * @throws {@link ValidationError} (the promise rejects) for an invalid option or a source that is
 * not iterable; never for a document
 * @example
 * ```ts
 * import { analyzePortfolio, samples } from 'partner-alignment';
 * const source = [
 *   { id: 'northwind.json', document: JSON.stringify(samples.northwindAdvisory) },
 *   { id: 'lumen.json', document: samples.lumenField },
 * ];
 * const { rows, summary } = await analyzePortfolio(source, { asOf: '2026-11-27' });
 * rows.map((row) => [row.id, row.status, row.display]) //=> [['northwind.json', 'on-plan', '82.9'], ['lumen.json', 'behind', '78.8']]
 * [summary.partnerships, summary.atRisk] //=> [2, 1]
 * ```
 * @category Portfolio
 */
export async function analyzePortfolio(
  source: Iterable<PortfolioItem> | AsyncIterable<PortfolioItem>,
  options: AnalyzePortfolioOptions,
): Promise<PortfolioAnalysis> {
  const { settings, given } = readAnalysisOptions(
    options,
    SUMMARY,
    ['segments', 'atRiskLimit', 'onProgress'],
    'at-risk',
  );
  const { segments, atRiskLimit } = readRollUpOptions(given, SUMMARY);
  const onProgress = given['onProgress'];
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw wrongType(SUMMARY, ['options', 'onProgress'], onProgress, 'a function');
  }
  const iterable =
    typeof source === 'object' && source !== null
      ? Symbol.asyncIterator in source || Symbol.iterator in source
      : false;
  if (!iterable)
    throw wrongType(
      SUMMARY,
      ['source'],
      source,
      'an iterable or async iterable of { id, document }',
    );
  const acc = emptyAccumulator(settings.asOf, segments, atRiskLimit);
  const rows: PortfolioRow[] = [];
  const errors: PortfolioError[] = [];
  let position = 0;
  for await (const item of source as AsyncIterable<PortfolioItem>) {
    const fallback = `#${position}`;
    position += 1;
    const id =
      isRecord(item) && SourceId.safeParse(item['id']).success ? (item['id'] as string) : fallback;
    try {
      if (!isRecord(item) || id === fallback) {
        throw wrongType(
          DOCUMENT_SUMMARY,
          ['item'],
          item,
          'an item { id, document } with a string id of at most 1,000 characters',
        );
      }
      const document = item['document'];
      const json = typeof document === 'string' ? parseText(document) : document;
      const partnership = acceptPartnership(json, DOCUMENT_SUMMARY, ['document']);
      const row = toPortfolioRow(analyzeChecked(partnership, settings, SUMMARY), id);
      addRow(acc, row);
      rows.push(row);
    } catch (error) {
      if (!(error instanceof ValidationError) || refusesOptions(error)) throw error;
      acc.errors += 1;
      errors.push(errorOf(id, error));
    }
    if (typeof onProgress === 'function')
      onProgress({ analysed: rows.length, errors: errors.length });
  }
  return { asOf: settings.asOf, rows, errors, summary: toSummary(acc) };
}

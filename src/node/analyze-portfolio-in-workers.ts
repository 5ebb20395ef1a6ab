import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import {
  type AnalyzePortfolioOptions,
  analyzePortfolio,
  type PortfolioAnalysis,
  type PortfolioItem,
} from '../analysis/analyze-portfolio.js';
import { mergePortfolioSummaries } from '../analysis/merge-portfolio-summaries.js';
import type { PortfolioError, PortfolioRow } from '../analysis/portfolio-row.js';
import { checkWholeNumber, isRecord, wrongType } from '../argument-checks.js';
import { ValidationError } from '../errors.js';
import { looksLikeValues } from '../model/accept.js';
import { encodePartnership } from '../model/encode-partnership.js';
import type { PortfolioTask } from './portfolio-worker.js';

const SUMMARY = 'Invalid arguments to analyzePortfolioInWorkers';

/**
 * Options of {@link analyzePortfolioInWorkers}: those of `analyzePortfolio`, how many worker
 * threads, and how many documents each task carries.
 *
 * @example
 * ```ts
 * import type { AnalyzePortfolioInWorkersOptions } from 'partner-alignment/node';
 * const options: AnalyzePortfolioInWorkersOptions = { asOf: '2026-11-27', workers: 2, batchSize: 100 };
 * options.workers //=> 2
 * ```
 * @category Portfolio
 */
export interface AnalyzePortfolioInWorkersOptions extends AnalyzePortfolioOptions {
  /** Worker threads, a whole number from 1 to 256; default the machine's available parallelism. */
  readonly workers?: number | undefined;
  /** Documents per task, from 1 to 10,000; default 64. */
  readonly batchSize?: number | undefined;
}

/**
 * The worker module, an ES module beside this one in `dist/`: the CommonJS build finds it too
 * (its `import.meta.url` is shimmed by the build).
 */
function workerFile(): string {
  return new URL('./portfolio-worker.js', import.meta.url).href;
}

/**
 * A document that can cross to a worker thread: text or JSON (a parsed partnership is written out
 * as its JSON document); `null` for one that must be analysed on this thread.
 */
function transferable(item: PortfolioItem): PortfolioItem | null {
  if (!isRecord(item)) return item;
  const document = item['document'];
  if (typeof document !== 'object' || document === null || !looksLikeValues(document)) return item;
  try {
    return { id: item.id, document: encodePartnership(document as never) };
  } catch {
    // One that cannot be written out is analysed here, so its error reads as on one thread.
    return null;
  }
}

/**
 * Analyses a portfolio on worker threads (Node only: `partner-alignment/node`), with the same
 * result as `analyzePortfolio` on one thread: the same rows and errors in the order of the source,
 * and the same summary (the parts' summaries merge exactly). The source is read as it comes and at
 * most two batches per worker are in flight, so memory stays flat beyond the rows kept. Runs on
 * [piscina](https://github.com/piscinajs/piscina)'s pool; the threads end with the call.
 *
 * @param source - an iterable or async iterable of `{ id, document }` (documents as JSON text or values)
 * @param options - those of `analyzePortfolio` (`asOf` required), `workers` and `batchSize`
 * @returns a promise of the rows, the errors and the summary
 * @throws `ValidationError` (the promise rejects) for an invalid option or source
 * @example
 * ```ts
 * import { analyzePortfolioInWorkers } from 'partner-alignment/node';
 * // With documents: await analyzePortfolioInWorkers(lines, { asOf: '2026-11-27', workers: 2 }).
 * // Options are checked before any thread starts:
 * const refused = await analyzePortfolioInWorkers([], { asOf: '2026-11-27', workers: 0 }).catch((error: Error) => error.name);
 * refused //=> 'ValidationError'
 * ```
 * @category Portfolio
 */
export async function analyzePortfolioInWorkers(
  source: Iterable<PortfolioItem> | AsyncIterable<PortfolioItem>,
  options: AnalyzePortfolioInWorkersOptions,
): Promise<PortfolioAnalysis> {
  if (!isRecord(options)) {
    throw wrongType(
      SUMMARY,
      ['options'],
      options,
      'an options object with asOf, such as { asOf: "2026-11-27" }',
    );
  }
  const { workers: threads, batchSize: size, onProgress, ...rest } = options;
  const workers =
    threads === undefined
      ? Math.max(1, availableParallelism())
      : checkWholeNumber(threads, 1, 256, SUMMARY, ['options', 'workers']);
  const batchSize =
    size === undefined ? 64 : checkWholeNumber(size, 1, 10_000, SUMMARY, ['options', 'batchSize']);
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw wrongType(SUMMARY, ['options', 'onProgress'], onProgress, 'a function');
  }
  const iterable =
    typeof source === 'object' && source !== null
      ? Symbol.asyncIterator in source || Symbol.iterator in source
      : false;
  if (!iterable) {
    throw wrongType(
      SUMMARY,
      ['source'],
      source,
      'an iterable or async iterable of { id, document }',
    );
  }
  // The options are checked as analyzePortfolio checks them, by analysing nothing: that also gives
  // the empty summary the parts merge into.
  let empty: PortfolioAnalysis;
  try {
    empty = await analyzePortfolio([], rest);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      SUMMARY,
      error.issues.map(({ label: _label, ...issue }) => issue),
    );
  }
  // What crosses to the threads is JSON: Decimals become decimal strings, the callback stays here.
  const taskOptions = JSON.parse(JSON.stringify(rest)) as AnalyzePortfolioOptions;
  const pool = new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers });
  let summary = empty.summary;
  const rows: PortfolioRow[] = [];
  const errors: PortfolioError[] = [];
  const done = new Map<number, PortfolioAnalysis>();
  const running = new Set<Promise<void>>();
  let next = 0;
  let sent = 0;
  const flush = () => {
    for (let part = done.get(next); part !== undefined; part = done.get(next)) {
      done.delete(next);
      next += 1;
      rows.push(...part.rows);
      errors.push(...part.errors);
      summary = mergePortfolioSummaries(summary, part.summary);
      if (typeof onProgress === 'function')
        onProgress({ analysed: rows.length, errors: errors.length });
    }
  };
  const send = (items: PortfolioItem[], here = false) => {
    const index = sent;
    sent += 1;
    const task: PortfolioTask = { items, options: taskOptions };
    const run: Promise<PortfolioAnalysis> = here ? analyzePortfolio(items, rest) : pool.run(task);
    const promise: Promise<void> = run.then((part: PortfolioAnalysis) => {
      done.set(index, part);
      running.delete(promise);
      flush();
    });
    running.add(promise);
  };
  try {
    let batch: PortfolioItem[] = [];
    for await (const item of source as AsyncIterable<PortfolioItem>) {
      const crossing = transferable(item);
      if (crossing === null) {
        if (batch.length > 0) send(batch);
        send([item], true);
        batch = [];
        continue;
      }
      batch.push(crossing);
      if (batch.length < batchSize) continue;
      send(batch);
      batch = [];
      while (running.size >= 2 * workers) await Promise.race(running);
    }
    if (batch.length > 0) send(batch);
    await Promise.all(running);
  } finally {
    await pool.destroy();
  }
  return { asOf: empty.asOf, rows, errors, summary };
}

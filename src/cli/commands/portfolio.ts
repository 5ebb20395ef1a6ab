import { type Command, Option } from 'commander';
import type {
  AnalyzePortfolioOptions,
  PortfolioAnalysis,
  PortfolioError,
  PortfolioRow,
  PortfolioSummary,
  SegmentField,
} from '../../index.js';
import { inputError, usageError } from '../cli-error.js';
import {
  readAsOf,
  readOutputOptions,
  withDateOptions,
  withOutputOptions,
} from '../common-options.js';
import { documentReader } from '../input/read-document.js';
import { loadLibrary } from '../library.js';
import { type Cell, column, ratioColumn } from '../output/command-output.js';
import { writeOutput } from '../output/write-output.js';
import { openPortfolio, type PortfolioSource } from '../portfolio/portfolio-source.js';
import { summaryTables } from '../portfolio/portfolio-tables.js';
import {
  type ProgressBar,
  type ProgressCounts,
  silentBar,
  terminalBar,
} from '../portfolio/progress-bar.js';

const segmentFields = ['tier', 'region', 'owner', 'programTier', 'archetype', 'currency', 'vendor'];

/** A whole number option from `min` to `max`, or a usage error naming the flag. */
function wholeNumber(flag: string, value: unknown, min: number, max: number): number {
  const number = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || number < min || number > max) {
    throw usageError(`${flag} ${String(value)}: expected a whole number from ${min} to ${max}`);
  }
  return number;
}

/**
 * How many documents one library call analyses. The library keeps a row per partnership until it
 * returns; the command analyses the stream in parts of this size and merges their summaries
 * (`mergePortfolioSummaries`), so that without `--rows` memory does not grow with the portfolio.
 * With worker threads, each part has its own pool: starting one is a small cost beside a part.
 */
const PART = 10_000;

/** Up to `count` items of an iterator; `state.done` once it has none left. */
async function* take<T>(
  iterator: AsyncIterator<T>,
  count: number,
  state: { done: boolean },
): AsyncGenerator<T> {
  for (let i = 0; i < count; i++) {
    const next = await iterator.next();
    if (next.done === true) {
      state.done = true;
      return;
    }
    yield next.value;
  }
}

/**
 * Analyses the items part by part, on this thread for one worker, else on worker threads
 * (partner-alignment/node), merging the parts' summaries; the rows are kept only when asked for.
 */
async function analyse(
  source: PortfolioSource,
  options: AnalyzePortfolioOptions & { readonly onProgress: (counts: ProgressCounts) => void },
  workers: number,
  keepRows: boolean,
): Promise<PortfolioAnalysis> {
  const library = await import('../../index.js');
  const node = workers === 1 ? undefined : await import('../../node.js');
  const iterator = source.items[Symbol.asyncIterator]();
  const state = { done: false };
  const rows: PortfolioRow[] = [];
  const errors: PortfolioError[] = [];
  let summary: PortfolioSummary | undefined;
  while (!state.done) {
    const before = { analysed: summary?.partnerships ?? 0, errors: errors.length };
    const part: AnalyzePortfolioOptions = {
      ...options,
      onProgress: (counts) =>
        options.onProgress({
          analysed: before.analysed + counts.analysed,
          errors: before.errors + counts.errors,
        }),
    };
    const items = take(iterator, PART, state);
    const analysis =
      node === undefined
        ? await library.analyzePortfolio(items, part)
        : await node.analyzePortfolioInWorkers(items, { ...part, workers });
    if (keepRows) rows.push(...analysis.rows);
    errors.push(...analysis.errors);
    summary =
      summary === undefined
        ? analysis.summary
        : library.mergePortfolioSummaries(summary, analysis.summary);
  }
  if (summary === undefined) throw new Error('no part was analysed');
  return { asOf: summary.asOf, rows, errors, summary };
}

/** `portfolio <source>`: many partnerships analysed together, streamed. */
export function registerPortfolio(program: Command): void {
  const command = program
    .command('portfolio')
    .argument(
      '<source>',
      'a directory of documents (.json, .yaml, .yml), an NDJSON file (one JSON document per line), or - for NDJSON on stdin',
    )
    .summary('many partnerships analysed together: at risk, causes, segments')
    .description(
      'Analyses every partnership of a portfolio on a date, one document at a time (a portfolio larger than memory streams through), and sums them up: the partnerships at risk, worst first; how many have each cause, and how many of those are at risk; counts by status and grade; partnerships, at risk and mean score by main archetype and by the segments asked for. Documents that cannot be analysed are listed with why, the others still are, and the command then exits with code 1. A progress bar shows on stderr when it is a terminal, and nothing when it is not.',
    )
    .option(
      '--workers <n>',
      'analyse on this many worker threads (default 1: on the main thread, no pool)',
      '1',
    )
    .addOption(
      new Option('--segment <field...>', 'roll up by these fields too').choices(segmentFields),
    )
    .option('--at-risk-limit <n>', 'how many partnerships the at-risk list keeps (default: 100)')
    .option('--rows', 'add one row per partnership (the rows table; rows in JSON)')
    .option('--no-progress', 'never draw the progress bar')
    .addHelpText(
      'after',
      '\nExamples:\n  $ partner-alignment portfolio partnerships.ndjson --as-of 2026-11-15 --workers 2\n  $ partner-alignment portfolio plans/ --segment region tier --format md --out portfolio.md\n  $ cat partnerships.ndjson | partner-alignment portfolio - --format csv --table causes\n',
    );
  withDateOptions(command);
  withOutputOptions(command, ['at-risk', 'causes', 'counts', 'segments', 'errors', 'rows']);
  command.action(async (path: string, options: Record<string, unknown>) => {
    const output = readOutputOptions(options);
    const workers = wholeNumber('--workers', options['workers'], 1, 256);
    const atRiskLimit =
      options['atRiskLimit'] === undefined
        ? undefined
        : wholeNumber('--at-risk-limit', options['atRiskLimit'], 0, 10_000);
    const library = await loadLibrary();
    const asOf = readAsOf(options, library);
    const source = await openPortfolio(path, documentReader(library));
    const bar: ProgressBar =
      options['progress'] !== false && process.stderr.isTTY
        ? terminalBar(process.stderr, source.name, source.fraction)
        : silentBar;
    const analysis = await analyse(
      source,
      {
        asOf,
        onProgress: bar.update,
        ...(options['segment'] === undefined
          ? {}
          : { segments: options['segment'] as SegmentField[] }),
        ...(atRiskLimit === undefined ? {} : { atRiskLimit }),
      },
      workers,
      options['rows'] === true,
    );
    const unreadable: PortfolioError[] = source.unreadable.map(({ id, message }) => ({
      kind: 'error',
      id,
      message,
      issues: [],
    }));
    const errors = [...unreadable, ...analysis.errors];
    const summary = { ...analysis.summary, errors: analysis.summary.errors + unreadable.length };
    bar.finish({ analysed: summary.partnerships, errors: errors.length });
    const withRows = options['rows'] === true;
    const tables = summaryTables(library, summary, errors);
    if (withRows) {
      tables.push({
        name: 'rows',
        title: 'Partnerships',
        columns: [
          column('id', 'Id'),
          column('name', 'Partnership'),
          column('partner', 'Partner'),
          column('status', 'Status'),
          column('progressStatus', 'Progress'),
          ratioColumn('attainment', 'Attainment'),
          column('score', 'Score', 'decimal', 1),
          column('grade', 'Grade'),
          column('topCause', 'Top cause'),
          column('bestImprovement', 'Best improvement'),
        ],
        rows: analysis.rows.map(
          (row): Record<string, Cell> => ({
            id: row.id,
            name: row.name,
            partner: row.partner,
            status: row.status,
            progressStatus: row.progressStatus,
            attainment: row.attainment,
            score: row.score,
            grade: row.grade,
            topCause: row.topCause,
            bestImprovement:
              row.bestImprovement === null
                ? null
                : `${row.bestImprovement.kind} (+${row.bestImprovement.gain})`,
          }),
        ),
      });
    }
    await writeOutput(
      {
        heading: `Portfolio of ${source.name} as of ${asOf}: ${summary.partnerships} analysed, ${summary.atRisk} at risk, ${errors.length} not analysed`,
        json: withRows ? { asOf, summary, errors, rows: analysis.rows } : { asOf, summary, errors },
        tables,
      },
      output,
    );
    if (errors.length > 0) {
      throw inputError(
        `partner-alignment portfolio: ${errors.length} of ${summary.partnerships + errors.length} documents not analysed (listed under errors)`,
      );
    }
  });
}

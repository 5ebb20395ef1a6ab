/**
 * Benchmark of issue 15: a portfolio of generated partnerships (bench/support/partnerships.ts:
 * 5 to 8 objectives, 20 to 40 goals, actuals for every period ended by the as-of date, a quarter
 * of the partners at risk) streamed from an NDJSON file and analysed as a whole: parse, plans,
 * progress, economics, alignment, diagnosis, improvements for the partnerships at risk. The built
 * package (`dist/`, as `npm run bench` builds it) is measured, in one process, passes one after
 * the other:
 *
 * 1. `read`: the lines streamed from the file, nothing else (the cost both passes share);
 * 2. `parse`: the same lines, each through `JSON.parse`;
 * 3. `analysis`: the same lines through `analyzePortfolio` (one thread), with the memory sampled
 *    as it goes;
 * 4. `workers`: the same lines through `analyzePortfolioInWorkers` with 2 worker threads.
 *
 * Targets: the analysis costs at most 20× `JSON.parse` of the same lines (CPU time, the shared
 * reading taken out of both); its peak memory (resident set) stays under 400 MB and does not grow
 * with the documents beyond the rows it keeps; 2 workers give at least 1.6× the throughput of one
 * thread (wall clock). Also, on a sample held in memory, where the time of one analysis goes,
 * stage by stage, as the ratio of each stage to `JSON.parse`.
 *
 * Writes `bench/results/portfolio.json`, keeping what other commands recorded there (the command
 * line adds its own key).
 *
 *   npm run bench -- portfolio                  the recorded run: 100,000 partnerships
 *   npm run bench -- portfolio --n=10000        fewer
 *   npm run bench -- portfolio --sample=500     a smaller sample for the stages
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index.js';
import type * as NodeEntry from '../src/node.js';
import { machine } from './support/machine.js';
import { generatePartnership } from './support/partnerships.js';

const parameter = (name: string, fallback: number): number => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return given === undefined ? fallback : Number(given.slice(name.length + 3));
};
const N = parameter('n', 100_000);
const SAMPLE = Math.min(parameter('sample', 2_000), N);
const WORKERS = parameter('workers', 2);
const AS_OF = '2027-11-15';
const SEED = 20261127;
const TARGETS = { ratioToJsonParse: 20, peakMemoryMb: 400, workersSpeedup: 1.6 } as const;

const dist = (file: string) => pathToFileURL(join(process.cwd(), 'dist', file)).href;
const library = (await import(dist('index.js'))) as typeof Library;
const node = (await import(dist('node.js'))) as typeof NodeEntry;

const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const mb = (bytes: number): number => Number((bytes / 1024 / 1024).toFixed(1));
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

// The NDJSON file: written as generated, never held whole in memory.
const file = join(tmpdir(), `partner-alignment-portfolio-${process.pid}.ndjson`);
{
  const out = createWriteStream(file);
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const line = `${JSON.stringify(generatePartnership(SEED + i, { asOf: AS_OF }))}\n`;
    bytes += line.length;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  console.log(`wrote ${N} partnerships, ${mb(bytes)} MB, to ${file}`);
}

async function* lines(): AsyncGenerator<Library.PortfolioItem> {
  const reader = createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const line of reader) {
    number += 1;
    yield { id: `portfolio.ndjson:${number}`, document: line };
  }
}

/** CPU and wall time of a pass over the file. */
async function pass(run: () => Promise<unknown>): Promise<{ cpuMs: number; wallMs: number }> {
  gc();
  const cpuStart = cpu();
  const wallStart = performance.now();
  await run();
  return { cpuMs: cpu() - cpuStart, wallMs: performance.now() - wallStart };
}

try {
  // 1. Reading alone, and 2. reading and JSON.parse.
  let totalBytes = 0;
  const read = await pass(async () => {
    for await (const item of lines()) totalBytes += (item.document as string).length;
  });
  const parse = await pass(async () => {
    for await (const item of lines()) JSON.parse(item.document as string);
  });
  console.log(`read ${read.cpuMs.toFixed(0)} ms, read + JSON.parse ${parse.cpuMs.toFixed(0)} ms`);

  // 3. The analysis on one thread, memory sampled at every 5 % of the documents.
  const samples: Array<{ analysed: number; rssMb: number; heapMb: number }> = [];
  const every = Math.max(1, Math.floor(N / 20));
  let peakRss = 0;
  let result: Library.PortfolioAnalysis | undefined;
  const analysis = await pass(async () => {
    result = await library.analyzePortfolio(lines(), {
      asOf: AS_OF,
      onProgress: ({ analysed, errors }) => {
        const done = analysed + errors;
        if (done % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
        if (done % every === 0) {
          // A full collection first, so the heap sampled is what is kept, not what awaits collection.
          gc();
          const memory = process.memoryUsage();
          samples.push({ analysed: done, rssMb: mb(memory.rss), heapMb: mb(memory.heapUsed) });
        }
      },
    });
  });
  if (result === undefined) throw new Error('no result');
  // What the rows keep: the heap with them, less the heap once they are let go.
  gc();
  const withRows = process.memoryUsage().heapUsed;
  const rowCount = result.rows.length;
  const errorCount = result.errors.length;
  const atRisk = result.summary.atRisk;
  const summaryJson = JSON.stringify(result.summary);
  result = undefined;
  gc();
  const rowsMb = mb(withRows - process.memoryUsage().heapUsed);
  const perRowKb = Number(((rowsMb * 1024) / Math.max(1, rowCount)).toFixed(2));
  // Beyond the rows: the heap less what the rows analysed so far keep.
  const beyond = samples.map((s) => Number((s.heapMb - (s.analysed * perRowKb) / 1024).toFixed(1)));
  const early = beyond[Math.floor(beyond.length / 5)] ?? beyond[0] ?? 0;
  const late = Math.max(...beyond.slice(Math.floor(beyond.length / 5)));
  const ratio = (analysis.cpuMs - read.cpuMs) / (parse.cpuMs - read.cpuMs);
  console.log(
    `analysis ${analysis.cpuMs.toFixed(0)} ms CPU, ${analysis.wallMs.toFixed(0)} ms wall: ${ratio.toFixed(1)}× JSON.parse; peak RSS ${mb(peakRss)} MB`,
  );

  // 4. The same on worker threads.
  let threaded: Library.PortfolioAnalysis | undefined;
  const workers = await pass(async () => {
    threaded = await node.analyzePortfolioInWorkers(lines(), { asOf: AS_OF, workers: WORKERS });
  });
  const sameSummary = JSON.stringify(threaded?.summary) === summaryJson;
  threaded = undefined;
  const speedup = analysis.wallMs / workers.wallMs;
  console.log(
    `${WORKERS} workers ${workers.wallMs.toFixed(0)} ms wall: ${speedup.toFixed(2)}× one thread`,
  );

  // Where the time of one analysis goes, on a sample held in memory (CPU time per document).
  const texts: string[] = [];
  for await (const item of lines()) {
    texts.push(item.document as string);
    if (texts.length >= SAMPLE) break;
  }
  /** CPU time per document of the sample, in microseconds, of `run` on each item. */
  const perDocument = <T>(
    items: ReadonlyArray<T>,
    run: (item: T, index: number) => unknown,
  ): number => {
    gc();
    const start = cpu();
    for (let i = 0; i < items.length; i++) run(items[i] as T, i);
    return ((cpu() - start) * 1000) / items.length;
  };
  const values = texts.map((text) => JSON.parse(text) as Library.PartnershipJson);
  const parsed = values.map((value) => library.parsePartnership(value));
  const risky = new Set(
    parsed.flatMap((p, i) =>
      library.analyzePartnership(p, { asOf: AS_OF, improvements: 'none' }).diagnosis.status ===
      'behind'
        ? [i]
        : [],
    ),
  );
  const asOf = AS_OF;
  const stages: Record<string, number> = {};
  for (let round = 0; round < 2; round++) {
    // The first round warms the code up; the second is recorded.
    stages['jsonParse'] = perDocument(texts, (text) => JSON.parse(text));
    stages['parsePartnership'] = perDocument(values, (value) => library.parsePartnership(value));
    stages['progress'] = perDocument(parsed, (p) =>
      library.evaluatePartnershipProgress(p, { asOf }),
    );
    stages['economicsAndLevers'] = perDocument(parsed, (p) =>
      p.economics === undefined ? null : [library.computeEconomics(p), library.rankLevers(p)],
    );
    stages['alignment'] = perDocument(parsed, (p) => library.scoreAlignment(p, { asOf }));
    stages['analysisWithoutImprovements'] = perDocument(parsed, (p) =>
      library.analyzePartnership(p, { asOf, improvements: 'none' }),
    );
    stages['improvementsOfThoseAtRisk'] = perDocument(parsed, (p, i) =>
      risky.has(i) ? library.rankImprovements(p, { asOf }) : null,
    );
    stages['wholeAnalysisFromText'] = perDocument(texts, (text) =>
      library.analyzePartnership(JSON.parse(text), { asOf, improvements: 'at-risk' }),
    );
  }
  const jsonParse = stages['jsonParse'] ?? 1;
  const passed = {
    ratioToJsonParse: ratio <= TARGETS.ratioToJsonParse,
    peakMemory: mb(peakRss) < TARGETS.peakMemoryMb,
    flatMemory: late <= early * 1.1 + 20,
    workersSpeedup: speedup >= TARGETS.workersSpeedup,
    workersSameSummary: sameSummary,
  };
  const results = existsSync('bench/results/portfolio.json')
    ? (JSON.parse(readFileSync('bench/results/portfolio.json', 'utf8')) as Record<string, unknown>)
    : {};
  const record = {
    ...results,
    benchmark:
      'portfolio: analyzePortfolio over generated partnerships streamed from an NDJSON file (dist/ build), against JSON.parse of the same lines in the same run; memory sampled as it runs; analyzePortfolioInWorkers with 2 threads; stages on an in-memory sample',
    machine: machine(),
    targets: TARGETS,
    api: {
      command: process.env['BENCH_COMMAND'] ?? 'npm run bench -- portfolio',
      date: new Date().toISOString(),
      partnerships: N,
      asOf: AS_OF,
      averageBytes: Math.round(totalBytes / N),
      analysed: rowCount,
      errors: errorCount,
      atRisk,
      improvements: 'at-risk',
      cpuMs: {
        read: Math.round(read.cpuMs),
        readAndJsonParse: Math.round(parse.cpuMs),
        readAndAnalysis: Math.round(analysis.cpuMs),
      },
      ratioToJsonParse: Number(ratio.toFixed(2)),
      singleThread: {
        wallMs: Math.round(analysis.wallMs),
        perSecond: Math.round((N * 1000) / analysis.wallMs),
      },
      memory: {
        peakRssMb: mb(peakRss),
        rowsMb,
        perRowKb,
        heapBeyondRowsMb: { atOneFifth: early, highestAfter: late },
        samples,
      },
      workers: {
        workers: WORKERS,
        wallMs: Math.round(workers.wallMs),
        perSecond: Math.round((N * 1000) / workers.wallMs),
        speedup: Number(speedup.toFixed(2)),
        sameSummary,
      },
      passed,
    },
    stages: {
      documents: texts.length,
      atRisk: risky.size,
      microsecondsPerDocument: Object.fromEntries(
        Object.entries(stages).map(([k, v]) => [k, Number(v.toFixed(1))]),
      ),
      ratioToJsonParse: Object.fromEntries(
        Object.entries(stages).map(([k, v]) => [k, Number((v / jsonParse).toFixed(2))]),
      ),
      note: 'improvementsOfThoseAtRisk is per document of the sample (rankImprovements runs only for those behind); the stages inside the analysis overlap (it calls the engines once each)',
    },
  };
  writeFileSync('bench/results/portfolio.json', `${JSON.stringify(record, null, 2)}\n`);
  console.log(
    JSON.stringify(
      {
        ratio: record.api.ratioToJsonParse,
        memory: record.api.memory.peakRssMb,
        speedup: record.api.workers.speedup,
        passed,
      },
      null,
      2,
    ),
  );
  console.log(JSON.stringify(record.stages.ratioToJsonParse, null, 2));
  if (!Object.values(passed).every(Boolean)) process.exitCode = 1;
} finally {
  rmSync(file, { force: true });
}

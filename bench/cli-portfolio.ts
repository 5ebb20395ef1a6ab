/**
 * Benchmark of issue 16: `partner-alignment portfolio` (the built bin, `dist/cli.js`) over the
 * portfolio benchmark's generated partnerships (bench/support/partnerships.ts, the same seed and
 * as-of date as bench/portfolio.ts) written as an NDJSON file, run as a user runs it, in a child
 * process, with its output as JSON in a file. Measured per run: the wall time, and the peak
 * resident set of the process (worker threads included; read by a preloaded module from
 * `process.resourceUsage().maxRSS` as the process exits). Also, on the first `--compare`
 * partnerships, one thread against 2 workers, the same summary from both.
 *
 * Target: peak memory under 400 MB on the recorded run. Adds its `cli` key to
 * `bench/results/portfolio.json`, keeping what the API's benchmark recorded there.
 *
 *   npm run bench -- cli-portfolio                         100,000 partnerships, 2 workers; 5,000 compared
 *   npm run bench -- cli-portfolio --n=10000 --workers=1,2 fewer, both thread counts on all of them
 *   npm run bench -- cli-portfolio --bin=reports/bench-dist/cli.js   a copy of dist/ (rebuilds go on)
 */
import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine } from './support/machine.js';
import { generatePartnership } from './support/partnerships.js';

const parameter = (name: string, fallback: string): string => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return given === undefined ? fallback : given.slice(name.length + 3);
};
const N = Number(parameter('n', '100000'));
const WORKERS = parameter('workers', '2').split(',').map(Number);
const COMPARE = Math.min(Number(parameter('compare', '5000')), N);
const AS_OF = '2027-11-15';
const SEED = 20261127;
const PEAK_MEMORY_MB = 400;
// Another copy of the built package's bin, for a run that outlasts a rebuild of dist/.
const BIN = parameter('bin', 'dist/cli.js');

const scratch = join(tmpdir(), `partner-alignment-cli-portfolio-${process.pid}`);
const mb = (kb: number): number => Number((kb / 1024).toFixed(1));

/** Writes `n` generated partnerships as NDJSON, returning the bytes written. */
async function writeNdjson(file: string, n: number): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const line = `${JSON.stringify(generatePartnership(SEED + i, { asOf: AS_OF }))}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return bytes;
}

/** The command line of a run, as a user types it. */
function commandLine(file: string, workers: number, out: string): string[] {
  return [
    BIN,
    'portfolio',
    file,
    '--as-of',
    AS_OF,
    '--workers',
    String(workers),
    '--format',
    'json',
    '--out',
    out,
  ];
}

/** Runs the command on a file and measures it. */
function measure(file: string, n: number, workers: number) {
  const usage = join(scratch, `usage-${n}-${workers}.json`);
  const out = join(scratch, `out-${n}-${workers}.json`);
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--require', join(scratch, 'report-usage.cjs'), ...commandLine(file, workers, out)],
    { encoding: 'utf8', env: { ...process.env, USAGE_FILE: usage } },
  );
  const wallMs = performance.now() - started;
  if (child.status !== 0) {
    throw new Error(`portfolio exited with ${child.status}: ${child.stderr.slice(0, 2000)}`);
  }
  const used = JSON.parse(readFileSync(usage, 'utf8')) as { maxRssKb: number; cpuMs: number };
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    summary: { partnerships: number; atRisk: number; errors: number };
  };
  const run = {
    partnerships: n,
    workers,
    wallMs: Math.round(wallMs),
    perSecond: Math.round((n * 1000) / wallMs),
    cpuMs: Math.round(used.cpuMs),
    peakRssMb: mb(used.maxRssKb),
    analysed: result.summary.partnerships,
    errors: result.summary.errors,
    atRisk: result.summary.atRisk,
  };
  console.log(JSON.stringify(run));
  return { run, summary: JSON.stringify(result.summary) };
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
writeFileSync(
  join(scratch, 'report-usage.cjs'),
  `process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.USAGE_FILE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
`,
);
try {
  const file = join(scratch, 'portfolio.ndjson');
  const bytes = await writeNdjson(file, N);
  console.log(`wrote ${N} partnerships, ${(bytes / 1e6).toFixed(1)} MB, to ${file}`);
  const runs = WORKERS.map((workers) => measure(file, N, workers).run);
  let compare: Record<string, unknown> | null = null;
  if (COMPARE > 0) {
    const small = join(scratch, 'compare.ndjson');
    await writeNdjson(small, COMPARE);
    const one = measure(small, COMPARE, 1);
    const two = measure(small, COMPARE, 2);
    compare = {
      partnerships: COMPARE,
      oneThread: one.run,
      twoWorkers: two.run,
      speedup: Number((one.run.wallMs / two.run.wallMs).toFixed(2)),
      sameSummary: one.summary === two.summary,
    };
  }
  const peak = Math.max(...runs.map((run) => run.peakRssMb));
  const passed = { peakMemory: peak < PEAK_MEMORY_MB };
  const results = existsSync('bench/results/portfolio.json')
    ? (JSON.parse(readFileSync('bench/results/portfolio.json', 'utf8')) as Record<string, unknown>)
    : {};
  const record = {
    ...results,
    cli: {
      benchmark:
        'partner-alignment portfolio (dist/cli.js) in a child process over generated partnerships in an NDJSON file, output as JSON to a file; wall time, and the peak resident set of the process with its worker threads (process.resourceUsage().maxRSS at exit)',
      command: process.env['BENCH_COMMAND'] ?? 'npm run bench -- cli-portfolio',
      date: new Date().toISOString(),
      machine: machine(),
      partnerships: N,
      asOf: AS_OF,
      averageBytes: Math.round(bytes / N),
      commandLine: `partner-alignment portfolio portfolio.ndjson --as-of ${AS_OF} --workers <n> --format json --out out.json`,
      target: { peakMemoryMb: PEAK_MEMORY_MB },
      runs,
      compare,
      passed,
    },
  };
  writeFileSync('bench/results/portfolio.json', `${JSON.stringify(record, null, 2)}\n`);
  if (!Object.values(passed).every(Boolean)) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

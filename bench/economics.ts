/**
 * Benchmark of the economics engine for portfolios (issues 13 and 15): a portfolio analysis calls
 * `computeEconomics` and `rankLevers` once per partnership, so one call must cost well under the
 * parse of the partnership's document. On generated realistic documents (bench/support/
 * partnerships.ts; 5 to 8 objectives, 20 to 40 goals and actuals, an economics profile each), in
 * the same process with rounds alternated: `JSON.parse` of the text, `parsePartnership` of the
 * JSON, then on the parsed partnerships `computeEconomics` from the goals, `computeEconomics` from
 * the actuals, and `rankLevers` (which reads the partnership once and reruns the calculation per
 * lever). Times are medians of CPU time.
 *
 * Targets: `computeEconomics` at most half of `parsePartnership` of the same documents, and so
 * is `rankLevers`, whose seven calculations share one reading of the partnership. Writes
 * bench/results/economics.json.
 *
 *   npm run bench -- economics                 200 documents, 15 rounds
 *   npm run bench -- economics --count=1000    more documents
 */
import { writeFileSync } from 'node:fs';
import {
  computeEconomics,
  type Partnership,
  type PartnershipJson,
  parsePartnership,
  rankLevers,
} from '../src/index.js';
import { machine } from './support/machine.js';
import { generatePortfolio } from './support/partnerships.js';

const parameter = (name: string, fallback: number): number => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return given === undefined ? fallback : Number(given.slice(name.length + 3));
};
const COUNT = parameter('count', 200);
const ROUNDS = parameter('rounds', 15);
const TARGET_COMPUTE = 0.5;
const TARGET_RANK = 0.5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** The CPU time `run` takes, in milliseconds (steadier than the wall clock on a shared machine). */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const documents: ReadonlyArray<PartnershipJson> = generatePortfolio(COUNT);
const texts = documents.map((document) => JSON.stringify(document, null, 2));
const values = texts.map((text) => JSON.parse(text) as unknown);
const parsed: ReadonlyArray<Partnership> = values.map((value) => parsePartnership(value));

let sink = 0;
const runs = {
  jsonParse: () => {
    for (const text of texts) sink += (JSON.parse(text) as { goals: unknown[] }).goals.length;
  },
  parsePartnership: () => {
    for (const value of values) sink += parsePartnership(value).goals.length;
  },
  computeEconomicsGoals: () => {
    for (const partnership of parsed) sink += computeEconomics(partnership).periods.length;
  },
  computeEconomicsActuals: () => {
    for (const partnership of parsed) {
      sink += computeEconomics(partnership, { source: 'actuals' }).periods.length;
    }
  },
  rankLevers: () => {
    for (const partnership of parsed) sink += rankLevers(partnership).levers.length;
  },
} as const;
type Run = keyof typeof runs;

// Warm up every run (compiled and optimized on first use), then alternate the rounds.
for (let i = 0; i < 5; i++) for (const run of Object.values(runs)) run();
const times = Object.fromEntries(Object.keys(runs).map((name) => [name, [] as number[]])) as Record<
  Run,
  number[]
>;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(runs) as Array<[Run, () => void]>) {
    times[name].push(time(run));
  }
}
if (sink === 0) throw new Error('nothing was computed');

const ms = (name: Run) => median(times[name]);
const perDocumentMicroseconds = (name: Run) => Number(((ms(name) * 1000) / COUNT).toFixed(1));
const ratioToParse = (name: Run) => Number((ms(name) / ms('parsePartnership')).toFixed(3));
const periods = parsed.reduce(
  (total, partnership) => total + computeEconomics(partnership).periods.length,
  0,
);
const results = {
  benchmark: `economics: computeEconomics and rankLevers on ${COUNT} generated documents against parsePartnership and JSON.parse of the same documents, median CPU time of ${ROUNDS} alternated rounds`,
  command: process.env['BENCH_COMMAND'] ?? 'npm run bench -- economics',
  date: new Date().toISOString(),
  machine: machine(),
  documents: COUNT,
  rounds: ROUNDS,
  averageVendorRevenuePeriods: Number((periods / COUNT).toFixed(1)),
  medianMilliseconds: Object.fromEntries(
    (Object.keys(runs) as Run[]).map((name) => [name, Number(ms(name).toFixed(3))]),
  ),
  perDocumentMicroseconds: Object.fromEntries(
    (Object.keys(runs) as Run[]).map((name) => [name, perDocumentMicroseconds(name)]),
  ),
  ratioToParsePartnership: {
    computeEconomicsGoals: ratioToParse('computeEconomicsGoals'),
    computeEconomicsActuals: ratioToParse('computeEconomicsActuals'),
    rankLevers: ratioToParse('rankLevers'),
  },
  targets: { computeEconomics: TARGET_COMPUTE, rankLevers: TARGET_RANK },
  passed: false,
};
const passed =
  results.ratioToParsePartnership.computeEconomicsGoals <= TARGET_COMPUTE &&
  results.ratioToParsePartnership.computeEconomicsActuals <= TARGET_COMPUTE &&
  results.ratioToParsePartnership.rankLevers <= TARGET_RANK;
results.passed = passed;
console.log(JSON.stringify(results, null, 2));
writeFileSync('bench/results/economics.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(
  passed
    ? 'economics benchmark: targets met'
    : `economics benchmark: above target (computeEconomics at most ${TARGET_COMPUTE}× parsePartnership, rankLevers at most ${TARGET_RANK}×)`,
);
if (!passed) process.exit(1);

/**
 * Benchmark of issue 13: `parsePartnership` against `JSON.parse` of the same text, on 200
 * generated realistic documents (5 to 8 objectives, 20 to 40 goals and actuals, a quarter of the
 * partners at risk; see bench/support/partnerships.ts), in the same process, rounds alternated. Target:
 * parsing the parsed JSON into domain values costs at most 5× `JSON.parse` of its text. Also
 * measures documents with 40 to 240 goals, to show that the ratio does not grow with the goals.
 * Times are medians of CPU time. Writes bench/results/parse.json.
 */
import { writeFileSync } from 'node:fs';
import { type PartnershipJson, parsePartnership } from '../src/index.js';
import { machine } from './support/machine.js';
import { generatePortfolio } from './support/partnerships.js';

const COUNT = 200;
const ROUNDS = 15;
const TARGET = 5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * The CPU time `run` takes, in milliseconds: the machine is shared, so CPU time (user and system,
 * which counts the garbage collector's threads too) is steadier than the clock on the wall.
 */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface Measured {
  readonly documents: number;
  readonly averageBytes: number;
  readonly averageGoals: number;
  readonly jsonParseMedianMs: number;
  readonly parsePartnershipMedianMs: number;
  readonly ratio: number;
}

/** Alternates rounds of JSON.parse and parsePartnership over the same documents. */
function measure(documents: ReadonlyArray<PartnershipJson>): Measured {
  const texts = documents.map((document) => JSON.stringify(document, null, 2));
  const values = texts.map((text) => JSON.parse(text) as unknown);
  // Warm up both (the parsers are compiled and optimized on first use), then alternate. No forced
  // garbage collection between rounds: its sweeping threads would bill the next round.
  for (let i = 0; i < 10; i++) {
    for (const text of texts) JSON.parse(text);
    for (const value of values) parsePartnership(value);
  }
  const reference: number[] = [];
  const library: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    reference.push(
      time(() => {
        for (const text of texts) sink += (JSON.parse(text) as { goals: unknown[] }).goals.length;
      }),
    );
    library.push(
      time(() => {
        for (const value of values) sink += parsePartnership(value).goals.length;
      }),
    );
  }
  if (sink === 0) throw new Error('nothing was parsed');
  const jsonMs = median(reference);
  const libraryMs = median(library);
  const goals = documents.reduce((total, document) => total + document.goals.length, 0);
  return {
    documents: documents.length,
    averageBytes: Math.round(texts.reduce((total, text) => total + text.length, 0) / texts.length),
    averageGoals: Number((goals / documents.length).toFixed(1)),
    jsonParseMedianMs: Number(jsonMs.toFixed(3)),
    parsePartnershipMedianMs: Number(libraryMs.toFixed(3)),
    ratio: Number((libraryMs / jsonMs).toFixed(3)),
  };
}

const realistic = measure(generatePortfolio(COUNT));
console.log('realistic', realistic);
const byGoals = [40, 80, 160, 240].map((goals) => {
  const result = measure(generatePortfolio(COUNT / 4, 20261127, { goals }));
  console.log(`${goals} goals`, result);
  return { goals, ...result };
});

const passed = realistic.ratio <= TARGET;
const results = {
  benchmark:
    'parse: parsePartnership of 200 generated documents against JSON.parse of their text (2-space JSON), median CPU time of 15 alternated rounds',
  command: 'npm run bench -- parse',
  date: new Date().toISOString(),
  machine: machine(),
  rounds: ROUNDS,
  realistic,
  ratioTarget: TARGET,
  byGoals,
  passed,
};
writeFileSync('bench/results/parse.json', `${JSON.stringify(results, null, 2)}\n`);
if (!passed) {
  console.error(`parse benchmark: ${realistic.ratio}× JSON.parse, above the target of ${TARGET}×`);
  process.exit(1);
}

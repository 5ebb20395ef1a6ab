/**
 * Benchmark of issue 13: the progress of every objective of a partnership, against the parse of
 * the same partnership, in one run, rounds alternated. Two series with targets:
 *
 * - portfolio: 100 to 10,000 objectives in generated realistic partnerships (5 to 8 objectives,
 *   20 to 40 goals and actuals each; bench/support/partnerships.ts), every partnership evaluated
 *   with `evaluatePartnershipProgress`;
 * - one partnership: 25 to 200 objectives (200 is the document limit) in each of 8 partnerships,
 *   the generator's objectives repeated with their goals and actuals, so that a cost per objective
 *   that grew with the partnership's goals and actuals (a scan per objective) would show.
 *   `evaluateProgress` called once per objective with `planFromGoals` and all the actuals is
 *   measured beside it, for comparison only.
 *
 * And one line for information: dense plans (12 quarterly goals and 12 actuals per objective,
 * 200 objectives), where the steps outweigh the rest of the document.
 *
 * Targets: in both series the time grows with the objectives with an exponent of at most 1.1
 * (the slope of a least-squares line through log time against log objectives), and a
 * partnership's progress costs at most its `parsePartnership` (ratio ≤ 1 at every size). Times
 * are medians of CPU time. Writes bench/results/progress.json.
 *
 *   npm run bench -- progress                 the recorded run
 *   npm run bench -- progress --rounds=5      fewer rounds
 */
import { writeFileSync } from 'node:fs';
import {
  evaluatePartnershipProgress,
  evaluateProgress,
  type Partnership,
  type PartnershipJson,
  parsePartnership,
  planFromGoals,
} from '../src/index.js';
import { machine } from './support/machine.js';
import { generatePartnership } from './support/partnerships.js';

const parameter = (name: string, fallback: number): number => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return given === undefined ? fallback : Number(given.slice(name.length + 3));
};
const ROUNDS = parameter('rounds', 9);
const EXPONENT_TARGET = 1.1;
const RATIO_TARGET = 1;
const AS_OF = '2028-02-15';
const PORTFOLIO_SIZES = [100, 300, 1000, 3000, 10_000];
const PARTNERSHIP_SIZES = [25, 50, 100, 200];
const PARTNERSHIPS_PER_SIZE = 8;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** CPU time of `run` in milliseconds (the machine is shared: CPU time is steadier than the wall clock). */
function time(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The slope of the least-squares line through (ln x, ln y): how time grows with size. */
function exponent(points: ReadonlyArray<readonly [number, number]>): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const n = points.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    den += ((xs[i] as number) - mx) ** 2;
  }
  return num / den;
}

/** Generated partnerships holding `objectives` objectives in all. */
function portfolio(objectives: number): PartnershipJson[] {
  const documents: PartnershipJson[] = [];
  let count = 0;
  for (let seed = 20261127; count < objectives; seed++) {
    const document = generatePartnership(seed);
    documents.push(document);
    count += document.charter.objectives.length;
  }
  return documents;
}

/**
 * One partnership of `objectives` objectives: a generated document whose objectives (with their
 * goals and actuals) are repeated under new ids. `dense` gives every objective 12 quarterly goals
 * and 12 actuals (the generator's own documents have 20 to 40 goals for 5 to 8 objectives).
 */
function largePartnership(objectives: number, seed: number, dense: boolean): PartnershipJson {
  // The same seed gives the same objectives; 12 goals each makes them quarterly over three years.
  const count = generatePartnership(seed).charter.objectives.length;
  const base = generatePartnership(seed, dense ? { goals: count * 12 } : {});
  const own = base.charter.objectives;
  const copies = Math.ceil(objectives / own.length);
  const idOf = (id: string, copy: number) => (copy === 0 ? id : `${id}-${copy}`);
  const range = Array.from({ length: copies }, (_, copy) => copy);
  return {
    ...base,
    charter: {
      ...base.charter,
      objectives: range
        .flatMap((copy) => own.map((objective) => ({ ...objective, id: idOf(objective.id, copy) })))
        .slice(0, objectives),
    },
    goals: range.flatMap((copy) =>
      base.goals.map((goal) => ({ ...goal, objective: idOf(goal.objective, copy) })),
    ),
    actuals: range.flatMap((copy) =>
      base.actuals.map((actual) => ({ ...actual, objective: idOf(actual.objective, copy) })),
    ),
  } as PartnershipJson;
}

/** Keeps only goals and actuals of the objectives a document has (the copies were cut to size). */
function trimmed(document: PartnershipJson): PartnershipJson {
  const ids = new Set(document.charter.objectives.map((objective) => objective.id));
  return {
    ...document,
    goals: document.goals.filter((goal) => ids.has(goal.objective)),
    actuals: document.actuals.filter((actual) => ids.has(actual.objective)),
  };
}

interface Measured {
  readonly objectives: number;
  readonly partnerships: number;
  readonly goals: number;
  readonly parseMedianMs: number;
  readonly progressMedianMs: number;
  readonly ratio: number;
  readonly perObjectiveCallsMedianMs?: number;
}

/** Alternates rounds of parsing the documents and evaluating the progress of every objective. */
function measure(documents: ReadonlyArray<PartnershipJson>, perObjective: boolean): Measured {
  const values = documents.map((document) => JSON.parse(JSON.stringify(document)) as unknown);
  let parsed: Partnership[] = values.map((value) => parsePartnership(value));
  const progress = () => {
    for (const partnership of parsed) evaluatePartnershipProgress(partnership, { asOf: AS_OF });
  };
  const oneByOne = () => {
    for (const partnership of parsed) {
      for (const objective of partnership.charter.objectives) {
        evaluateProgress(
          planFromGoals(partnership, objective.id),
          partnership.actuals,
          partnership.calendar,
          { asOf: AS_OF },
        );
      }
    }
  };
  const parseAll = () => {
    parsed = values.map((value) => parsePartnership(value));
  };
  for (let i = 0; i < 3; i++) {
    parseAll();
    progress();
    if (perObjective) oneByOne();
  }
  // Small sizes repeat their work within a round, so that every round lasts about 300 ms of CPU.
  const repeats = Math.max(1, Math.ceil(300 / Math.max(time(parseAll), 0.1)));
  const repeated = (run: () => void) => () => {
    for (let i = 0; i < repeats; i++) run();
  };
  const parse: number[] = [];
  const evaluate: number[] = [];
  const calls: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    parse.push(time(repeated(parseAll)) / repeats);
    evaluate.push(time(repeated(progress)) / repeats);
    if (perObjective) calls.push(time(repeated(oneByOne)) / repeats);
  }
  const parseMs = median(parse);
  const progressMs = median(evaluate);
  return {
    objectives: parsed.reduce((total, p) => total + p.charter.objectives.length, 0),
    partnerships: parsed.length,
    goals: parsed.reduce((total, p) => total + p.goals.length, 0),
    parseMedianMs: Number(parseMs.toFixed(3)),
    progressMedianMs: Number(progressMs.toFixed(3)),
    ratio: Number((progressMs / parseMs).toFixed(3)),
    ...(perObjective ? { perObjectiveCallsMedianMs: Number(median(calls).toFixed(3)) } : {}),
  };
}

// Warm up every path once, so that the first size measured is not also the first compiled.
measure(portfolio(300), true);

const portfolioRuns = PORTFOLIO_SIZES.map((size) => {
  const result = measure(portfolio(size), false);
  console.log('portfolio', result);
  return result;
});
const large = (size: number, dense: boolean) =>
  Array.from({ length: PARTNERSHIPS_PER_SIZE }, (_, i) =>
    trimmed(largePartnership(size, 20261127 + i, dense)),
  );
const partnershipRuns = PARTNERSHIP_SIZES.map((size) => {
  const result = measure(large(size, false), true);
  console.log('one partnership', result);
  return result;
});
// Dense plans put more of the work on the steps than on the document: shown, not a target.
const dense = measure(large(Math.max(...PARTNERSHIP_SIZES), true), false);
console.log('dense plans', dense);

const growth = (runs: ReadonlyArray<Measured>, pick: (run: Measured) => number) =>
  Number(exponent(runs.map((run) => [run.objectives, pick(run)] as const)).toFixed(3));
const portfolioExponent = growth(portfolioRuns, (run) => run.progressMedianMs);
const partnershipExponent = growth(partnershipRuns, (run) => run.progressMedianMs);
const perObjectiveExponent = growth(partnershipRuns, (run) => run.perObjectiveCallsMedianMs ?? 1);
const worstRatio = Math.max(...[...portfolioRuns, ...partnershipRuns].map((run) => run.ratio));
const checks = {
  portfolioExponent: portfolioExponent <= EXPONENT_TARGET,
  partnershipExponent: partnershipExponent <= EXPONENT_TARGET,
  ratio: worstRatio <= RATIO_TARGET,
};
const passed = Object.values(checks).every(Boolean);
const results = {
  benchmark:
    'progress: evaluatePartnershipProgress of every objective against parsePartnership of the same documents, median CPU time of alternated rounds; exponent = slope of log time against log objectives',
  command: process.env['BENCH_COMMAND'] ?? 'npm run bench -- progress',
  date: new Date().toISOString(),
  machine: machine(),
  rounds: ROUNDS,
  asOf: AS_OF,
  targets: { exponent: EXPONENT_TARGET, ratioToParse: RATIO_TARGET },
  portfolio: { exponent: portfolioExponent, runs: portfolioRuns },
  onePartnership: {
    exponent: partnershipExponent,
    perObjectiveCallsExponent: perObjectiveExponent,
    runs: partnershipRuns,
  },
  densePlans: {
    note: '12 quarterly goals and 12 actuals per objective, 200 objectives per partnership: for information, not a target',
    ...dense,
  },
  worstRatio,
  checks,
  passed,
};
writeFileSync('bench/results/progress.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `exponents ${portfolioExponent} (portfolio), ${partnershipExponent} (one partnership; one call per objective: ${perObjectiveExponent}); worst ratio to parse ${worstRatio}: ${passed ? 'passed' : 'FAILED'}`,
);
if (!passed) process.exit(1);

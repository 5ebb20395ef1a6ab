/**
 * Benchmark of issue 5: for each of 100,000 money objectives, cascade into 36 monthly steps and
 * consume the steps (sum them); compared with a plain-number integer-cents largest-remainder
 * reference doing the same work in the same process. Targets: at most 3× the reference's time
 * and at most the reference's peak memory + 100 MB. Also checks, on the same 100,000 objectives,
 * that every step equals an exact BigInt reference. Writes bench/results/cascade.json.
 */
import { writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import {
  type CascadeObjective,
  type CascadeShape,
  cascade,
  type FiscalCalendar,
  type Seasonality,
  toDecimal,
} from '../src/index.js';

const COUNT = 100_000;
const MONTHS = 36;
const ROUNDS = 7;

const calendar: FiscalCalendar = { kind: 'month-based', id: 'fy', startMonth: 7 };
const horizon = { start: '2026-07-01', end: '2029-06-30' };

/** A small deterministic PRNG (mulberry32), so every run measures the same objectives. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  readonly objective: CascadeObjective;
  readonly cents: number;
  /** Shape as plain numbers for the reference. */
  readonly kind: 'even' | 'linear' | 'seasonal';
  readonly from: number;
  readonly to: number;
}

const quarterHeavy: Seasonality = {
  by: 'quarter',
  weights: ['0.9', '1', '1', '1.2'].map((w) => toDecimal(w)),
};
const seasonalNumbers = [9, 10, 10, 12];

function generate(): Generated[] {
  const next = random(20261127);
  const out: Generated[] = [];
  for (let i = 0; i < COUNT; i++) {
    // Totals from a cent to ten billion, and every 10th a multiple of 36 cents: exact ties.
    const magnitude = 10 ** Math.floor(next() * 12);
    let cents = Math.max(1, Math.floor(next() * magnitude));
    if (i % 10 === 0) cents = 36 * Math.max(1, Math.floor(cents / 36));
    const pick = i % 3;
    const from = 1 + Math.floor(next() * 4);
    const to = 1 + Math.floor(next() * 9);
    const shape: CascadeShape =
      pick === 1 ? { kind: 'linear', from: toDecimal(from), to: toDecimal(to) } : { kind: 'even' };
    out.push({
      objective: {
        id: `objective-${i}`,
        metric: {
          name: 'Bookings',
          unit: { kind: 'money', currency: 'USD' },
          aggregation: 'sum',
          direction: 'increase',
          motives: [],
        },
        baseline: toDecimal(0),
        target: toDecimal(`${cents}e-2`),
        horizon,
        cascade: {
          granularity: 'month',
          shape,
          ...(pick === 2 ? { seasonality: quarterHeavy } : {}),
        },
      },
      cents,
      kind: pick === 0 ? 'even' : pick === 1 ? 'linear' : 'seasonal',
      from,
      to,
    });
  }
  return out;
}

// The reference: integer cents, plain numbers, largest remainder, ties to the larger weight then
// the earliest. It reads its inputs as plain numbers (no Decimal), reuses its buffers, and sorts
// only the parts with a remainder (insertion sort, the fastest for 36 parts).
const refWeights = new Float64Array(MONTHS);
const refParts = new Float64Array(MONTHS);
const refRemainders = new Float64Array(MONTHS);
const refOrder = new Int32Array(MONTHS);

function referenceCascade(item: Generated): Float64Array {
  for (let i = 0; i < MONTHS; i++) {
    refWeights[i] =
      item.kind === 'even'
        ? 1
        : item.kind === 'linear'
          ? item.from * (MONTHS - 1) + (item.to - item.from) * i
          : (seasonalNumbers[Math.floor((i % 12) / 3)] as number);
  }
  let sum = 0;
  for (let i = 0; i < MONTHS; i++) sum += refWeights[i] as number;
  let assigned = 0;
  let candidates = 0;
  for (let i = 0; i < MONTHS; i++) {
    const share = (item.cents * (refWeights[i] as number)) / sum;
    const floor = Math.floor(share);
    refParts[i] = floor;
    refRemainders[i] = share - floor;
    assigned += floor;
    if (share > floor) {
      // Insert i into the candidates, largest remainder first, then larger weight, then earlier.
      let j = candidates - 1;
      const r = share - floor;
      const w = refWeights[i] as number;
      while (j >= 0) {
        const o = refOrder[j] as number;
        const ro = refRemainders[o] as number;
        if (ro > r || (ro === r && (refWeights[o] as number) >= w)) break;
        refOrder[j + 1] = o;
        j--;
      }
      refOrder[j + 1] = i;
      candidates++;
    }
  }
  const left = item.cents - assigned;
  for (let k = 0; k < left; k++) {
    const index = refOrder[k] as number;
    refParts[index] = (refParts[index] as number) + 1;
  }
  return refParts;
}

// Heap and RSS high-water marks, sampled every 8,192 objectives inside both loops alike.
let peakHeap = 0;
let peakRss = 0;
function sample(): void {
  const memory = process.memoryUsage();
  if (memory.heapUsed > peakHeap) peakHeap = memory.heapUsed;
  if (memory.rss > peakRss) peakRss = memory.rss;
}

function runReference(items: Generated[]): number {
  let total = 0;
  let count = 0;
  for (const item of items) {
    if ((++count & 8191) === 0) sample();
    const parts = referenceCascade(item);
    for (let i = 0; i < MONTHS; i++) total += parts[i] as number;
  }
  return total;
}

function runLibrary(items: Generated[]): number {
  let total = 0;
  let count = 0;
  for (const item of items) {
    if ((++count & 8191) === 0) sample();
    const plan = cascade(item.objective, calendar);
    const units = plan.units;
    for (let i = 0; i < plan.length; i++) total += units[i] as number;
  }
  return total;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function measure(fn: (items: Generated[]) => number, items: Generated[]) {
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  peakHeap = heap0;
  peakRss = rss0;
  const t0 = performance.now();
  const result = fn(items);
  const seconds = (performance.now() - t0) / 1000;
  sample();
  return {
    seconds,
    result,
    rssDeltaMB: (peakRss - rss0) / 2 ** 20,
    heapDeltaMB: (peakHeap - heap0) / 2 ** 20,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

// --- Exactness on the same 100,000 objectives, against an exact BigInt reference -------------
function exactSplit(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const rems = weights.map((w, i) => total * w - (parts[i] as bigint) * sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = weights.map((_, i) => i);
  order.sort((i, j) => {
    const ri = rems[i] as bigint;
    const rj = rems[j] as bigint;
    if (ri !== rj) return ri > rj ? -1 : 1;
    const wi = weights[i] as bigint;
    const wj = weights[j] as bigint;
    return wi !== wj ? (wi > wj ? -1 : 1) : i - j;
  });
  for (const i of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left--;
  }
  return parts;
}

function checkExactness(items: Generated[]): { checked: number; mismatches: number } {
  let mismatches = 0;
  for (const item of items) {
    const weights = Array.from({ length: MONTHS }, (_, i) =>
      BigInt(
        item.kind === 'even'
          ? 1
          : item.kind === 'linear'
            ? item.from * (MONTHS - 1) + (item.to - item.from) * i
            : (seasonalNumbers[Math.floor((i % 12) / 3)] as number),
      ),
    );
    const expected = exactSplit(BigInt(item.cents), weights);
    const plan = cascade(item.objective, calendar);
    for (let i = 0; i < MONTHS; i++) {
      if (BigInt(plan.units[i] as number) !== expected[i]) {
        mismatches++;
        break;
      }
    }
  }
  return { checked: items.length, mismatches };
}

const items = generate();
const exactness = checkExactness(items);
console.log(`exactness: ${exactness.checked} objectives, ${exactness.mismatches} mismatches`);

// Warm up both, then alternate rounds.
runReference(items.slice(0, 5000));
runLibrary(items.slice(0, 5000));
const reference: ReturnType<typeof measure>[] = [];
const library: ReturnType<typeof measure>[] = [];
for (let round = 0; round < ROUNDS; round++) {
  reference.push(measure(runReference, items));
  library.push(measure(runLibrary, items));
}
const sameTotals = reference.every((r, i) => r.result === library[i]?.result);
const referenceSeconds = median(reference.map((r) => r.seconds));
const librarySeconds = median(library.map((r) => r.seconds));
const ratio = librarySeconds / referenceSeconds;
const referencePeakMB = Math.max(...reference.map((r) => Math.max(r.rssDeltaMB, r.heapDeltaMB)));
const libraryPeakMB = Math.max(...library.map((r) => Math.max(r.rssDeltaMB, r.heapDeltaMB)));
const timeOk = ratio <= 3;
const memoryOk = libraryPeakMB <= referencePeakMB + 100;
const exactOk = exactness.mismatches === 0 && sameTotals;

const results = {
  benchmark: 'cascade: 100,000 money objectives × 36 monthly steps, cascaded and summed',
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    os: `${platform()} ${release()}`,
  },
  objectives: COUNT,
  stepsPerObjective: MONTHS,
  rounds: ROUNDS,
  referenceMedianSeconds: Number(referenceSeconds.toFixed(4)),
  libraryMedianSeconds: Number(librarySeconds.toFixed(4)),
  ratio: Number(ratio.toFixed(3)),
  ratioTarget: 3,
  // Peak above the level at the start of a round (after gc), the larger of heap and RSS, over all rounds.
  referencePeakMemoryDeltaMB: Number(referencePeakMB.toFixed(1)),
  libraryPeakMemoryDeltaMB: Number(libraryPeakMB.toFixed(1)),
  memoryTargetMB: Number((referencePeakMB + 100).toFixed(1)),
  exactness: { ...exactness, sameTotalsAsReference: sameTotals },
  passed: timeOk && memoryOk && exactOk,
};
writeFileSync('bench/results/cascade.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
if (!results.passed) {
  console.error('cascade benchmark: a target was missed');
  process.exit(1);
}

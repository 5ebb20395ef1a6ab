/**
 * Exactness on many generated objectives: every step equals an exact reference computed here with
 * BigInt units from weights recomputed here (not read from the cascade), for both rounding methods,
 * exact ties included. The unit suite checks 10,000 objectives per method; `npm run bench -- cascade`
 * checks 100,000 per method.
 */
import { describe, expect, it } from 'vitest';
import {
  type CascadeMethod,
  type CascadeShape,
  cascade,
  type Seasonality,
  type TieBreak,
  toDecimal,
} from '../../src/index.js';
import { runs } from '../property-runs.js';
import { id, metric } from './fixtures.js';
import { exactWeights, referenceRunning, referenceSplit } from './reference.js';

const COUNT = runs(10_000);

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

const DAY = 864e5;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether some running total of the split is an exact half: 2·total·Pᵢ ≡ W (mod 2W). */
function hasHalf(total: bigint, weights: bigint[]): boolean {
  const sum = weights.reduce((a, b) => a + b, 0n);
  let prefix = 0n;
  return weights.some((w) => {
    prefix += w;
    return w !== 0n && (2n * total * prefix) % (2n * sum) === sum;
  });
}

function check(method: CascadeMethod) {
  const next = random(method === 'running-total' ? 5 : 6);
  const tieBreaks: TieBreak[] = ['largest-weight', 'earliest', 'latest'];
  let ties = 0;
  const mismatches: string[] = [];
  for (let k = 0; k < COUNT; k++) {
    const startMonth = 1 + Math.floor(next() * 12);
    const calendar = { kind: 'month-based' as const, id: 'fy', startMonth };
    // Every 4th horizon is whole months (whole weights, where exact ties are common); the others
    // start and end on any day (prorated weights).
    const whole = k % 4 === 0;
    const firstMonth = Math.floor(next() * 24);
    const startMs = whole
      ? Date.UTC(2025, firstMonth, 1)
      : Date.UTC(2025, 0, 1) + Math.floor(next() * 730) * DAY;
    const endMs = whole
      ? Date.UTC(2025, firstMonth + 2 * (1 + Math.floor(next() * 24)), 1) - DAY
      : startMs + Math.floor(next() * 1500) * DAY;
    // The months of the horizon and the covered share of each, computed here from Date.UTC.
    const shares: number[] = [];
    const monthIndex: number[] = [];
    const first = new Date(startMs);
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
      const mStart = Date.UTC(y, m, 1);
      if (mStart > endMs) break;
      const mEnd = Date.UTC(y, m + 1, 1) - DAY;
      const days = (mEnd - mStart) / DAY + 1;
      const covered = (Math.min(mEnd, endMs) - Math.max(mStart, startMs)) / DAY + 1;
      shares.push(covered === days ? 1 : covered / days);
      monthIndex.push((((new Date(mStart).getUTCMonth() + 1 - startMonth) % 12) + 12) % 12);
    }
    const n = shares.length;
    const kind = k % 3;
    const from = 1 + Math.floor(next() * 5);
    const to = 1 + Math.floor(next() * 5);
    const seasonal =
      next() < 0.3 ? Array.from({ length: 12 }, () => 1 + Math.floor(next() * 4)) : undefined;
    const season = shares.map((c, i) => {
      if (seasonal === undefined) return c;
      const w = seasonal[monthIndex[i] as number] as number;
      return c === 1 ? w : w * c;
    });
    const customWeights = Array.from({ length: n }, () => Math.floor(next() * 4));
    if (kind === 2 && !customWeights.some((w) => w > 0)) customWeights[0] = 1;
    const weights = season.map((s, i) =>
      kind === 0
        ? s
        : kind === 1
          ? (n === 1 ? from : from * (n - 1) + (to - from) * i) * s
          : (customWeights[i] as number) * s,
    );
    const shape: CascadeShape =
      kind === 0
        ? { kind: 'even' }
        : kind === 1
          ? { kind: 'linear', from: toDecimal(from), to: toDecimal(to) }
          : { kind: 'custom', weights: customWeights.map((w) => toDecimal(w)) };
    const seasonality: Seasonality | undefined =
      seasonal === undefined
        ? undefined
        : { by: 'month', weights: seasonal.map((w) => toDecimal(w)) };
    // Small odd totals on whole months, and multiples of n halves: remainders and running totals
    // that tie exactly.
    let total = Math.floor(next() * 10 ** (1 + Math.floor(next() * 11)));
    if (whole) total = 2 * Math.floor(next() * 50) + 1;
    else if (k % 4 === 1)
      total = Math.floor(n / 2) * (1 + Math.floor(next() * 1000)) + (k % 8 === 1 ? 0 : 1);
    const tieBreak = tieBreaks[k % 3] as TieBreak;
    const plan = cascade(
      {
        id: id('o'),
        metric: metric('sum'),
        baseline: toDecimal(0),
        target: toDecimal(`${total}e-2`),
        horizon: { start: iso(startMs), end: iso(endMs) },
      },
      calendar,
      { granularity: 'month', shape, seasonality, tieBreak, method },
    );
    const exact = exactWeights(weights);
    const expected = (
      method === 'running-total'
        ? referenceRunning(BigInt(total), exact, tieBreak)
        : referenceSplit(BigInt(total), exact, tieBreak)
    ).map(Number);
    if (method === 'running-total' ? hasHalf(BigInt(total), exact) : hasRemainderTie(expected)) {
      ties++;
    }
    const actual = Array.from(plan.units);
    if (actual.some((u, i) => u !== expected[i])) {
      mismatches.push(`#${k}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }
  }
  return { mismatches, ties };
}

/** Equal parts stand for tied remainders in a largest-remainder split. */
const hasRemainderTie = (parts: number[]) => parts.length > 1 && new Set(parts).size < parts.length;

describe('cascade exactness', () => {
  it.each<CascadeMethod>(['running-total', 'largest-remainder'])(
    `matches an exact BigInt reference on ${COUNT} generated monthly objectives by %s, ties included`,
    (method) => {
      const { mismatches, ties } = check(method);
      expect(mismatches).toEqual([]);
      expect(ties).toBeGreaterThan(COUNT / 10);
    },
  );
});

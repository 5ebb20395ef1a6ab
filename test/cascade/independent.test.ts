// Independent checks of the cascade engine: every expected value here is derived by hand (in the
// comments) or by exact BigInt / rational arithmetic written in this file, never by the code under
// test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cascade,
  calendarYear,
  captureTarget,
  cascade,
  cascadeSteps,
  money,
  type Period,
  replan,
  rollUpCascade,
  toDecimal,
} from '../../src/index.js';
import { runs } from '../property-runs.js';
import { metric, objective, retail445 } from './fixtures.js';

const units = (plan: Cascade): number[] => Array.from(plan.units);
const q = (index: number, year = 2027): Period => ({
  calendar: 'calendar',
  granularity: 'quarter',
  year,
  index,
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.getOwnPropertyNames(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/** ⌊∛n⌋ for a BigInt n, by Newton's method on integers. */
function cubeRoot(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 3) + 1);
  for (;;) {
    const y = (2n * x + n / (x * x)) / 3n;
    if (y >= x) break;
    x = y;
  }
  while ((x + 1n) ** 3n <= n) x += 1n;
  while (x ** 3n > n) x -= 1n;
  return x;
}

/**
 * Reference largest remainder in BigInt over rational weights num/den: parts of `total` in
 * proportion to the weights, leftovers by largest remainder, ties by the larger weight then the
 * earlier period (the library's documented default).
 */
function largestRemainder(total: bigint, weights: ReadonlyArray<readonly [bigint, bigint]>) {
  const lcm = weights.reduce((l, [, d]) => {
    const g = (a: bigint, b: bigint): bigint => (b === 0n ? a : g(b, a % b));
    return (l / g(l, d)) * d;
  }, 1n);
  const w = weights.map(([n, d]) => (n * lcm) / d);
  const sum = w.reduce((a, b) => a + b, 0n);
  const floors = w.map((x) => (total * x) / sum);
  const rems = w.map((x, i) => total * x - (floors[i] as bigint) * sum);
  let left = total - floors.reduce((a, b) => a + b, 0n);
  const order = w
    .map((_, i) => i)
    .sort((a, b) => {
      const r = (rems[b] as bigint) - (rems[a] as bigint);
      if (r !== 0n) return r > 0n ? 1 : -1;
      const ww = (w[b] as bigint) - (w[a] as bigint);
      if (ww !== 0n) return ww > 0n ? 1 : -1;
      return a - b;
    });
  const out = [...floors];
  for (const i of order) {
    if (left === 0n) break;
    out[i] = (out[i] as bigint) + 1n;
    left -= 1n;
  }
  return out.map(Number);
}

/**
 * Reference running totals in BigInt over rational weights num/den: the running total after period
 * i is total·Pᵢ/W rounded to the nearest unit, an exact half up (equal weights here: the library's
 * default gives the unit to the earlier period); the steps are the differences.
 */
function runningTotals(total: bigint, weights: ReadonlyArray<readonly [bigint, bigint]>) {
  const lcm = weights.reduce((l, [, d]) => {
    const g = (a: bigint, b: bigint): bigint => (b === 0n ? a : g(b, a % b));
    return (l / g(l, d)) * d;
  }, 1n);
  const w = weights.map(([n, d]) => (n * lcm) / d);
  const sum = w.reduce((a, b) => a + b, 0n);
  let prefix = 0n;
  let previous = 0n;
  return w.map((x) => {
    prefix += x;
    const q = (total * prefix) / sum;
    const rounded = 2n * (total * prefix - q * sum) >= sum ? q + 1n : q;
    const step = rounded - previous;
    previous = rounded;
    return Number(step);
  });
}

describe('cascade (independent checks)', () => {
  it('follows the CAGR path 2.0M → 5.0M over three years to the cent', () => {
    // r = 2.5^(1/3) − 1 = 35.72 %. Levels 2e6·2.5^(1/3) and 2e6·2.5^(2/3), checked in BigInt below.
    const plan = cascade(
      objective('last', '2000000.00', '5000000.00', '2027-01-01', '2029-12-31'),
      calendarYear,
      { granularity: 'year', shape: { kind: 'geometric' } },
    );
    expect(units(plan)).toEqual([271441762, 368403150, 500000000]);
    // 2e8 cents · ∛2.5 = ∛(8e24 · 2.5) = ∛(2e25); 2e8 · ∛6.25 = ∛(5e25). Each within half a cent.
    for (const [cube, cents] of [
      [20n * 10n ** 24n, 271441762n],
      [50n * 10n ** 24n, 368403150n],
    ] as const) {
      const scaled = cubeRoot(cube * 10n ** 6n); // ∛ with two more decimal digits
      expect(scaled / 100n + (scaled % 100n >= 50n ? 1n : 0n)).toBe(cents);
    }
    // CAGR: (5/2)^(1/3) = 1.35720880… → 35.72 %.
    expect(cubeRoot(25n * 10n ** 26n)).toBe(1357208808n);
  });

  it('splits random flow totals over partial quarters exactly as a BigInt reference does', () => {
    // Horizon 15 Feb – 14 Nov 2027: Q1 covers 45 of 90 days, Q2 and Q3 whole, Q4 45 of 92 days.
    const weights = [
      [45n, 90n],
      [1n, 1n],
      [1n, 1n],
      [45n, 92n],
    ] as const;
    // Hand check for 1,000.00: shares 46, 92, 92, 45 of 275, running totals 46, 138, 230, 275 of
    // 275 → 16727.27, 50181.82, 83636.36, 100000 cents, rounded 16727, 50182, 83636, 100000: steps
    // of 16727, 33455, 33454, 16364. (Largest remainder gives the same here: the floors 16727,
    // 33454, 33454, 16363 leave 2 cents for Q4 (.63) and Q2 (tie with Q3, the earlier).)
    const hand = cascade(
      objective('sum', '0', '1000.00', '2027-02-15', '2027-11-14'),
      calendarYear,
      { granularity: 'quarter' },
    );
    expect(units(hand)).toEqual([16727, 33455, 33454, 16364]);
    expect(cascadeSteps(hand).map((s) => [s.days, s.partial])).toEqual([
      [45, true],
      [91, false],
      [92, false],
      [45, true],
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        const plan = cascade(
          objective('sum', '0', (cents / 100).toFixed(2), '2027-02-15', '2027-11-14'),
          calendarYear,
          { granularity: 'quarter' },
        );
        const got = units(plan);
        expect(got.reduce((a, b) => a + b, 0)).toBe(cents);
        expect(got).toEqual(runningTotals(BigInt(cents), weights));
        const hamilton = cascade(
          objective('sum', '0', (cents / 100).toFixed(2), '2027-02-15', '2027-11-14'),
          calendarYear,
          { granularity: 'quarter', method: 'largest-remainder' },
        );
        expect(units(hamilton)).toEqual(largestRemainder(BigInt(cents), weights));
      }),
      { numRuns: runs(300) },
    );
  });

  it('runs a decrease stock 22.0 → 12.0 % by quarter down to exactly 12.0, monotone', () => {
    // Climb −100 tenths over 8 quarters = −12.5 each: running totals −12.5, −25, −37.5, … −100;
    // each half rounds away from zero (equal weights: the unit to the earlier quarter), so the
    // climbs alternate −13, −12 and every level is within 0.05 points of the straight path.
    const plan = cascade(
      {
        ...objective('last', '22.0', '12.0', '2027-01-01', '2028-12-31'),
        metric: metric('last', { kind: 'percent' }, 'decrease'),
      },
      calendarYear,
      { granularity: 'quarter' },
    );
    expect(units(plan)).toEqual([207, 195, 182, 170, 157, 145, 132, 120]);
    const levels = units(plan);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThan(levels[i - 1] as number);
  });

  it('holds every checkpoint of a maintained metric at the target', () => {
    const plan = cascade(
      {
        ...objective('last', '70.0', '75.0', '2027-01-01', '2027-12-31'),
        metric: metric('last', { kind: 'percent' }, 'maintain'),
      },
      calendarYear,
      { granularity: 'month' },
    );
    expect(units(plan)).toEqual(new Array(12).fill(750));
  });

  it('rolls a 53-week 4-4-5 year by week up into months of 4, 4, 5 … 4, 4, 6 weeks', () => {
    // Fiscal 2022 ends on the last Saturday of December 2022 (31 Dec): 26 Dec 2021 – 31 Dec 2022.
    const weeks = cascade(
      objective('sum', '0', '5300', '2021-12-26', '2022-12-31', {
        metric: metric('sum', { kind: 'count' }),
      }),
      retail445,
      { granularity: 'week' },
    );
    expect(weeks.length).toBe(53);
    expect(units(weeks)).toEqual(new Array(53).fill(100));
    const months = rollUpCascade(weeks, 'month');
    expect(units(months)).toEqual([400, 400, 500, 400, 400, 500, 400, 400, 500, 400, 400, 600]);
    const quarters = rollUpCascade(weeks, 'quarter');
    expect(units(quarters)).toEqual([1300, 1300, 1300, 1400]);
  });

  it('rolls a monthly stock up to the last checkpoint of each quarter', () => {
    const months = cascade(
      objective('last', '100', '220', '2027-01-01', '2027-12-31'),
      calendarYear,
      { granularity: 'month' },
    );
    const quarters = rollUpCascade(months, 'quarter');
    const m = units(months);
    expect(units(quarters)).toEqual([m[2], m[5], m[8], m[11]]);
    expect(units(quarters)[3]).toBe(22000);
  });

  it('does not mutate its inputs', () => {
    const input = deepFreeze(objective('sum', '0', '1000.00', '2027-02-15', '2027-11-14'));
    const options = deepFreeze({ granularity: 'month' as const, shape: { kind: 'even' as const } });
    expect(() => cascade(input, calendarYear, options)).not.toThrow();
  });
});

describe('replan (independent checks)', () => {
  const flow = cascade(
    objective('sum', '0', '40', '2027-01-01', '2027-12-31', {
      metric: metric('sum', { kind: 'count' }),
    }),
    calendarYear,
    { granularity: 'quarter' },
  );
  const stock = cascade(
    {
      ...objective('last', '22.0', '12.0', '2027-01-01', '2028-12-31'),
      metric: metric('last', { kind: 'percent' }, 'decrease'),
    },
    calendarYear,
    { granularity: 'quarter' },
  );
  const asActuals = (plan: Cascade, k: number) =>
    Array.from({ length: k }, (_, i) => ({
      period: q((i % 4) + 1, 2027 + Math.floor(i / 4)),
      value: toDecimal(((plan.units[i] as number) / 10 ** plan.precision).toFixed(plan.precision)),
    }));

  it('gives the plan back when the actuals equal it, under every policy and with a cap', () => {
    for (const plan of [flow, stock]) {
      for (const policy of ['spread', 'keep-shape', 'carry-forward', 'reset'] as const) {
        for (let k = 1; k < plan.length; k++) {
          const result = replan(plan, deepFreeze(asActuals(plan, k)), { policy, cap: '0' });
          expect(units(result.cascade)).toEqual(units(plan));
          expect(result.gap.toString()).toBe('0');
          expect(result.findings).toEqual([]);
        }
      }
    }
  });

  it('reports the shortfall a 20 % cap leaves after two missed quarters', () => {
    // Plan 10 a quarter. Q1 4 and Q2 5 leave 31 for two quarters: gap 11 → spread 6 + 5.
    // The cap allows 10 + ⌊2⌋ = 12 each: 24 planned, 7 unplanned.
    const result = replan(
      flow,
      [
        { period: q(1), value: toDecimal('4') },
        { period: q(2), value: toDecimal('5') },
      ],
      { policy: 'spread', cap: '0.2' },
    );
    expect(units(result.cascade)).toEqual([4, 5, 12, 12]);
    expect(result.gap.toString()).toBe('11');
    expect(result.findings.map((f) => [f.code, f.params['shortfall']])).toEqual([
      ['cap-unreachable', '7'],
    ]);
    // Without the cap each policy closes the gap: spread 16 + 15, keep-shape 31 by 1:1 → 16 + 15,
    // carry-forward 21 + 10, reset keeps 10 + 10 and warns of the 11 missed.
    const two = [
      { period: q(1), value: toDecimal('4') },
      { period: q(2), value: toDecimal('5') },
    ];
    expect(units(replan(flow, two, { policy: 'spread' }).cascade)).toEqual([4, 5, 16, 15]);
    expect(units(replan(flow, two, { policy: 'keep-shape' }).cascade)).toEqual([4, 5, 16, 15]);
    expect(units(replan(flow, two, { policy: 'carry-forward' }).cascade)).toEqual([4, 5, 21, 10]);
    const reset = replan(flow, two, { policy: 'reset' });
    expect(units(reset.cascade)).toEqual([4, 5, 10, 10]);
    expect(reset.findings.map((f) => [f.code, f.params['shortfall']])).toEqual([
      ['gap-accepted', '11'],
    ]);
  });
});

describe('captureTarget (independent checks)', () => {
  it('computes size × (1 + g)^(y − sizeYear) × share from the unrounded share', () => {
    // 300M in 2027 growing 10 %; share 0 → 1 % linearly over 2027–2029: ⅓ %, ⅔ %, 1 %.
    // 2027: 300,000,000 × 1/300 = 1,000,000.00; 2028: 330,000,000 × 2/300 = 2,200,000.00;
    // 2029: 363,000,000 × 1/100 = 3,630,000.00. Total 6,830,000.00. (A share cut to 10 places,
    // 0.0033333333, would give 999,999.99.)
    const result = captureTarget(
      {
        yearlySize: money('300000000.00', 'USD'),
        sizeYear: 2027,
        growthRate: toDecimal('0.1'),
        targetShare: toDecimal('0.01'),
      },
      { start: '2027-01-01', end: '2029-12-31' },
      calendarYear,
    );
    expect(result.years.map((y) => y.revenue.amount.toFixed(2))).toEqual([
      '1000000.00',
      '2200000.00',
      '3630000.00',
    ]);
    expect(result.total.amount.toFixed(2)).toBe('6830000.00');
  });
});

/**
 * The weights of the cumulative shapes, geometric and S-curve: the rise of a curve over each
 * period's elapsed time. Written so that no valid rate or steepness overflows, underflows to all
 * zeros or cancels to nothing: each weight is computed as a product of factors of at most 1 (or
 * in logarithms, scaled by the largest), never as the difference of two huge or two nearly equal
 * numbers.
 *
 * @module
 */
import { argumentError } from '../../argument-checks.js';
import type { Granularity } from '../../calendar/period.js';
import type { IssuePath } from '../../errors.js';
import type { Decimal } from '../../money/to-decimal.js';

/** Periods in a year at each granularity, for a yearly growth rate (52 for weeks). */
const periodsPerYear = { year: 1, half: 2, quarter: 4, month: 12, week: 52 } as const;

/** What the geometric shape needs to know about the objective, in units. */
export interface Growth {
  readonly kind: 'flow' | 'stock';
  readonly baseline: number;
  readonly target: number;
}

/** ln|e^a − 1| for a ≠ 0, without overflow for large a. */
function logAbsExpm1(a: number): number {
  return a > 0 ? a + Math.log1p(-Math.exp(-a)) : Math.log(-Math.expm1(a));
}

/** ln(x + x² + … + x^Y) for x = e^y, continued to fractional Y as ln(x·(x^Y − 1)/(x − 1)). */
function logYearSum(y: number, years: number): number {
  return y === 0 ? Math.log(years) : y + logAbsExpm1(y * years) - logAbsExpm1(y);
}

/**
 * The logarithm y of the yearly growth factor of a flow whose yearly amounts grow by e^y from a
 * baseline year just before the horizon: target / baseline = x + x² + … + x^Y. Solved by
 * bisection on y (the sum grows with y), in logarithms, so any ratio of safe integers is solved.
 */
export function flowLogGrowth(ratio: number, years: number): number {
  // No growth: exactly 0, so that even yearly amounts weigh exactly alike and an exact half is a
  // tie, as for an even shape (the bisection would stop a hair from 0, at about -1e-15).
  if (ratio === years) return 0;
  const goal = Math.log(ratio);
  let low = -1;
  let high = 1;
  while (logYearSum(low, years) > goal) low *= 2;
  while (logYearSum(high, years) < goal) high *= 2;
  for (let k = 0; k < 200 && high - low > 1e-15 * Math.max(1, Math.abs(high)); k++) {
    const mid = (low + high) / 2;
    if (logYearSum(mid, years) < goal) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The growth per period (the logarithm of the factor) of a geometric shape. */
function logGrowthPerPeriod(
  rate: Decimal | undefined,
  granularity: Granularity,
  elapsed: number,
  growth: Growth,
  summary: string,
  path: IssuePath,
): number {
  const perYear = periodsPerYear[granularity];
  if (rate !== undefined) {
    // ln(1 + rate): log1p keeps small rates exact; near −1, 1 + rate is formed exactly first.
    const r = rate.toNumber();
    return (r > -0.5 ? Math.log1p(r) : Math.log(rate.plus(1).toNumber())) / perYear;
  }
  const { baseline, target } = growth;
  if (!(baseline > 0) || !(target > 0)) {
    throw argumentError(
      summary,
      'invalid-argument',
      [...path, 'rate'],
      'Deriving the growth rate needs a baseline and a target greater than 0',
      `baseline ${baseline}, target ${target} (in units)`,
      'a positive baseline and target, or a shape with an explicit "rate"',
    );
  }
  if (growth.kind === 'stock') return Math.log(target / baseline) / elapsed;
  return flowLogGrowth(target / baseline, elapsed / perYear) / perYear;
}

/**
 * Geometric weights of the first `n` periods of `coverage`, written into `weights`: the rise of C(t) = (e^{g·t} − 1)/g over each period, g the growth per period
 * and t the elapsed periods (a partial period counting its covered share). Scaled by a common
 * factor: for g > 0 each weight is e^{g(tᵢ − T)}·(1 − e^{−g·cᵢ}), for g < 0 e^{g·tᵢ₋₁}·(1 − e^{g·cᵢ}),
 * products of factors of at most 1 (T the whole horizon, cᵢ the period's coverage).
 */
export function geometricWeights(
  coverage: ArrayLike<number>,
  n: number,
  rate: Decimal | undefined,
  granularity: Granularity,
  growth: Growth,
  summary: string,
  path: IssuePath,
  weights: number[] = new Array(n),
): number[] {
  let elapsed = 0;
  for (let i = 0; i < n; i++) elapsed += coverage[i] as number;
  const g = logGrowthPerPeriod(rate, granularity, elapsed, growth, summary, path);
  let t = 0;
  // 1 − e^{∓g·span} depends on the span alone, which is the same for every whole period: computed
  // again only when the span changes (the same argument gives the same double).
  let lastSpan = Number.NaN;
  let rise = 0;
  for (let i = 0; i < n; i++) {
    const c = coverage[i] as number;
    const before = t;
    // The last t is `elapsed` itself: the same doubles added in the same order.
    t += c;
    const span = t - before;
    if (g === 0) {
      weights[i] = span;
      continue;
    }
    if (span !== lastSpan) {
      lastSpan = span;
      rise = g > 0 ? -Math.expm1(-g * span) : -Math.expm1(g * span);
    }
    weights[i] = g > 0 ? Math.exp(g * (t - elapsed)) * rise : Math.exp(g * before) * rise;
  }
  return weights;
}

/** ln cosh x, without overflow. */
function logCosh(x: number): number {
  const a = Math.abs(x);
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}

/**
 * ln sinh d for d > 0, without overflow. From 20 on, ln sinh d = d − ln 2 + ln(1 − e^{−2d}), whose
 * last term (below 5·10⁻¹⁸) is under half a double's spacing at 20: d − ln 2 is the same double.
 */
function logSinh(d: number): number {
  return d < 20 ? Math.log(Math.sinh(d)) : d - Math.LN2;
}

/**
 * S-curve weights of the first `n` periods of `coverage`, written into `logs`: the rise of the logistic L(u) = 1/(1 + e^{−k(u − m)}) over each period's
 * share u of the horizon. With A = k(a − m)/2 and B = k(b − m)/2 for a period from u = b to u = a,
 * L(a) − L(b) = sinh(A − B)/(2·cosh A·cosh B): computed in logarithms and scaled by the largest,
 * so a tiny steepness gives nearly even weights (not zeros) and a huge one a step (not NaN).
 */
export function sCurveWeights(
  coverage: ArrayLike<number>,
  n: number,
  midpoint: number,
  steepness: number,
  logs: number[] = new Array(n),
): number[] {
  let elapsed = 0;
  for (let i = 0; i < n; i++) elapsed += coverage[i] as number;
  let largest = Number.NEGATIVE_INFINITY;
  let t = 0;
  for (let i = 0; i < n; i++) {
    const before = t;
    t += coverage[i] as number;
    const a = (steepness * (t / elapsed - midpoint)) / 2;
    const b = (steepness * (before / elapsed - midpoint)) / 2;
    const d = (steepness * ((t - before) / elapsed)) / 2;
    const value = logSinh(d) - logCosh(a) - logCosh(b);
    logs[i] = value;
    if (value > largest) largest = value;
  }
  for (let i = 0; i < n; i++) logs[i] = Math.exp((logs[i] as number) - largest);
  return logs;
}

// Independent checks of computeEconomics and rankLevers: every expected value is computed
// here from the sample JSON with exact BigInt fractions written in this file (not the library's
// Decimal, not the shared test helpers), with the derivation in comments.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { computeEconomics } from '../../src/economics/compute-economics.js';
import { rankLevers } from '../../src/economics/rank-levers.js';
import { isValidationError } from '../../src/errors.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { runs } from '../property-runs.js';

// ---- exact fractions (BigInt), from scratch ------------------------------------------------
type F = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const f = (n: bigint, d = 1n): F => {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
};
const dec = (text: string): F => {
  const [w = '0', frac = ''] = text.split('.');
  return f(BigInt(w + frac), 10n ** BigInt(frac.length));
};
const plus = (a: F, b: F) => f(a.n * b.d + b.n * a.d, a.d * b.d);
const minus = (a: F, b: F) => f(a.n * b.d - b.n * a.d, a.d * b.d);
const times = (a: F, b: F) => f(a.n * b.n, a.d * b.d);
const over = (a: F, b: F) => f(a.n * b.d, a.d * b.n);
/** To cents, half to even (the library's documented rule), as a fixed 2-place string. */
function cents(x: F): string {
  const num = x.n * 100n;
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / x.d;
  const r2 = (a % x.d) * 2n;
  if (r2 > x.d || (r2 === x.d && q % 2n === 1n)) q += 1n;
  const s = q.toString().padStart(3, '0');
  return `${neg && q !== 0n ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}
const centsOf = (x: F) => dec(cents(x));
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing sample value');
  return value;
}

const gp = (p: Partnership, o?: Parameters<typeof computeEconomics>[1]) =>
  computeEconomics(p, o).total.sources.map((l) => l.grossProfit.amount.toFixed(2));

// Sample numbers, read from the JSON (examples/data/*.json, economics sections).
const nw = samples.northwindAdvisory as unknown as {
  economics: {
    services: {
      attachRatio: string;
      billRate: { amount: string };
      deliveryCostRate: { amount: string };
      utilization: string;
    };
  };
  terms: { resaleMargin: string };
};

describe('computeEconomics on Northwind, recomputed by hand', () => {
  // Goals source: the only goal of resale-arr is FY2027 = 2,700,000.00 USD; resale-arr is a stock
  // ('last'), a year's share of its year is 1, so vendor revenue = 2,700,000.
  // margin 0.15 → 405,000.00.
  // services revenue = 2,700,000 × 0.95 = 2,565,000; hours = 2,565,000 / 185 = 13,864.86…
  // delivery cost = hours × 90 × 100 / 64 = 2,565,000 × 9000 / 11,840 = 1,949,746.6216…
  // services GP = 2,565,000 − 1,949,746.6216… = 615,253.3783… → 615,253.38.
  const V = dec('2700000');
  const s = nw.economics.services;
  const attach = dec(s.attachRatio);
  const bill = dec(s.billRate.amount);
  const cost = dec(s.deliveryCostRate.amount);
  const util = dec(s.utilization);
  const margin = dec(nw.terms.resaleMargin);
  const servicesGp = (v: F, m: { attach?: F; bill?: F; util?: F } = {}) => {
    const rev = times(v, m.attach ?? attach);
    const hours = over(rev, m.bill ?? bill);
    return minus(rev, over(times(times(hours, cost), f(100n)), m.util ?? util));
  };

  it('matches the hand computation to the cent', () => {
    const p = parsePartnership(samples.northwindAdvisory);
    expect(gp(p)).toEqual([cents(times(V, margin)), cents(servicesGp(V)), '0.00', '0.00']);
    expect(cents(servicesGp(V))).toBe('615253.38');
    const e = computeEconomics(p);
    // total GP = 405,000.00 + 615,253.38 = 1,020,253.38; margin share 405,000 / 1,020,253.38
    expect(e.total.grossProfit.amount.toFixed(2)).toBe('1020253.38');
    expect(e.total.marginShare.value?.toFixed(4)).toBe('0.3970');
    // capacity = 14 × 2080 = 29,120 h; at 75 %: 21,840 h ≥ 13,864.9 h: no warning; 47.6 %.
    expect(e.total.services?.capacityHours.toFixed()).toBe('29120');
    expect(e.total.services?.utilization?.toFixed(1)).toBe('47.6');
    expect(e.findings).toEqual([]);
    expect(e.capacityShortfall).toBeNull();
  });

  it('gives sensitivity deltas equal to hand-computed re-run differences', () => {
    const p = parsePartnership(samples.northwindAdvisory);
    const base = plus(centsOf(times(V, margin)), centsOf(servicesGp(V)));
    const after = {
      'resale-margin': plus(centsOf(times(V, plus(margin, dec('0.01')))), centsOf(servicesGp(V))),
      utilization: plus(
        centsOf(times(V, margin)),
        centsOf(servicesGp(V, { util: plus(util, f(1n)) })),
      ),
      'attach-ratio': plus(
        centsOf(times(V, margin)),
        centsOf(servicesGp(V, { attach: plus(attach, dec('0.1')) })),
      ),
      'bill-rate': plus(
        centsOf(times(V, margin)),
        centsOf(servicesGp(V, { bill: times(bill, dec('1.01')) })),
      ),
    };
    const levers = rankLevers(p).levers;
    for (const [lever, total] of Object.entries(after)) {
      const impact = levers.find((l) => l.lever === lever);
      expect(impact?.kind === 'applicable' ? impact.delta.amount.toFixed(2) : 'n/a').toBe(
        cents(minus(total, base)),
      );
    }
    // attach 64,763.51 > utilization 29,996.10 > margin 27,000.00 > bill rate 19,304.42
    expect(levers.map((l) => l.lever)).toEqual([
      'attach-ratio',
      'utilization',
      'resale-margin',
      'bill-rate',
      'discount',
      'users',
    ]);
  });

  it('computes the hires of an over-capacity plan by hand', () => {
    const p = parsePartnership(samples.northwindAdvisory);
    // Plan FY2027 = 6,000,000: services 5,700,000 / 185 = 30,810.81 h needed; available
    // 14 × 2080 × 0.75 = 21,840 h; missing 8,970.81 h; one hire bills 2080 × 0.75 = 1,560 h;
    // 8,970.81 / 1,560 = 5.75… → 6 hires.
    const plan = [
      {
        period: must(p.goals.find((g) => g.objective === 'resale-arr')).period,
        target: toDecimal('6000000'),
      },
    ];
    const e = computeEconomics(p, { source: 'plan', plan });
    const missing = minus(over(times(dec('6000000'), attach), bill), dec('21840'));
    const hires = over(missing, dec('1560'));
    const ceil = hires.n / hires.d + (hires.n % hires.d === 0n ? 0n : 1n);
    expect(
      e.periods.map(({ services: w }) => [
        w?.hiresNeeded.toNumber(),
        w?.hoursNeeded.toFixed(1),
        w?.hoursAvailable.toFixed(1),
      ]),
    ).toEqual([[Number(ceil), '30810.8', '21840.0']]);
    expect(Number(ceil)).toBe(6);
  });
});

describe('computeEconomics on Lumen, recomputed by hand', () => {
  // Goals: platform-arr FY2027-Q4 = 318,000.00 EUR, a stock. Lumen's fiscal year starts in February,
  // named by its end year: FY2027 = 2026-02-01 … 2027-01-31 (365 days); Q1 = Feb + Mar + Apr =
  // 89 days, Q2, Q3 and Q4 = 92 days each. A yearly figure is split over the four quarters by days
  // in whole cents: each gets the floor of its exact part, and the cents left over go to the
  // largest remainders (equal remainders: the larger weight, then the earlier quarter).
  // vendor revenue: 31,800,000 cents → exact parts 7,753,972.60 and 8,015,342.47 (× 3); the floors
  // leave 2 cents, for Q1 (.60) and Q2 (the first of the tied .47s): Q4 = 80,153.42 → margin
  // 10 % = 8,015.34.
  // users who stay = 4980 × 0.95 = 4,731; a year's GP = 4,731 × (385 × 0.8 − 60) = 1,173,288.00:
  // exact parts 286,089.4027… and 295,732.8657… (× 3); the floors leave 2 cents, for Q2 and Q3
  // (tied .57s, earliest first), so Q4 = 295,732.86. (Rounding Q4 on its own gave .87, and the
  // year's quarters then summed to 1,173,288.01.)
  const days = [89n, 92n, 92n, 92n];
  const sumOf = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
  const splitCents = (total: bigint): bigint[] => {
    const whole = sumOf(days);
    const parts = days.map((d) => (total * d) / whole);
    const rest = days.map((d, i) => total * d - must(parts[i]) * whole);
    let left = total - sumOf(parts);
    const order = [0, 1, 2, 3].sort((i, j) =>
      must(rest[i]) === must(rest[j]) ? i - j : must(rest[i]) > must(rest[j]) ? -1 : 1,
    );
    for (const i of order) if (left-- > 0n) parts[i] = must(parts[i]) + 1n;
    return parts;
  };
  /** The Q4 part of a yearly amount: rounded to whole cents, then split. */
  const q4 = (yearly: F) => {
    const whole = dec(cents(yearly));
    return f(must(splitCents((whole.n * 100n) / whole.d)[3]), 100n);
  };
  const users = times(dec('4980'), dec('0.95'));
  const V = q4(dec('318000'));

  it('matches the hand computation to the cent', () => {
    const p = parsePartnership(samples.lumenField);
    const subsGp = q4(times(users, minus(times(dec('385'), dec('0.8')), dec('60'))));
    expect(gp(p)).toEqual([cents(times(V, dec('0.10'))), '0.00', cents(subsGp), '0.00']);
    expect(gp(p)).toEqual(['8015.34', '0.00', '295732.86', '0.00']);
    const levers = rankLevers(p).levers;
    // one point less discount: a year's GP becomes 4,731 × (385 × 0.81 − 60) = 1,191,502.35,
    // whose Q4 part is 300,328.95: 4,591.02 more than 295,732.86 (was 4,591.01 before the split)
    const after = q4(times(users, minus(times(dec('385'), dec('0.81')), dec('60'))));
    const discount = levers.find((l) => l.lever === 'discount');
    expect(discount?.kind === 'applicable' && discount.delta.amount.toFixed(2)).toBe(
      cents(minus(after, subsGp)),
    );
    expect(cents(minus(after, subsGp))).toBe('4591.02');
    expect(levers.slice(0, 3).map((l) => l.lever)).toEqual(['discount', 'users', 'resale-margin']);
  });

  it('recomputes the actuals (three quarters of a stock) by hand', () => {
    const p = parsePartnership(samples.lumenField);
    // Q1 = Feb+Mar+Apr 2026 = 28+31+30 = 89 days; Q2 = May+Jun+Jul = 92; Q3 = Aug+Sep+Oct = 92.
    const rows: ReadonlyArray<[string, bigint]> = [
      ['258600', 89n],
      ['277200', 92n],
      ['298800', 92n],
    ];
    const e = computeEconomics(p, { source: 'actuals' });
    expect(e.periods.map((x) => x.sources[0]?.grossProfit.amount.toFixed(2))).toEqual(
      rows.map(([arr, days]) => cents(times(times(dec(arr), f(days, 365n)), dec('0.10')))),
    );
    const subs = rows.map(([, days]) =>
      cents(times(times(times(dec('4980'), dec('0.95')), f(days, 365n)), dec('248'))),
    );
    expect(e.periods.map((x) => x.sources[2]?.grossProfit.amount.toFixed(2))).toEqual(subs);
    const total = subs.reduce((a, x) => plus(a, dec(x)), f(0n));
    expect(e.total.sources[2]?.grossProfit.amount.toFixed(2)).toBe(cents(total));
  });
});

describe('computeEconomics properties (independent)', () => {
  const base = parsePartnership(samples.northwindAdvisory);
  const anyRatio = fc.integer({ min: 0, max: 1000 }).map((n) => toDecimal(n).div(1000));
  const withMargin = (m: ReturnType<typeof toDecimal>): Partnership => ({
    ...base,
    terms: { ...base.terms, resaleMargin: m },
  });

  test.prop([anyRatio, anyRatio])(
    'is linear in margin: resale profit = revenue × margin to the cent',
    (a, b) => {
      const line = (m: ReturnType<typeof toDecimal>) =>
        computeEconomics(withMargin(m)).total.sources[0]?.grossProfit.amount.toFixed(2);
      expect(line(a)).toBe(cents(times(dec('2700000'), dec(a.toFixed()))));
      expect(line(b)).toBe(cents(times(dec('2700000'), dec(b.toFixed()))));
      // services do not depend on margin
      expect(gp(withMargin(a))[1]).toBe(gp(withMargin(b))[1]);
    },
  );

  test.prop([fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })])(
    'never lowers services revenue when attach rises',
    (x, y) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      const at = (n: number) => {
        const e = must(base.economics);
        const services = { ...must(e.services), attachRatio: toDecimal(n).div(10) };
        return computeEconomics({ ...base, economics: { ...e, services } }).total.sources[1]
          ?.revenue.amount;
      };
      expect(must(at(hi)).gte(must(at(lo)))).toBe(true);
    },
  );

  it('gives zero margin and zero pull-through for zero vendor revenue', () => {
    const plan = [{ period: must(base.goals.at(-1)).period, target: toDecimal(0) }];
    const e = computeEconomics(base, { source: 'plan', plan });
    expect(
      e.total.sources
        .slice(0, 2)
        .map((l) => [l.revenue.amount.toFixed(2), l.grossProfit.amount.toFixed(2)]),
    ).toEqual([
      ['0.00', '0.00'],
      ['0.00', '0.00'],
    ]);
    expect(e.total.marginShare).toMatchObject({ kind: 'undefined', value: null });
    expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity/);
  });

  it('sizes the hires of a quarterly plan exactly, not one too many from rounding', () => {
    // Northwind, resale-arr (a stock) planned at 5,772,000 in every quarter of FY2027. The
    // quarter's share of the year (92, 92, 90, 91 days of 365) multiplies the hours needed, the
    // hours available and one hire's hours alike, so it cancels:
    // needed/yr = 5,772,000 × 0.95 / 185 = 29,640 h; available/yr = 14 × 2080 × 0.75 = 21,840 h;
    // one hire = 2080 × 0.75 = 1,560 h; hires = (29,640 − 21,840) / 1,560 = 5 exactly, each quarter.
    // Before the fix, Q3 and Q4 reported 6 (90/365 and 91/365 rounded in the 40th digit).
    const year = must(base.goals.find((g) => g.objective === 'resale-arr')).period;
    const plan = [1, 2, 3, 4].map((index) => ({
      period: { ...year, granularity: 'quarter' as const, index },
      target: toDecimal('5772000'),
    }));
    const e = computeEconomics(base, { source: 'plan', plan });
    expect(e.periods.map((x) => x.services?.hiresNeeded.toNumber())).toEqual([5, 5, 5, 5]);
  });

  it('refuses an unknown vendor-revenue source instead of silently reading the actuals', () => {
    // From JavaScript, a typo such as 'goal' used to fall through to the actuals branch and
    // report source 'goal' with the actuals' numbers.
    expect(() =>
      computeEconomics(base, { source: 'goal' as never }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot compute partner economics: 1 issue
        - options.source: Not one of the accepted values (received "goal"; expected "goals", "actuals" or "plan")]
    `);
  });

  it('refuses overlapping vendor-revenue periods instead of counting the revenue twice', () => {
    // A year goal and a quarter goal of the same stock objective cover the same days: summing them
    // would count the quarter's revenue (and its subscriptions, managed services, hours) twice.
    const year = must(base.goals.find((g) => g.objective === 'resale-arr'));
    const quarter = {
      ...year,
      period: { ...year.period, granularity: 'quarter' as const, index: 1 },
    };
    const overlapping: Partnership = { ...base, goals: [...base.goals, quarter] };
    expect(() => computeEconomics(overlapping)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot compute partner economics: 1 issue
        - partnership.goals[7]: The vendor-revenue periods FY2027 and FY2027-Q1 overlap: their revenue would be counted twice (received FY2027 and FY2027-Q1; expected values for periods that do not overlap (one granularity, such as quarters))]
    `);
    try {
      computeEconomics(overlapping);
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
    }
  });

  const cents100 = fc.integer({ min: 0, max: 100_000 }).map((n) => toDecimal(n).div(100));
  const anyProfile = fc.record({
    attach: fc.integer({ min: 0, max: 40 }).map((n) => toDecimal(n).div(10)),
    bill: cents100,
    cost: cents100,
    headcount: fc.integer({ min: 0, max: 30 }).map((n) => toDecimal(n)),
    hours: fc.integer({ min: 1, max: 3000 }).map((n) => toDecimal(n)),
    utilization: fc.integer({ min: 1, max: 1000 }).map((n) => toDecimal(n).div(10)),
    margin: anyRatio,
    plan: fc.array(fc.integer({ min: 0, max: 4_000_000 }), { minLength: 1, maxLength: 4 }),
  });

  test.prop([anyProfile], { numRuns: runs(80) })(
    'stays finite, adds up by period to the cent, and sizes hires by hand',
    (v) => {
      const e0 = must(base.economics);
      const services = {
        ...must(e0.services),
        attachRatio: v.attach,
        billRate: { amount: v.bill, currency: 'USD' },
        deliveryCostRate: { amount: v.cost, currency: 'USD' },
        billableHeadcount: v.headcount,
        availableHours: v.hours,
        utilization: v.utilization,
      };
      const p: Partnership = {
        ...base,
        terms: { ...base.terms, resaleMargin: v.margin },
        economics: { ...e0, services },
      };
      const year = must(base.goals.find((g) => g.objective === 'resale-arr')).period;
      // quarters of FY2027 (July start): 92, 92, 90, 91 days of 365
      const days = [92n, 92n, 90n, 91n];
      const plan = v.plan.map((target, i) => ({
        period: { ...year, granularity: 'quarter' as const, index: i + 1 },
        target: toDecimal(target),
      }));
      const e = computeEconomics(p, { source: 'plan', plan });
      expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity/);
      for (const [i, source] of e.total.sources.entries()) {
        const sum = e.periods.reduce(
          (a, x) => plus(a, dec(must(x.sources[i]).grossProfit.amount.toFixed())),
          f(0n),
        );
        expect(source.grossProfit.amount.toFixed(2)).toBe(cents(sum));
      }
      const hires: number[] = [];
      for (const [i, target] of v.plan.entries()) {
        // resale-arr is a stock: quarter revenue = level × days/365
        const revenue = times(dec(String(target)), f(must(days[i]), 365n));
        const bill = dec(v.bill.toFixed());
        const hours = bill.n === 0n ? f(0n) : over(times(revenue, dec(v.attach.toFixed())), bill);
        const perHire = times(times(dec(v.hours.toFixed()), f(must(days[i]), 365n)), dec('0.75'));
        const available = times(perHire, dec(v.headcount.toFixed()));
        if (available.n * hours.d < hours.n * available.d) {
          const missing = over(minus(hours, available), perHire);
          hires.push(Number(missing.n / missing.d + (missing.n % missing.d === 0n ? 0n : 1n)));
        }
      }
      expect(
        e.periods.flatMap((x) => {
          const hired = x.services?.hiresNeeded.toNumber() ?? 0;
          return hired > 0 ? [hired] : [];
        }),
      ).toEqual(hires);
    },
  );
});

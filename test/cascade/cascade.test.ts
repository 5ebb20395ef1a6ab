import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type CascadeMethod,
  type CascadeShape,
  calendarYear,
  cascade,
  cascadeSteps,
  cascadeTotal,
  type Granularity,
  isValidationError,
  type Seasonality,
  stepTarget,
  type TieBreak,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { dec, id, julyFy, metric, objective, retail445 } from './fixtures.js';
import { exactWeights, referenceRunningUnits, referenceUnits } from './reference.js';

const units = (plan: { units: ArrayLike<number> }) => Array.from(plan.units);
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;

describe('cascade', () => {
  describe('hand-checked examples', () => {
    it('grows ARR from 2.0M to 5.0M over three years at the CAGR of 35.72%', () => {
      const arr = objective('last', '2000000.00', '5000000.00', '2026-07-01', '2029-06-30');
      const plan = cascade(arr, julyFy, { granularity: 'year', shape: { kind: 'geometric' } });
      // 2.5^(1/3) = 1.3572088083, 2.5^(2/3) = 1.8420157493: climbs of 714417.6166, 969613.8820
      // and 1315968.5014; the cent left over by the floors goes to the largest remainder (.66).
      expect(units(plan)).toEqual([271441762, 368403150, 500000000]);
      expect(((5 / 2) ** (1 / 3) - 1).toFixed(4)).toBe('0.3572');
      const quarterly = cascade(arr, julyFy, {
        granularity: 'quarter',
        shape: { kind: 'geometric' },
      });
      // Year-end checkpoints of the quarterly path sit on the same CAGR curve, within a cent.
      for (const [q, level] of [
        [3, 271441761.66],
        [7, 368403149.86],
        [11, 500000000],
      ] as const) {
        expect(Math.abs((quarterly.units[q] as number) - level)).toBeLessThanOrEqual(1);
      }
    });

    it('puts twice the bookings into Q4 of a July fiscal year and splits each quarter across its months', () => {
      const bookings = objective('sum', '0', '1000000.00', '2026-07-01', '2027-06-30');
      const q4Heavy: Seasonality = { by: 'quarter', weights: dec(['1', '1', '1', '2']) };
      const quarters = cascade(bookings, julyFy, { granularity: 'quarter', seasonality: q4Heavy });
      expect(units(quarters)).toEqual([20000000, 20000000, 20000000, 40000000]);
      // Months: weights 1 ×9 and 2 ×3 (sum 15), so the running total after month i is
      // 100000000·Pᵢ/15 cents: 6666666.67, 13333333.33, 20000000, … 73333333.33, 86666666.67,
      // 100000000, rounded to the nearest cent: 6666667, 13333333, 20000000, … The steps are the
      // differences, so no month runs more than half a cent ahead of or behind the path.
      const months = cascade(bookings, julyFy, { granularity: 'month', seasonality: q4Heavy });
      expect(units(months)).toEqual([
        6666667, 6666666, 6666667, 6666667, 6666666, 6666667, 6666667, 6666666, 6666667, 13333333,
        13333334, 13333333,
      ]);
      // Back-loaded months within each quarter: 1, 1, 2.
      const backLoaded: Seasonality = {
        by: 'month',
        weights: dec(['1', '1', '2', '1', '1', '2', '1', '1', '2', '1', '1', '2']),
      };
      const byMonth = cascade(bookings, julyFy, { granularity: 'month', seasonality: backLoaded });
      expect(units(byMonth).slice(0, 3)).toEqual([6250000, 6250000, 12500000]);
    });

    it('prorates a horizon that starts mid-quarter and ends mid-quarter by days', () => {
      const plan = cascade(objective('sum', '0', '1000.00', '2026-08-15', '2027-03-10'), julyFy, {
        granularity: 'quarter',
      });
      // Weights 47/92, 92/92 and 69/90: times 92·90 they are 4230, 8280 and 6348 (sum 18858).
      // 100000·4230/18858 = 22430.77…, ·8280/18858 = 43907.09…, ·6348/18858 = 33662.11…
      expect(units(plan)).toEqual([22431, 43907, 33662]);
      const steps = cascadeSteps(plan);
      expect(steps.map((s) => [s.start, s.end, s.days, s.partial])).toEqual([
        ['2026-07-01', '2026-09-30', 47, true],
        ['2026-10-01', '2026-12-31', 92, false],
        ['2027-01-01', '2027-03-31', 69, true],
      ]);
    });

    it('cascades a 53-week year of a 4-4-5 calendar by week, prorating a one-day first week', () => {
      // Fiscal 2022 runs from 26 December 2021 to 31 December 2022: 53 weeks.
      const year = cascade(
        {
          ...objective('sum', '0', '5300', '2021-12-26', '2022-12-31'),
          metric: metric('sum', { kind: 'count' }),
        },
        retail445,
        { granularity: 'week' },
      );
      expect(year.length).toBe(53);
      expect(new Set(units(year))).toEqual(new Set([100]));
      // The calendar year 2022 covers only Saturday 1 January of the first week: 1/7 of a week,
      // so 3650 a year is 10 a day, 70 a week and 10 in the first week.
      const calendar2022 = cascade(
        {
          ...objective('sum', '0', '3650', '2022-01-01', '2022-12-31'),
          metric: metric('sum', { kind: 'count' }),
        },
        retail445,
        { granularity: 'week' },
      );
      expect(units(calendar2022)).toEqual([10, ...Array(52).fill(70)]);
      // Months of 4, 4, 5 … 4, 4, 6 weeks: even gives each month the same, whatever its length.
      const months = cascade(
        {
          ...objective('sum', '0', '1200', '2021-12-26', '2022-12-31'),
          metric: metric('sum', { kind: 'count' }),
        },
        retail445,
        { granularity: 'month' },
      );
      expect(cascadeSteps(months).map((s) => s.days / 7)).toEqual([
        4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 6,
      ]);
      expect(new Set(units(months))).toEqual(new Set([100000 / 1000]));
    });

    it('runs a decrease metric downwards and holds a maintain metric at its target', () => {
      const discount = {
        ...objective('last', '18.0', '12.0', '2027-01-01', '2027-12-31'),
        metric: metric('last', { kind: 'percent' }, 'decrease'),
      };
      expect(units(cascade(discount, calendarYear, { granularity: 'quarter' }))).toEqual([
        165, 150, 135, 120,
      ]);
      const held = { ...discount, metric: metric('average', { kind: 'percent' }, 'maintain') };
      expect(units(cascade(held, calendarYear, { granularity: 'quarter' }))).toEqual([
        120, 120, 120, 120,
      ]);
    });

    it('climbs a count stock 0 → 5 over 10 months by the running total, not all at the start', () => {
      const hires = {
        ...objective('last', '0', '5', '2027-01-01', '2027-10-31'),
        metric: metric('last', { kind: 'count' }),
      };
      // The exact path climbs 0.5 a month: 0.5, 1, 1.5, … 5. Each half rounds up (equal weights:
      // the unit goes to the earlier month), so every checkpoint is within half a hire of the path.
      expect(units(cascade(hires, calendarYear, { granularity: 'month' }))).toEqual([
        1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
      ]);
      // 'latest' rounds each half down: the unit goes to the later month.
      expect(
        units(cascade(hires, calendarYear, { granularity: 'month', tieBreak: 'latest' })),
      ).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
      // Largest remainder (as allocate splits money) hands the five leftover hires to the first
      // five months: the stock reaches its target in May and waits there.
      expect(
        units(cascade(hires, calendarYear, { granularity: 'month', method: 'largest-remainder' })),
      ).toEqual([1, 2, 3, 4, 5, 5, 5, 5, 5, 5]);
    });

    it('gives an exact half to the larger of the two weights around it under largest-weight', () => {
      // Weights 1 and 3, then 3 and 1, with 2 units: the running total after the first period is
      // 2·1/4 = 0.5 and 2·3/4 = 1.5, exact halves. The unit goes to the larger weight.
      const two = objective('sum', '0', '2', '2027-01-01', '2027-06-30', {
        metric: metric('sum', { kind: 'count' }),
      });
      const weights = (list: string[]) =>
        units(
          cascade(two, calendarYear, {
            granularity: 'quarter',
            shape: { kind: 'custom', weights: dec(list) },
          }),
        );
      expect(weights(['1', '3'])).toEqual([0, 2]);
      expect(weights(['3', '1'])).toEqual([2, 0]);
      expect(weights(['1', '1'])).toEqual([1, 1]);
    });

    it('decides exact halves of prorated periods exactly, and totals near 2^53 units', () => {
      // 16 April to 15 June: half of April, all of May, half of June: weights 0.5, 1, 0.5. Two
      // units run 0.5, 1.5, 2: both halves are exact, and each goes by the tie-break.
      const two = {
        ...objective('sum', '0', '2', '2027-04-16', '2027-06-15'),
        metric: metric('sum', { kind: 'count' }),
      };
      const by = (tieBreak: TieBreak) =>
        units(cascade(two, calendarYear, { granularity: 'month', tieBreak }));
      // largest-weight: 0.5 < 1, so the first half goes down; 1 > 0.5, so the second goes up.
      expect(by('largest-weight')).toEqual([0, 2, 0]);
      expect(by('earliest')).toEqual([1, 1, 0]);
      expect(by('latest')).toEqual([0, 1, 1]);
      // 2^53 − 1 units over the 31-, 28- and 31-day months of a quarter cut at 15 March.
      const huge = {
        ...objective('sum', '0', '9007199254740991', '2027-01-01', '2027-03-15'),
        metric: metric('sum', { kind: 'count' }),
      };
      for (const method of ['running-total', 'largest-remainder'] as const) {
        const plan = cascade(huge, calendarYear, { granularity: 'month', method });
        const reference = method === 'running-total' ? referenceRunningUnits : referenceUnits;
        expect(units(plan)).toEqual(reference(9007199254740991, plan.weights, 'largest-weight'));
      }
    });

    it("derives a flow's yearly growth from the baseline year: 18 deals growing to 90 over 3 years", () => {
      const deals = {
        ...objective('sum', '18', '90', '2026-07-01', '2029-06-30'),
        metric: metric('sum', { kind: 'count' }),
      };
      const plan = cascade(deals, julyFy, { granularity: 'year', shape: { kind: 'geometric' } });
      // x + x² + x³ = 5 gives x = 1.27816…: years of 23.01, 29.41 and 37.58 deals; the one
      // deal the floors leave goes to the largest remainder (.58).
      const x = 1.27816;
      expect(Math.abs(x + x * x + x ** 3 - 5)).toBeLessThan(1e-4);
      expect(units(plan)).toEqual([23, 29, 38]);
    });

    it('follows an S-curve: slow, steep around the midpoint, slow again', () => {
      const users = objective('last', '0', '1000.00', '2027-01-01', '2027-12-31');
      const plan = cascade(users, calendarYear, {
        granularity: 'quarter',
        shape: { kind: 's-curve', midpoint: toDecimal('0.5'), steepness: toDecimal('8') },
      });
      // L(u) = 1/(1+e^(−8(u−0.5))) at 0, ¼, ½, ¾, 1: 0.0179862, 0.1192029, 0.5, 0.8807971,
      // 0.9820138; rises of 0.1012167, 0.3807971, 0.3807971, 0.1012167 over 0.9640276: climbs of
      // 10499.36, 39500.64, 39500.64 and 10499.36 cents; the two leftover cents go to the .64s.
      expect(units(plan)).toEqual([10499, 50000, 89501, 100000]);
    });
  });

  describe('options and errors', () => {
    it("takes the objective's own spec, overridden field by field by the options", () => {
      const own = {
        ...objective('sum', '0', '12', '2027-01-01', '2027-12-31'),
        metric: metric('sum', { kind: 'count' }),
        cascade: {
          granularity: 'quarter' as const,
          shape: { kind: 'custom', weights: dec(['1', '1', '1', '3']) } as CascadeShape,
        },
      };
      expect(units(cascade(own, calendarYear))).toEqual([2, 2, 2, 6]);
      expect(units(cascade(own, calendarYear, { shape: { kind: 'even' } }))).toEqual([3, 3, 3, 3]);
      expect(
        cascade(own, calendarYear, { granularity: 'half', shape: { kind: 'even' } }).length,
      ).toBe(2);
    });

    it('requires a granularity from the options or the objective', () => {
      let error: unknown;
      try {
        cascade(objective('sum', '0', '1', '2027-01-01', '2027-12-31'), calendarYear);
      } catch (caught) {
        error = caught;
      }
      expect(isValidationError(error)).toBe(true);
      expect((error as Error).message).toMatchInlineSnapshot(`
        "Cannot cascade objective "objective": 1 issue
          - options.granularity: No granularity: neither the options nor the objective's cascade spec give one (received undefined; expected 'year', 'half', 'quarter', 'month' or 'week')"
      `);
    });

    it('rejects custom weights that are not one per period, and targets finer than the precision', () => {
      const plan = () =>
        cascade(objective('sum', '0', '12', '2027-01-01', '2027-12-31'), calendarYear, {
          granularity: 'quarter',
          shape: { kind: 'custom', weights: dec(['1', '2']) },
        });
      expect(plan).toThrowErrorMatchingInlineSnapshot(`
        [ValidationError: Cannot cascade objective "objective": 1 issue
          - options.shape.weights: The horizon has 4 periods of a quarter but 2 weights were given (received 2 weights; expected exactly 4 weights, one per period)]
      `);
      const fine = () =>
        cascade(objective('sum', '0', '12.345', '2027-01-01', '2027-12-31'), calendarYear, {
          granularity: 'quarter',
        });
      expect(fine).toThrowErrorMatchingInlineSnapshot(`
        [ValidationError: Cannot cascade objective "objective": 1 issue
          - objective.target: Too precise: 3 decimal places where the metric allows 2 (received "12.345"; expected a value with at most 2 decimal places)]
      `);
    });

    it('cannot derive a geometric rate from a baseline of zero', () => {
      expect(() =>
        cascade(objective('last', '0', '10', '2027-01-01', '2027-12-31'), calendarYear, {
          granularity: 'quarter',
          shape: { kind: 'geometric' },
        }),
      ).toThrow(/Deriving the growth rate needs a baseline and a target greater than 0/);
    });

    it('rejects a horizon that ends before it starts', () => {
      expect(() =>
        cascade(objective('sum', '0', '10', '2027-12-31', '2027-01-01'), calendarYear, {
          granularity: 'quarter',
        }),
      ).toThrow(
        /objective.horizon.end: The horizon ends on 2027-01-01, before it starts on 2027-12-31/,
      );
    });

    it('never mutates its inputs', () => {
      const input = deepFreeze(objective('sum', '0', '1000.00', '2026-08-15', '2027-03-10'));
      const options = deepFreeze({
        granularity: 'month' as const,
        seasonality: { by: 'quarter' as const, weights: dec(['1', '1', '1', '2']) },
      });
      expect(cascadeTotal(cascade(input, deepFreeze({ ...julyFy }), options)).toFixed(2)).toBe(
        '1000.00',
      );
    });

    it('reads single steps and refuses steps that do not exist', () => {
      const plan = cascade(
        objective('sum', '0', '1.00', '2027-01-01', '2027-12-31'),
        calendarYear,
        { granularity: 'quarter' },
      );
      expect(stepTarget(plan, 0).toString()).toBe('0.25');
      expect(() => stepTarget(plan, 4)).toThrow(/No step 4 in a cascade of 4 steps/);
    });
  });

  describe('properties', () => {
    const granularity = fc.constantFrom<Granularity>('year', 'half', 'quarter', 'month');
    const calendar = fc.integer({ min: 1, max: 12 }).map((startMonth) => ({
      kind: 'month-based' as const,
      id: 'fy',
      startMonth,
    }));
    const day = fc
      .integer({ min: 0, max: 3 * 365 })
      .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 864e5).toISOString().slice(0, 10));
    const horizon = fc
      .tuple(day, day)
      .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
    const positive = fc.integer({ min: 1, max: 40 }).map(String);
    const shape = fc.oneof(
      fc.constant<CascadeShape>({ kind: 'even' }),
      fc
        .tuple(positive, positive)
        .map(([a, b]): CascadeShape => ({ kind: 'linear', from: toDecimal(a), to: toDecimal(b) })),
      fc
        .integer({ min: -50, max: 200 })
        .map((r): CascadeShape => ({ kind: 'geometric', rate: toDecimal(`${r}e-2`) })),
      fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 20 })).map(
        ([m, k]): CascadeShape => ({
          kind: 's-curve',
          midpoint: toDecimal(`0.${m}`),
          steepness: toDecimal(k),
        }),
      ),
    );
    const seasonality = fc.option(
      fc.oneof(
        fc
          .array(positive, { minLength: 12, maxLength: 12 })
          .map((w): Seasonality => ({ by: 'month', weights: dec(w) })),
        fc
          .array(positive, { minLength: 4, maxLength: 4 })
          .map((w): Seasonality => ({ by: 'quarter', weights: dec(w) })),
      ),
      { nil: undefined },
    );
    const tieBreak = fc.constantFrom<TieBreak>('largest-weight', 'earliest', 'latest');
    // Small amounts too: they make exact halves of the running total likely.
    const amount = fc.oneof(fc.integer({ min: -1e9, max: 1e12 }), fc.integer({ min: -9, max: 9 }));
    const method = fc.constantFrom<CascadeMethod>('running-total', 'largest-remainder');
    const setup = fc.record({
      calendar,
      horizon,
      granularity,
      shape,
      seasonality,
      tieBreak,
      method,
      baseline: amount,
      target: amount,
    });
    type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;
    const run = (s: Setup, aggregation: 'sum' | 'last', scale = 1) =>
      cascade(
        {
          id: id('o'),
          metric: metric(aggregation),
          baseline: toDecimal(`${s.baseline}e-2`),
          target: toDecimal(`${s.target * scale}e-2`),
          horizon: s.horizon,
        },
        s.calendar,
        {
          granularity: s.granularity,
          shape: s.shape,
          seasonality: s.seasonality,
          tieBreak: s.tieBreak,
          method: s.method,
        },
      );
    const reference = (s: Setup, total: number, weights: ArrayLike<number>) =>
      s.method === 'running-total'
        ? referenceRunningUnits(total, weights, s.tieBreak)
        : referenceUnits(total, weights, s.tieBreak);
    /**
     * Whether every running total of `steps` lies within half a unit of the exact path
     * total·Pᵢ/W: |2·(Rᵢ·W − total·Pᵢ)| ≤ W, in BigInt.
     */
    const withinHalf = (steps: number[], total: number, weights: ArrayLike<number>) => {
      const w = exactWeights(weights);
      const sum = w.reduce((a, b) => a + b, 0n);
      let prefix = 0n;
      let running = 0n;
      return steps.every((step, i) => {
        prefix += w[i] as bigint;
        running += BigInt(step);
        const gap = 2n * (running * sum - BigInt(total) * prefix);
        return (gap < 0n ? -gap : gap) <= sum;
      });
    };

    test.prop([setup])("adds a flow's steps up exactly to its target", (s) => {
      const plan = run(s, 'sum');
      expect(units(plan).reduce((a, b) => a + b, 0)).toBe(s.target);
      expect(units(plan)).toEqual(reference(s, s.target, plan.weights));
    });

    test.prop([setup])('ends a stock exactly on its target, climbing by the exact split', (s) => {
      const plan = run(s, 'last');
      expect(plan.units[plan.length - 1]).toBe(s.target);
      const climbs = units(plan).map(
        (u, i) => u - (i === 0 ? s.baseline : (plan.units[i - 1] as number)),
      );
      expect(climbs).toEqual(reference(s, s.target - s.baseline, plan.weights));
    });

    test.prop([setup])(
      "keeps every checkpoint (a flow's total to date, a stock's level) within half a unit of the exact path by running totals",
      (s) => {
        const running = { ...s, method: 'running-total' as const };
        const flow = run(running, 'sum');
        expect(withinHalf(units(flow), s.target, flow.weights)).toBe(true);
        const stock = run(running, 'last');
        const climbs = units(stock).map(
          (u, i) => u - (i === 0 ? s.baseline : (stock.units[i - 1] as number)),
        );
        expect(withinHalf(climbs, s.target - s.baseline, stock.weights)).toBe(true);
      },
    );

    test.prop([setup])('moves a stock monotonically from its baseline to its target', (s) => {
      const levels = [s.baseline, ...units(run(s, 'last'))];
      const up = s.target >= s.baseline;
      for (let i = 1; i < levels.length; i++) {
        expect(
          up
            ? (levels[i] as number) >= (levels[i - 1] as number)
            : (levels[i] as number) <= (levels[i - 1] as number),
        ).toBe(true);
      }
    });

    test.prop([setup, fc.integer({ min: 1, max: 12 })])(
      'keeps each step within one unit of its exact share, and even steps within one unit of each other; largest remainder gives increasing shapes non-decreasing steps',
      (s, years) => {
        const start = `2020-${String(s.calendar.startMonth).padStart(2, '0')}-01`;
        const end = new Date(Date.UTC(2020 + years, s.calendar.startMonth - 1, 1) - 864e5)
          .toISOString()
          .slice(0, 10);
        const whole = { ...s, horizon: { start, end }, seasonality: undefined };
        const total = Math.abs(s.target);
        const shapes: CascadeShape[] = [
          { kind: 'linear', from: toDecimal('1'), to: toDecimal('3') },
          { kind: 'geometric', rate: toDecimal('0.2') },
        ];
        for (const shape of shapes) {
          const plan = run({ ...whole, shape, target: total }, 'sum');
          const list = units(plan);
          const w = exactWeights(plan.weights);
          const sum = w.reduce((a, b) => a + b, 0n);
          // |step − total·wᵢ/W| < 1, that is |step·W − total·wᵢ| < W.
          list.forEach((step, i) => {
            const gap = BigInt(step) * sum - BigInt(total) * (w[i] as bigint);
            expect((gap < 0n ? -gap : gap) < sum).toBe(true);
          });
          if (s.method === 'largest-remainder') {
            for (let i = 1; i < list.length; i++)
              expect(list[i]).toBeGreaterThanOrEqual(list[i - 1] as number);
          }
        }
        const even = units(run({ ...whole, shape: { kind: 'even' } }, 'sum'));
        expect(Math.max(...even) - Math.min(...even)).toBeLessThanOrEqual(1);
      },
    );

    test.prop([setup, fc.integer({ min: 2, max: 1000 })])(
      'scales every unrounded step with the target',
      (s, k) => {
        fc.pre(Math.abs(s.target * k) <= Number.MAX_SAFE_INTEGER);
        expect(run(s, 'sum', k).weights).toEqual(run(s, 'sum').weights);
      },
    );

    test.prop([setup])('covers every day of the horizon exactly once', (s) => {
      const steps = cascadeSteps(run(s, 'sum'));
      expect(steps.reduce((sum, step) => sum + step.days, 0)).toBe(
        dayNumber(s.horizon.end) - dayNumber(s.horizon.start) + 1,
      );
      expect(dayNumber((steps[0] as { start: string }).start)).toBeLessThanOrEqual(
        dayNumber(s.horizon.start),
      );
      expect(dayNumber((steps.at(-1) as { end: string }).end)).toBeGreaterThanOrEqual(
        dayNumber(s.horizon.end),
      );
      for (let i = 1; i < steps.length; i++) {
        expect(dayNumber((steps[i] as { start: string }).start)).toBe(
          dayNumber((steps[i - 1] as { end: string }).end) + 1,
        );
      }
    });
  });
});

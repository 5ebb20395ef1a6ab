// Independent checks of evaluateProgress: expected numbers are derived by hand in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  type EvaluateProgressOptions,
  evaluateProgress,
  type ProgressActual,
  type ProgressPlan,
} from '../../src/index.js';
import { runs } from '../property-runs.js';
import { actualsOf, d, json, month, planOf, quarter } from './fixtures.js';

const run = (
  plan: ProgressPlan,
  actuals: ReadonlyArray<ProgressActual>,
  options: EvaluateProgressOptions,
) => evaluateProgress(plan, actuals, calendarYear, options);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.getOwnPropertyNames(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/** No NaN or Infinity anywhere in a result (Decimals serialise to their strings). */
const finite = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/NaN|Infinity/);

const q = (targets: ReadonlyArray<number | string>) =>
  targets.map((t, i) => [quarter(i + 1), t] as const);

describe('evaluateProgress (independent checks)', () => {
  it('reads a Q4-heavy plan on pace in its light months, the running quarter prorated by days', () => {
    // Q1–Q3 10 each, Q4 70. 15 Aug is day 46 of Q3's 92: expected 10 + 10 + 10·46/92 = 25.
    // Actual 10 + 10 + 5 = 25 → pace 1. A straight line would expect 100·227/365 ≈ 62.
    const plan = planOf({ target: 100, steps: q([10, 10, 10, 70]) });
    const p = run(plan, actualsOf(q([10, 10, 5])), { asOf: '2027-08-15' });
    expect(json([p.expectedToDate, p.actualToDate, p.pace])).toEqual(['25', '25', '1']);
    expect(p.status.status).toBe('on-track');
  });

  it('reads a flat plan 40 % behind at mid-year as off-track', () => {
    // 100 a month; by 30 June 600 expected, 360 delivered → pace 0.6 < 0.8.
    const plan = planOf({
      target: 1200,
      steps: Array.from({ length: 12 }, (_, i) => [month(i + 1), 100] as const),
    });
    const actuals = actualsOf(Array.from({ length: 6 }, (_, i) => [month(i + 1), 60] as const));
    const p = run(plan, actuals, { asOf: '2027-06-30' });
    expect(json([p.expectedToDate, p.actualToDate, p.pace])).toEqual(['600', '360', '0.6']);
    expect(p.status.status).toBe('off-track');
  });

  it('reads a stock below its baseline as negative progress, not a crash', () => {
    // Baseline 100, target 200, checkpoints 125 … 200. End of Q1 at 90: progress −10/100 = −0.1,
    // pace −10/25 = −0.4.
    const plan = planOf({
      aggregation: 'last',
      baseline: 100,
      target: 200,
      steps: q([125, 150, 175, 200]),
    });
    const p = run(plan, actualsOf([[quarter(1), 90]]), { asOf: '2027-03-31' });
    expect(json([p.progress, p.pace])).toEqual(['-0.1', '-0.4']);
    expect(p.status.status).toBe('off-track');
    finite(p);
  });

  it('reads a discount depth falling on plan as progress', () => {
    // 22.0 → 12.0 by steps of 2.5; at the end of Q2, 17.0: progress −5/−10 = 0.5, pace 1.
    const plan = planOf({
      aggregation: 'last',
      direction: 'decrease',
      baseline: '22.0',
      target: '12.0',
      steps: q(['19.5', '17.0', '14.5', '12.0']),
    });
    const p = run(plan, actualsOf([[quarter(2), '17.0']]), { asOf: '2027-06-30' });
    expect(json([p.progress, p.pace])).toEqual(['0.5', '1']);
    expect(p.status.status).toBe('on-track');
  });

  it('never reads a missing actual as zero', () => {
    const plan = planOf({ target: 40, steps: q([10, 10, 10, 10]) });
    const p = run(plan, actualsOf([[quarter(2), 10]]), { asOf: '2027-07-15' });
    expect(p.status.status).toBe('unknown');
    expect(p.status.missingPeriods).toEqual(['FY2027-Q1']);
    expect([p.actualToDate, p.pace, p.gap]).toEqual([null, null, null]);
    const stock = planOf({ aggregation: 'last', target: 40, steps: q([10, 20, 30, 40]) });
    expect(run(stock, [], { asOf: '2027-07-15' }).status.status).toBe('unknown');
  });

  it('gives null, never NaN or Infinity, where a ratio divides by zero', () => {
    // A plan expecting nothing to date with an actual, a zero target, a target equal to the baseline.
    const zeroFirst = planOf({ target: 30, steps: q([0, 10, 10, 10]) });
    const a = run(zeroFirst, actualsOf([[quarter(1), 5]]), { asOf: '2027-03-31' });
    expect(a.pace).toBeNull();
    const zeroTarget = planOf({ target: 0, steps: q([0, 0, 0, 0]) });
    const b = run(zeroTarget, actualsOf(q([1, 1])), { asOf: '2027-06-30' });
    expect(b.attainment).toBeNull();
    const flat = planOf({ aggregation: 'last', baseline: 50, target: 50, steps: q([50, 50]) });
    const c = run(flat, actualsOf([[quarter(1), 50]]), { asOf: '2027-03-31' });
    expect(c.progress).toBeNull();
    for (const p of [a, b, c]) {
      finite(p);
      for (const method of ['plan-shape', 'run-rate', 'trend'] as const) {
        finite(
          run(zeroFirst, actualsOf([[quarter(1), 5]]), { asOf: '2027-12-31', forecast: method }),
        );
      }
    }
  });

  it('gives pace 1 and on-track or achieved at every date when the actuals equal the plan', () => {
    const flow = planOf({ target: 100, steps: q([10, 20, 30, 40]) });
    const stock = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: q([12, 20, 28, 40]),
    });
    for (const plan of [flow, stock]) {
      for (let day = 0; day < 365; day += 7) {
        const asOf = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
        const actuals = plan.steps
          .filter(
            (s) =>
              run(plan, [], { asOf }).periods.find((p) => p.key === `FY2027-Q${s.period.index}`)
                ?.state === 'completed',
          )
          .map((s) => ({ period: s.period, value: s.target }));
        const p = run(plan, actuals, { asOf });
        if (actuals.length === 0) continue;
        expect([asOf, p.pace?.toString()]).toEqual([asOf, '1']);
        expect(['on-track', 'achieved']).toContain(p.status.status);
      }
    }
  });

  it('keeps the status when targets, baseline and actuals are scaled together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom('sum', 'last') as fc.Arbitrary<'sum' | 'last'>,
        fc.constantFrom('7', '0.003', '12.5', '1000000'),
        fc.integer({ min: 0, max: 364 }),
        (targets, values, baseline, aggregation, k, day) => {
          const asOf = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
          const scale = (n: number) => d(n).times(k).toString();
          const make = (f: (n: number) => string | number) =>
            planOf({
              aggregation,
              baseline: f(baseline),
              target: f(targets.reduce((a, b) => a + b, 0) + baseline),
              steps: q(targets.map((t) => f(t))),
            });
          const acts = (f: (n: number) => string | number) =>
            actualsOf(values.map((v, i) => [quarter(i + 1), f(v)] as const));
          const one = run(
            make((n) => n),
            acts((n) => n),
            { asOf },
          );
          const scaled = run(make(scale), acts(scale), { asOf });
          expect(scaled.status.status).toBe(one.status.status);
          finite(one);
          finite(scaled);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its inputs', () => {
    const plan = deepFreeze(planOf({ target: 40, steps: q([10, 10, 10, 10]) }));
    const actuals = deepFreeze(actualsOf(q([10, 10])));
    const options = deepFreeze({ asOf: '2027-07-15', thresholds: { onTrack: '0.9' } });
    expect(() => run(plan, actuals, options)).not.toThrow();
  });

  it('names what it received and what it accepts in its errors', () => {
    const plan = planOf({ target: 40, steps: q([10, 10, 10, 10]) });
    expect(() => run(plan, [], { asOf: '2027-02-30' })).toThrow(/asOf/);
    try {
      run(plan, [], { asOf: '2027-07-01', runRatePeriods: 0 });
      expect.unreachable();
    } catch (error) {
      expect(JSON.stringify(error)).toMatch(/received/);
      expect(
        (error as { issues: Array<{ received: string; expected: string }> }).issues[0],
      ).toMatchObject({
        path: ['options', 'runRatePeriods'],
        received: '0',
        expected: 'a whole number from 1 to 1060',
      });
    }
  });

  it('prorates partial first and last periods by the days the horizon covers', () => {
    // Horizon 15 Feb – 14 Nov 2027, one unit a day: Q1 covers 45 days (15 Feb – 31 Mar), Q2 91,
    // Q3 92, Q4 45 (1 Oct – 14 Nov). On 1 March 15 days have run: expected 15, actual 15 → pace 1.
    // (Prorating Q1 over its whole 90 days would expect 45·59/90 = 29.5 and read pace 0.51.)
    const base = planOf({ target: 273, steps: q([45, 91, 92, 45]) });
    const plan: ProgressPlan = {
      ...base,
      objective: { ...base.objective, horizon: { start: '2027-02-15', end: '2027-11-14' } },
    };
    const early = run(plan, actualsOf([[quarter(1), 15]]), { asOf: '2027-03-01' });
    expect(json([early.expectedToDate, early.pace])).toEqual(['15', '1']);
    expect(early.periods[0]).toMatchObject({ state: 'current', elapsedDays: 15, totalDays: 45 });
    expect(early.status.status).toBe('on-track');
    // 1 November: Q4 has run 32 of its 45 covered days → expected 45 + 91 + 92 + 32 = 260.
    const late = run(plan, actualsOf(q([45, 91, 92, 32])), { asOf: '2027-11-01' });
    expect(json([late.expectedToDate, late.pace])).toEqual(['260', '1']);
    // On the horizon's last day the partial Q4 is complete.
    const end = run(plan, actualsOf(q([45, 91, 92, 45])), { asOf: '2027-11-14' });
    expect(end.periods[3]?.state).toBe('completed');
    expect(end.status.status).toBe('achieved');
    // A stock whose last checkpoint falls on the horizon's end, not the quarter's: 0 → 45 over Q4's
    // covered days; on 1 November 32/45 of the way from 30 → 45 is 30 + 15·32/45 = 40.666….
    const stockBase = planOf({ aggregation: 'last', target: 45, steps: q([10, 20, 30, 45]) });
    const stock: ProgressPlan = {
      ...stockBase,
      objective: { ...stockBase.objective, horizon: { start: '2027-02-15', end: '2027-11-14' } },
    };
    const level = run(stock, actualsOf([[quarter(4), '40']]), { asOf: '2027-11-01' });
    expect(level.expectedToDate.toFixed(6)).toBe('40.666667');
  });
});

import { describe, expect, it } from 'vitest';
import {
  type Cascade,
  type CascadeActual,
  cascade,
  cascadeSteps,
  isValidationError,
  type ReplanPolicy,
  replan,
  toDecimal,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { julyFy, metric, objective } from './fixtures.js';

const quarter = (year: number, index: number) =>
  ({ calendar: julyFy.id, granularity: 'quarter', year, index }) as const;
const actuals = (...values: string[]): CascadeActual[] =>
  values.map((value, i) => ({
    period: quarter(2027 + Math.floor(i / 4), (i % 4) + 1),
    value: toDecimal(value),
  }));
const units = (plan: Cascade) => Array.from(plan.units);

// 360 deals over two July fiscal years, ramping linearly 1 → 8: quarters of 10, 20, … 80.
const deals = cascade(
  {
    ...objective('sum', '0', '360', '2026-07-01', '2028-06-30'),
    metric: metric('sum', { kind: 'count' }),
  },
  julyFy,
  { granularity: 'quarter', shape: { kind: 'linear', from: toDecimal('1'), to: toDecimal('8') } },
);
// Two missed quarters: 5 instead of 10, 10 instead of 20; 345 must come from the six left (plan 330).
const missed = actuals('5', '10');

describe('replan', () => {
  it('starts from a plan of 10, 20, … 80', () => {
    expect(units(deals)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
  });

  describe('after two missed quarters of a flow (gap 15)', () => {
    it('spreads the gap evenly: 2.5 each, rounded by running totals', () => {
      const next = replan(deals, missed, { policy: 'spread' });
      // The extra 15 runs 2.5, 5, 7.5, 10, 12.5, 15; each half rounds up (equal weights, the
      // earlier period): 3, 5, 8, 10, 13, 15, so the extras are 3, 2, 3, 2, 3, 2.
      expect(units(next.cascade)).toEqual([5, 10, 33, 42, 53, 62, 73, 82]);
      expect([next.gap.toString(), next.elapsed, next.findings]).toEqual(['15', 2, []]);
      expect(next.remaining.map((step) => [step.before.toNumber(), step.after.toNumber()])).toEqual(
        [
          [30, 33],
          [40, 42],
          [50, 53],
          [60, 62],
          [70, 73],
          [80, 82],
        ],
      );
    });

    it('re-splits by largest remainder when the plan was made that way', () => {
      const hamilton = cascade(
        {
          ...objective('sum', '0', '360', '2026-07-01', '2028-06-30'),
          metric: metric('sum', { kind: 'count' }),
        },
        julyFy,
        {
          granularity: 'quarter',
          shape: { kind: 'linear', from: toDecimal('1'), to: toDecimal('8') },
          method: 'largest-remainder',
        },
      );
      // Six remainders of .5 tie: the three leftover units go to the earliest.
      expect(units(replan(hamilton, missed, { policy: 'spread' }).cascade)).toEqual([
        5, 10, 33, 43, 53, 62, 72, 82,
      ]);
    });

    it('keeps the shape: 345 in proportion to 30 … 80', () => {
      // Running totals 345/330 × (30, 70, 120, 180, 250, 330) = 31.36, 73.18, 125.45, 188.18,
      // 261.36, 345 round to 31, 73, 125, 188, 261, 345: steps of 31, 42, 52, 63, 73, 84.
      expect(units(replan(deals, missed, { policy: 'keep-shape' }).cascade)).toEqual([
        5, 10, 31, 42, 52, 63, 73, 84,
      ]);
    });

    it('carries the whole gap into the next quarter', () => {
      expect(units(replan(deals, missed, { policy: 'carry-forward' }).cascade)).toEqual([
        5, 10, 45, 40, 50, 60, 70, 80,
      ]);
    });

    it('resets: keeps the remaining steps and says the target is missed by 15', () => {
      const next = replan(deals, missed, { policy: 'reset' });
      expect(units(next.cascade)).toEqual([5, 10, 30, 40, 50, 60, 70, 80]);
      expect(next.findings.map((f) => [f.code, f.severity, f.params['shortfall']])).toEqual([
        ['gap-accepted', 'warning', '15'],
      ]);
      expect(next.findings[0]).toMatchInlineSnapshot(`
        {
          "code": "gap-accepted",
          "evidence": [
            {
              "label": "The objective's target",
              "value": "360",
            },
            {
              "label": "Shortfall against the target",
              "value": "15",
            },
            {
              "label": "Gap to close",
              "value": "15",
            },
          ],
          "message": "The original remaining steps of objective are kept, so the plan misses its target by 15",
          "params": {
            "gap": "15",
            "objective": "objective",
            "shortfall": "15",
            "target": "360",
          },
          "severity": "warning",
          "subjects": [
            {
              "id": "objective",
              "kind": "objective",
            },
          ],
        }
      `);
    });

    it('carries forward within a cap of 25 %: Q3 may rise to 37, the rest rolls into Q4', () => {
      const next = replan(deals, missed, { policy: 'carry-forward', cap: '0.25' });
      expect(units(next.cascade)).toEqual([5, 10, 37, 48, 50, 60, 70, 80]);
      expect(next.findings).toEqual([]);
    });

    it('fits the gap exactly under a 5 % cap, and warns with the shortfall under 4 %', () => {
      // Room at 5 %: 1 + 2 + 2 + 3 + 3 + 4 = 15, exactly the gap; at 4 %: 1+1+2+2+2+3 = 11.
      // At 5 %, spread's 33, 42, 53, 62, 73, 82 is capped at 31, 42, 52, 63, 73, 84: the 3 cut go
      // to the room left (1 in Q4 of FY2027, 2 in the last quarter).
      expect(units(replan(deals, missed, { policy: 'spread', cap: '0.05' }).cascade)).toEqual([
        5, 10, 31, 42, 52, 63, 73, 84,
      ]);
      const tight = replan(deals, missed, { policy: 'spread', cap: '0.04' });
      expect(units(tight.cascade)).toEqual([5, 10, 31, 41, 52, 62, 72, 83]);
      expect(tight.findings.map((f) => [f.code, f.params['shortfall']])).toEqual([
        ['cap-unreachable', '4'],
      ]);
      expect(tight.findings[0]?.message).toMatchInlineSnapshot(
        `"The cap of 0.04 lets no remaining step of objective rise enough: the plan misses its target by 4"`,
      );
      const carried = replan(deals, missed, { policy: 'carry-forward', cap: '0' });
      expect(carried.findings.map((f) => f.params['shortfall'])).toEqual(['15']);
    });
  });

  describe('after two missed quarters of a stock', () => {
    // 8 → 40 certified consultants over eight quarters: checkpoints 12, 16, … 40.
    const consultants = cascade(
      {
        ...objective('last', '8', '40', '2026-07-01', '2028-06-30'),
        metric: metric('last', { kind: 'count' }),
      },
      julyFy,
      { granularity: 'quarter' },
    );
    const behind = actuals('10', '11');
    // From 11, 29 to climb in six quarters (plan: 4 each, gap 5). Spread: the extra 5 runs
    // 0.83, 1.67, 2.5, 3.33, 4.17, 5 → 1, 2, 3, 3, 4, 5 (the half up): climbs 5, 5, 5, 4, 5, 5.
    // Keep-shape: 29 over six equal climbs runs 4.83, 9.67, 14.5, 19.33, 24.17, 29 → the same.
    const table: Array<[ReplanPolicy, number[]]> = [
      ['spread', [10, 11, 16, 21, 26, 30, 35, 40]],
      ['keep-shape', [10, 11, 16, 21, 26, 30, 35, 40]],
      ['carry-forward', [10, 11, 20, 24, 28, 32, 36, 40]],
      ['reset', [10, 11, 20, 24, 28, 32, 36, 40]],
    ];
    it.each(table)('%s still ends on the target of 40', (policy, expected) => {
      expect(units(replan(consultants, behind, { policy }).cascade)).toEqual(expected);
    });
  });

  it('gives the plan back when the actuals equal it, whatever the policy', () => {
    for (const policy of ['spread', 'keep-shape', 'carry-forward', 'reset'] as const) {
      const next = replan(deals, actuals('10', '20', '30'), { policy, cap: '0.1' });
      expect(units(next.cascade)).toEqual(units(deals));
      expect([next.gap.toString(), next.findings]).toEqual(['0', []]);
    }
  });

  it('needs actuals for exactly the first periods, and a period left', () => {
    const gap = () => replan(deals, [{ period: quarter(2027, 2), value: toDecimal('1') }]);
    expect(gap).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot replan objective "objective": 1 issue
        - actuals: No actual for the elapsed period FY2027-Q1: actuals must be for the first periods of the plan, without a gap (received actuals for FY2027-Q2; expected one actual for each of the first 1 periods of the plan)]
    `);
    expect(() => replan(deals, missed, { cap: '-0.1' })).toThrow(/The cap must not be negative/);
    const all = actuals('1', '1', '1', '1', '1', '1', '1', '1');
    expect(() => replan(deals, all)).toThrow(/No period remains to replan/);
    expect(() => replan(deals, [...missed, ...missed])).toThrow(/A second actual for FY2027-Q1/);
    try {
      replan(deals, [...missed, ...missed]);
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
    }
  });

  it('never mutates the plan or the actuals', () => {
    const frozen = deepFreeze(missed);
    const before = units(deals);
    replan(deals, frozen, { policy: 'keep-shape' });
    expect(units(deals)).toEqual(before);
  });

  it("matches actuals by period and calendar: keys on the plan's calendar, others' objectives skipped", () => {
    const keys = replan(deals, [
      { period: 'FY2027-Q1', value: '5' },
      { objective: 'objective', period: 'FY2027-Q2', value: '10' },
      { objective: 'another-objective', period: 'FY2027-Q3', value: '999' },
    ]);
    expect(units(keys.cascade)).toEqual(units(replan(deals, missed).cascade));
    const issues = (list: unknown) => {
      try {
        replan(deals, list as never);
      } catch (error) {
        if (isValidationError(error)) return error.issues.map((i) => [i.code, i.path.join('.')]);
        throw error;
      }
      return [];
    };
    expect(issues([{ period: { ...quarter(2027, 1), calendar: '' }, value: '5' }])).toEqual([
      ['calendar-mismatch', 'actuals.0.period'],
    ]);
    expect(issues([{ period: 'FY2027-M01', value: '5' }])).toEqual([
      ['unsupported-granularity', 'actuals.0.period'],
    ]);
    expect(issues([{ period: 'FY2031-Q1', value: '5' }])).toEqual([
      ['outside-horizon', 'actuals.0.period'],
    ]);
    expect(issues([{ period: 'FY2027-Q1', value: '5.5' }])).toEqual([
      ['too-precise', 'actuals.0.value'],
    ]);
    expect(issues([{ period: 'FY2027-Q1', value: '5', note: 'x' }])).toEqual([
      ['unknown-field', 'actuals.0.note'],
    ]);
  });

  it("gives the new plan its own weights: each step's amount, so its shares are true", () => {
    const next = replan(deals, missed, { policy: 'carry-forward' });
    expect(next.cascade.weights).toEqual(units(next.cascade));
    expect(cascadeSteps(next.cascade)[2]?.share?.toString()).toBe('0.125');
    // A flow of 0 whose first quarter brought 5 must lose 5 in the second: no share is defined.
    const none = cascade(
      {
        ...objective('sum', '0', '0', '2027-01-01', '2027-06-30'),
        metric: metric('sum', { kind: 'count' }),
      },
      julyFy,
      { granularity: 'quarter' },
    );
    const cancelled = replan(none, [{ period: quarter(2027, 3), value: toDecimal('5') }]);
    expect(units(cancelled.cascade)).toEqual([5, -5]);
    expect(cascadeSteps(cancelled.cascade).map((step) => step.share)).toEqual([null, null]);
  });

  it('refuses actuals that leave more than 2^53 units to plan', () => {
    const m = '9007199254740991';
    expect(() =>
      replan(deals, [{ period: quarter(2027, 1), value: toDecimal(`-${m}`) }]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot replan objective "objective": 1 issue
        - actuals: The actuals leave a remainder too large to plan in whole units (received 9007199254741351 units to plan; expected actuals within 9007199254740991 units of the target)]
    `);
  });
});

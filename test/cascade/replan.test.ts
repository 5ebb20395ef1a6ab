import { describe, expect, it } from 'vitest';
import {
  type Cascade,
  type CascadeActual,
  cascade,
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
    it('spreads the gap evenly: 2.5 each, the three tied half units to the earliest', () => {
      const next = replan(deals, missed, { policy: 'spread' });
      expect(units(next.cascade)).toEqual([5, 10, 33, 43, 53, 62, 72, 82]);
      expect([next.gap.toString(), next.elapsed, next.warnings]).toEqual(['15', 2, []]);
    });

    it('keeps the shape: 345 in proportion to 30 … 80', () => {
      // 345/330 × (30, 40, 50, 60, 70, 80) = 31.36, 41.82, 52.27, 62.73, 73.18, 83.64: floors
      // leave 3, which go to the remainders .82, .73 and .64.
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
      expect(next.warnings.map((w) => [w.code, w.shortfall.toString()])).toEqual([
        ['GAP_ACCEPTED', '15'],
      ]);
      expect(next.warnings[0]?.message).toMatchInlineSnapshot(
        `"The original remaining steps are kept, so the plan misses the target by 15"`,
      );
    });

    it('carries forward within a cap of 25 %: Q3 may rise to 37, the rest rolls into Q4', () => {
      const next = replan(deals, missed, { policy: 'carry-forward', cap: '0.25' });
      expect(units(next.cascade)).toEqual([5, 10, 37, 48, 50, 60, 70, 80]);
      expect(next.warnings).toEqual([]);
    });

    it('fits the gap exactly under a 5 % cap, and warns with the shortfall under 4 %', () => {
      // Room at 5 %: 1 + 2 + 2 + 3 + 3 + 4 = 15, exactly the gap; at 4 %: 1+1+2+2+2+3 = 11.
      expect(units(replan(deals, missed, { policy: 'spread', cap: '0.05' }).cascade)).toEqual([
        5, 10, 31, 42, 52, 63, 73, 84,
      ]);
      const tight = replan(deals, missed, { policy: 'spread', cap: '0.04' });
      expect(units(tight.cascade)).toEqual([5, 10, 31, 41, 52, 62, 72, 83]);
      expect(tight.warnings.map((w) => [w.code, w.shortfall.toString()])).toEqual([
        ['CAP_UNREACHABLE', '4'],
      ]);
      const carried = replan(deals, missed, { policy: 'carry-forward', cap: '0' });
      expect(carried.warnings.map((w) => w.shortfall.toString())).toEqual(['15']);
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
    const table: Array<[ReplanPolicy, number[]]> = [
      ['spread', [10, 11, 16, 21, 26, 31, 36, 40]],
      ['keep-shape', [10, 11, 16, 21, 26, 31, 36, 40]],
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
      expect([next.gap.toString(), next.warnings]).toEqual(['0', []]);
    }
  });

  it('needs actuals for exactly the first periods, and a period left', () => {
    const gap = () => replan(deals, [{ period: quarter(2027, 2), value: toDecimal('1') }]);
    expect(gap).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot replan objective: 1 issue
        - actuals[0]: No actual for the elapsed period FY2027-Q1 (received actuals for FY2027-Q2; expected one actual for each of the first 1 periods of the cascade)]
    `);
    expect(() => replan(deals, missed, { cap: '-0.1' })).toThrow(/The cap must not be negative/);
    const all = actuals('1', '1', '1', '1', '1', '1', '1', '1');
    expect(() => replan(deals, all)).toThrow(/No period remains to replan/);
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
});

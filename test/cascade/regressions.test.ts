// One test per defect of issue 11 in the cascade engine, named after what went wrong. Each was
// written before its fix and failed then.
import { describe, expect, it } from 'vitest';
import {
  type Cascade,
  calendarYear,
  captureTarget,
  cascade,
  money,
  replan,
  stepTarget,
  toDecimal,
  ValidationError,
} from '../../src/index.js';
import { julyFy, metric, objective } from './fixtures.js';

function caught(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** Code and path of each issue of a ValidationError thrown by `fn`. */
const issuesOf = (fn: () => unknown) =>
  caught(fn).issues.map((issue) => [issue.code, issue.path.join('.')]);

const units = (plan: Cascade) => Array.from(plan.units);
const count = metric('sum', { kind: 'count' });
const year2027 = (target: string) => ({
  ...objective('sum', '0', target, '2027-01-01', '2027-12-31'),
  metric: count,
});

describe('cascade regressions (issue 11)', () => {
  it('reads decimal strings where a Decimal is expected instead of throwing a TypeError', () => {
    const strings = cascade(year2027('100'), calendarYear, {
      granularity: 'quarter',
      shape: { kind: 'linear', from: '1', to: '1.6' },
    } as never);
    const decimals = cascade(year2027('100'), calendarYear, {
      granularity: 'quarter',
      shape: { kind: 'linear', from: toDecimal('1'), to: toDecimal('1.6') },
    });
    expect(units(strings)).toEqual(units(decimals));
  });

  it("refuses the granularity 'decade' with a ValidationError, not a RangeError", () => {
    expect(
      issuesOf(() => cascade(year2027('100'), calendarYear, { granularity: 'decade' } as never)),
    ).toEqual([['invalid-value', 'options.granularity']]);
  });

  it('refuses an objective that is not one, naming the argument', () => {
    expect(issuesOf(() => cascade(null as never, calendarYear))).toEqual([
      ['invalid-type', 'objective'],
    ]);
    expect(
      issuesOf(() => cascade(year2027('100'), { kind: 'month-based' } as never, {})),
    ).toContainEqual(['required', 'calendar.id']);
  });

  it('cascades custom weights with 20 decimal places instead of calling one too large', () => {
    const plan = cascade(year2027('1000'), calendarYear, {
      granularity: 'quarter',
      shape: { kind: 'custom', weights: ['1', '1', '1', '0.00000000000000000001'] },
    } as never);
    // Checkpoints 333.33…, 666.66…, 999.99…, 1000 round to 333, 667, 1000, 1000.
    expect(units(plan)).toEqual([333, 334, 333, 0]);
  });

  it('cascades a geometric rate just above -1 instead of calling a weight NaN', () => {
    const plan = cascade(year2027('1000'), calendarYear, {
      granularity: 'quarter',
      shape: { kind: 'geometric', rate: '-0.99999999999999999999' },
    } as never);
    // A yearly factor of 1e-20 is 1e-5 a quarter: weights 1, 1e-5, 1e-10, 1e-15 (times 1 − 1e-5).
    expect(units(plan)).toEqual([1000, 0, 0, 0]);
  });

  it('cascades an S-curve of steepness 1e-20 (nearly even) instead of calling all weights zero', () => {
    const plan = cascade(year2027('1000'), calendarYear, {
      granularity: 'quarter',
      shape: { kind: 's-curve', midpoint: '0.5', steepness: '1e-20' },
    } as never);
    expect(units(plan)).toEqual([250, 250, 250, 250]);
  });

  it('refuses a step index that does not exist with a ValidationError, not a RangeError', () => {
    const plan = cascade(year2027('4'), calendarYear, { granularity: 'quarter' });
    expect(issuesOf(() => stepTarget(plan, 4))).toEqual([['too-big', 'step']]);
  });
});

describe('captureTarget regressions (issue 11)', () => {
  it.each([1e9, -1e9])('refuses sizeYear %d at once instead of running out of memory', (year) => {
    const started = performance.now();
    const issues = issuesOf(() =>
      captureTarget(
        {
          yearlySize: money('1000000.00', 'USD'),
          sizeYear: year,
          growthRate: toDecimal('0.1'),
          targetShare: toDecimal('0.02'),
        },
        { start: '2027-01-01', end: '2028-12-31' },
        calendarYear,
      ),
    );
    expect(issues).toEqual([[year > 0 ? 'too-big' : 'too-small', 'opportunity.sizeYear']]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('replan regressions (issue 11)', () => {
  const plan = cascade(year2027('40'), calendarYear, { granularity: 'quarter' });
  const q = (index: number) =>
    ({ calendar: 'calendar', granularity: 'quarter', year: 2027, index }) as const;
  const first = [{ period: q(1), value: toDecimal('4') }];

  it('refuses a misspelled policy instead of spreading silently', () => {
    expect(issuesOf(() => replan(plan, first, { policy: 'spead' } as never))).toEqual([
      ['invalid-value', 'options.policy'],
    ]);
  });

  it.each([
    ['-0.1', 'too-small'],
    [Number.NaN, 'invalid-decimal'],
  ])('refuses the cap %s under options.cap', (cap, code) => {
    expect(issuesOf(() => replan(plan, first, { cap: cap as never }))).toEqual([
      [code, 'options.cap'],
    ]);
  });

  it('keeps sums past 2^53 units exact', () => {
    const m = '9007199254740991';
    const big = cascade(
      { ...objective('sum', '0', m, '2027-01-01', '2028-12-31'), metric: count },
      calendarYear,
      { granularity: 'quarter' },
    );
    const values = [m, m, m, `-${m}`, `-${m}`];
    const next = replan(
      big,
      values.map((value, i) => ({
        period: { ...q((i % 4) + 1), year: 2027 + Math.floor(i / 4) },
        value: toDecimal(value),
      })),
    );
    // The actuals add up to the target exactly (3m − 2m = m): nothing is left for the last three
    // quarters. In doubles, 3m rounds to a multiple of 4 and the remainder came out as 2.
    expect(units(next.cascade).slice(5)).toEqual([0, 0, 0]);
  });

  it('refuses an actual of another calendar instead of matching it by its key', () => {
    const july = { calendar: julyFy.id, granularity: 'quarter', year: 2027, index: 1 } as const;
    expect(issuesOf(() => replan(plan, [{ period: july, value: toDecimal('4') }]))).toEqual([
      ['calendar-mismatch', 'actuals.0.period'],
    ]);
  });
});

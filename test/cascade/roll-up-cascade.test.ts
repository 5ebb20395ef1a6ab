import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { calendarYear, cascade, rollUpCascade, ValidationError } from '../../src/index.js';
import { julyFy, metric, objective, retail445 } from './fixtures.js';

const units = (plan: { units: ArrayLike<number> }) => Array.from(plan.units);

describe('rollUpCascade', () => {
  test.prop([
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 0, max: 1e9 }),
    fc.constantFrom('sum' as const, 'last' as const),
  ])(
    'rolls an even monthly cascade over whole quarters into the quarterly one: equal shares, the same running totals at every quarter end (so the same targets), and by largest remainder the same targets when the months split evenly',
    (startMonth, years, cents, aggregation) => {
      const calendar = { kind: 'month-based' as const, id: 'fy', startMonth };
      const start = `2026-${String(startMonth).padStart(2, '0')}-01`;
      const end = new Date(Date.UTC(2026 + years, startMonth - 1, 1) - 864e5)
        .toISOString()
        .slice(0, 10);
      const make = (
        target: number,
        granularity: 'month' | 'quarter',
        method: 'running-total' | 'largest-remainder' = 'running-total',
      ) =>
        cascade(objective(aggregation, '0', `${target}e-2`, start, end), calendar, {
          granularity,
          method,
        });
      const months = make(cents, 'month');
      const rolled = rollUpCascade(months, 'quarter');
      const quarters = make(cents, 'quarter');
      expect(rolled.length).toBe(quarters.length);
      expect([rolled.firstYear, rolled.firstIndex]).toEqual([
        quarters.firstYear,
        quarters.firstIndex,
      ]);
      if (aggregation === 'sum') {
        expect(units(rolled).reduce((a, b) => a + b, 0)).toBe(cents);
        expect(Array.from(rolled.weights, (w) => w / 3)).toEqual(Array.from(quarters.weights));
      } else {
        expect(rolled.units[rolled.length - 1]).toBe(cents);
      }
      // Running totals: the monthly path at a quarter's end is the quarterly path's checkpoint.
      expect(units(rolled)).toEqual(units(quarters));
      const divisible = 12 * years * Math.floor(cents / (12 * years));
      expect(
        units(rollUpCascade(make(divisible, 'month', 'largest-remainder'), 'quarter')),
      ).toEqual(units(make(divisible, 'quarter', 'largest-remainder')));
    },
  );

  it('takes the last checkpoint of a stock and sums a flow', () => {
    const flow = cascade(objective('sum', '0', '120', '2026-07-01', '2027-06-30'), julyFy, {
      granularity: 'month',
    });
    expect(units(rollUpCascade(flow, 'half'))).toEqual([6000, 6000]);
    const stock = cascade(objective('last', '0', '120', '2026-07-01', '2027-06-30'), julyFy, {
      granularity: 'month',
    });
    expect(units(rollUpCascade(stock, 'quarter'))).toEqual([3000, 6000, 9000, 12000]);
    expect(units(rollUpCascade(stock, 'year'))).toEqual([12000]);
  });

  it('rolls the weeks of a 53-week 4-4-5 year into months of 4, 4, 5 … 6 weeks', () => {
    const weeks = cascade(
      {
        ...objective('sum', '0', '5300', '2021-12-26', '2022-12-31'),
        metric: metric('sum', { kind: 'count' }),
      },
      retail445,
      { granularity: 'week' },
    );
    expect(units(rollUpCascade(weeks, 'month'))).toEqual([
      400, 400, 500, 400, 400, 500, 400, 400, 500, 400, 400, 600,
    ]);
  });

  it('refuses a finer granularity, or one that is not a granularity', () => {
    const plan = cascade(objective('sum', '0', '1', '2027-01-01', '2027-12-31'), calendarYear, {
      granularity: 'quarter',
    });
    expect(() => rollUpCascade(plan, 'month')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot roll the cascade up: 1 issue
        - granularity: A cascade by quarter rolls up only into periods of a quarter or longer (received "month"; expected quarter or a longer period)]
    `);
    expect(() => rollUpCascade(plan, 'decade' as never)).toThrow(ValidationError);
  });

  it('rolls the JSON of a cascade up as it rolls the cascade', () => {
    const plan = cascade(objective('sum', '0', '120', '2026-07-01', '2027-06-30'), julyFy, {
      granularity: 'month',
    });
    const json = JSON.parse(JSON.stringify(plan));
    expect(units(rollUpCascade(json, 'quarter'))).toEqual(units(rollUpCascade(plan, 'quarter')));
  });
});

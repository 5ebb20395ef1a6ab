import { describe, expect, it } from 'vitest';
import { cascade, stepTarget } from '../../src/index.js';
import { julyFy, metric, objective } from './fixtures.js';

// 1,200 deals over FY2027 of a July calendar (July 2026 to June 2027): 100 a month.
const deals = cascade(
  {
    ...objective('sum', '0', '1200', '2026-07-01', '2027-06-30'),
    metric: metric('sum', { kind: 'count' }),
  },
  julyFy,
  { granularity: 'month' },
);
// 8 → 20 certified consultants over the same months: checkpoints 9, 10, … 20.
const consultants = cascade(
  {
    ...objective('last', '8', '20', '2026-07-01', '2027-06-30'),
    metric: metric('last', { kind: 'count' }),
  },
  julyFy,
  { granularity: 'month' },
);
const q = (index: number) =>
  ({ calendar: julyFy.id, granularity: 'quarter', year: 2027, index }) as const;

describe('stepTarget', () => {
  it('reads a step by its index, its period or its key', () => {
    expect(stepTarget(deals, 0).toString()).toBe('100');
    expect(stepTarget(deals, 'FY2027-M12').toString()).toBe('100');
    expect(
      stepTarget(consultants, {
        calendar: julyFy.id,
        granularity: 'month',
        year: 2027,
        index: 3,
      }).toString(),
    ).toBe('11');
  });

  it('combines the steps of a coarser period as the aggregation rule says', () => {
    // A flow's quarter is the sum of its three months; a stock's is its last checkpoint.
    expect(stepTarget(deals, q(2)).toString()).toBe('300');
    expect(stepTarget(deals, 'FY2027').toString()).toBe('1200');
    expect(stepTarget(consultants, q(2)).toString()).toBe('14');
    expect(stepTarget(consultants, 'FY2027-H1').toString()).toBe('14');
  });

  it('refuses a step that does not exist, naming the argument', () => {
    expect(() => stepTarget(deals, 12)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot read the step of the cascade: 1 issue
        - step: No step 12 in a cascade of 12 steps (received 12; expected a step index from 0 to 11, or a period)]
    `);
    expect(() => stepTarget(deals, 1.5)).toThrow(/No step 1.5/);
    expect(() => stepTarget(deals, 'FY2028-Q1')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot read the step of the cascade: 1 issue
        - step: The period FY2028-Q1 lies outside the horizon 2026-07-01 to 2027-06-30 (received "FY2028-Q1"; expected a period that meets the horizon 2026-07-01 to 2027-06-30)]
    `);
    expect(() =>
      stepTarget(deals, { ...q(1), calendar: 'calendar' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot read the step of the cascade: 1 issue
        - step: The period FY2027-Q1 is of the calendar "calendar", not of the plan's calendar "stratus-fy" (received "calendar"; expected a period of the calendar "stratus-fy", or its key such as "FY2027-Q1")]
    `);
    expect(() => stepTarget(byQuarter(), 'FY2027-M01')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot read the step of the cascade: 1 issue
        - step: The period FY2027-M01 is shorter than the cascade's steps of a quarter (received "FY2027-M01"; expected a period of a quarter or longer)]
    `);
    expect(() => stepTarget(deals, 'next quarter')).toThrow(/step/);
  });
});

function byQuarter() {
  return cascade(
    {
      ...objective('sum', '0', '1200', '2026-07-01', '2027-06-30'),
      metric: metric('sum', { kind: 'count' }),
    },
    julyFy,
    { granularity: 'quarter' },
  );
}

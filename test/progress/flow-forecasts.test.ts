// The three forecasts of a flow, each with hand-checked numbers: what each method projects, which
// periods it reads, and what it says when it has too little to go on.
import { describe, expect, it } from 'vitest';
import { calendarYear, type EvaluateProgressOptions, evaluateProgress } from '../../src/index.js';
import { actualsOf, json, month, planOf, quarter } from './fixtures.js';

const monthly = planOf({
  target: 120,
  steps: Array.from({ length: 12 }, (_, i) => [month(i + 1), 10] as const),
});
const quarterly = planOf({
  target: 30,
  steps: [
    [quarter(1), 0],
    [quarter(2), 10],
    [quarter(3), 10],
    [quarter(4), 10],
  ],
});

const forecastsOf = (
  plan: typeof monthly,
  actuals: ReadonlyArray<readonly [ReturnType<typeof month>, number | string]>,
  options: EvaluateProgressOptions,
) => json(evaluateProgress(plan, actualsOf(actuals), calendarYear, options).forecasts);

describe('evaluateProgress', () => {
  it('gives no forecast at all while a completed period lacks its actual, each saying why', () => {
    // January and March recorded, February missing: nothing is known to date.
    const forecasts = forecastsOf(
      monthly,
      [
        [month(1), 10],
        [month(3), 10],
      ],
      { asOf: '2027-03-31' },
    );
    expect(forecasts).toEqual(
      ['plan-shape', 'run-rate', 'trend'].map((method) => ({
        method,
        value: null,
        inputs: {},
        reason: 'Actuals are missing for completed periods.',
      })),
    );
  });

  it('projects the recent average over the remaining periods, the running one by its unelapsed share', () => {
    // As of 2027-06-15, January to May are complete (2, 4, 6, 8, 10) and June runs with 6 on day
    // 15 of 30. The last 3 completed months average (6 + 8 + 10) / 3 = 8; what remains is half of
    // June and July to December, 0.5 + 6 = 6.5 periods: 36 + 8 × 6.5 = 88.
    const actuals = [2, 4, 6, 8, 10, 6].map((value, i) => [month(i + 1), value] as const);
    const [, runRate] = forecastsOf(monthly, actuals, { asOf: '2027-06-15' }) as unknown[];
    expect(runRate).toEqual({
      method: 'run-rate',
      value: '88',
      inputs: { periods: 3, average: '8', remainingPeriods: '6.5', actualToDate: '36' },
      reason: null,
    });
    // Over the last 2 months instead: (8 + 10) / 2 = 9 → 36 + 9 × 6.5 = 94.5.
    const [, twoMonths] = forecastsOf(monthly, actuals, {
      asOf: '2027-06-15',
      runRatePeriods: 2,
    }) as unknown[];
    expect(twoMonths).toMatchObject({ value: '94.5', inputs: { periods: 2, average: '9' } });
  });

  it('carries a rising trend on through the remaining periods', () => {
    // The same months: the line through (1, 2) … (5, 10) is 0 + 2 × index. Half of June (index
    // 6) and July to December (7 … 12) remain: 2 × (0.5 × 6 + 7 + 8 + 9 + 10 + 11 + 12) = 2 × 60
    // = 120 more, 36 + 120 = 156.
    const actuals = [2, 4, 6, 8, 10, 6].map((value, i) => [month(i + 1), value] as const);
    const [, , trend] = forecastsOf(monthly, actuals, { asOf: '2027-06-15' }) as unknown[];
    expect(trend).toEqual({
      method: 'trend',
      value: '156',
      inputs: {
        points: 5,
        slope: '2',
        intercept: '0',
        actualToDate: '36',
        remainingPeriods: '6.5',
      },
      reason: null,
    });
  });

  it('draws a trend through two completed periods already', () => {
    // (1, 2) and (2, 4): 2 × index; March to December remain, 2 × (3 + … + 12) = 2 × 75 = 150,
    // so 6 + 150 = 156.
    const [, , trend] = forecastsOf(
      monthly,
      [
        [month(1), 2],
        [month(2), 4],
      ],
      { asOf: '2027-02-28' },
    ) as unknown[];
    expect(trend).toMatchObject({ value: '156', inputs: { points: 2, slope: '2' } });
  });

  it('says why when nothing was expected to date and only one period has completed', () => {
    // Q1 planned 0 and delivered 5: no pace to apply; run-rate 5 + 5 × 3 quarters = 20.
    const forecasts = forecastsOf(quarterly, [[quarter(1), 5]], { asOf: '2027-03-31' });
    expect(forecasts).toEqual([
      {
        method: 'plan-shape',
        value: null,
        inputs: { actualToDate: '5', expectedToDate: '0' },
        reason: 'Nothing was expected to date, so there is no pace to apply.',
      },
      {
        method: 'run-rate',
        value: '20',
        inputs: { periods: 1, average: '5', remainingPeriods: '3', actualToDate: '5' },
        reason: null,
      },
      {
        method: 'trend',
        value: null,
        inputs: { points: 1 },
        reason: 'A trend needs at least two completed periods.',
      },
    ]);
  });

  it('gives only the plan-shape forecast while the first period runs', () => {
    // 2027-02-14 is day 45 of Q1's 90: expected 10 × 45/90 = 5, actual 4.5 → ratio 0.9. What
    // remains planned: 5 of Q1 and 10 × 3 = 35; 4.5 + 0.9 × 35 = 36.
    const plan = planOf({
      target: 40,
      steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const),
    });
    const forecasts = forecastsOf(plan, [[quarter(1), '4.5']], { asOf: '2027-02-14' });
    expect(forecasts).toEqual([
      {
        method: 'plan-shape',
        value: '36',
        inputs: {
          actualToDate: '4.5',
          expectedToDate: '5',
          paceRatio: '0.9',
          plannedRemaining: '35',
        },
        reason: null,
      },
      {
        method: 'run-rate',
        value: null,
        inputs: { actualToDate: '4.5' },
        reason: 'No period has completed yet.',
      },
      {
        method: 'trend',
        value: null,
        inputs: { points: 0 },
        reason: 'A trend needs at least two completed periods.',
      },
    ]);
  });
});

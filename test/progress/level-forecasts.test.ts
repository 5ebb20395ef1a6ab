// The three forecasts of a level (a stock), each with hand-checked numbers and its inputs: the
// movement to date applied to the rest of the plan, the recent change per period, the trend from
// the baseline; and what each says when it cannot forecast.
import { describe, expect, it } from 'vitest';
import { calendarYear, type EvaluateProgressOptions, evaluateProgress } from '../../src/index.js';
import { actualsOf, json, planOf, quarter } from './fixtures.js';

const quarters = (levels: ReadonlyArray<number>) =>
  levels.map((level, i) => [quarter(i + 1), level] as const);

/** Certified consultants from 8 to 40, planned 16, 24, 32 and 40 at the quarters' ends. */
const growing = planOf({
  aggregation: 'last',
  baseline: 8,
  target: 40,
  steps: quarters([16, 24, 32, 40]),
});

const forecastsOf = (
  plan: typeof growing,
  levels: ReadonlyArray<number>,
  options: EvaluateProgressOptions,
) => json(evaluateProgress(plan, actualsOf(quarters(levels)), calendarYear, options).forecasts);

describe('evaluateProgress', () => {
  it('gives no forecast of a level before any is recorded, each saying why', () => {
    expect(forecastsOf(growing, [], { asOf: '2027-02-01' })).toEqual([
      {
        method: 'plan-shape',
        value: null,
        inputs: {},
        reason: 'No level has been recorded yet.',
      },
      {
        method: 'run-rate',
        value: null,
        inputs: {},
        reason: 'No level has been recorded at the plan’s periods yet.',
      },
      {
        method: 'trend',
        value: null,
        inputs: {},
        reason: 'A trend needs a level recorded at one of the plan’s periods besides the baseline.',
      },
    ]);
  });

  it('forecasts a growing stock by its movement, its recent change and its trend', () => {
    // Q1 14 and Q2 22 against 16 and 24: movement (22 − 8) / (24 − 8) = 0.875 of the plan's, so
    // plan-shape 8 + 0.875 × (40 − 8) = 36. Over the last period, the change is 22 − 14 = 8 a
    // quarter: 22 + 8 × 2 remaining = 38. The trend through (0, 8), (1, 14), (2, 22) has slope 7
    // and intercept 23/3: at 4, 23/3 + 28 = 35.6667.
    const [planShape, runRate, trend] = forecastsOf(growing, [14, 22], {
      asOf: '2027-06-30',
      runRatePeriods: 1,
    }) as Array<Record<string, unknown>>;
    expect(planShape).toEqual({
      method: 'plan-shape',
      value: '36',
      inputs: {
        baseline: '8',
        current: '22',
        expectedToDate: '24',
        movementRatio: '0.875',
        finalLevel: '40',
      },
      reason: null,
    });
    expect(runRate).toEqual({
      method: 'run-rate',
      value: '38',
      inputs: { periods: 1, changePerPeriod: '8', latest: '22', remainingPeriods: 2 },
      reason: null,
    });
    expect([trend?.['method'], Number(trend?.['value']).toFixed(4), trend?.['reason']]).toEqual([
      'trend',
      '35.6667',
      null,
    ]);
    expect(trend?.['inputs']).toMatchObject({ points: 3, slope: '7', periods: 4 });
  });

  it('says why there is no plan-shape forecast when the plan expected no movement yet', () => {
    // Q1's checkpoint is the baseline 10: no movement planned, but the level moved to 12.
    const plan = planOf({
      aggregation: 'last',
      baseline: 10,
      target: 20,
      steps: quarters([10, 20, 20, 20]),
    });
    const [planShape] = forecastsOf(plan, [12], { asOf: '2027-03-31' }) as unknown[];
    expect(planShape).toEqual({
      method: 'plan-shape',
      value: null,
      inputs: { current: '12', expectedToDate: '10', baseline: '10' },
      reason: 'The plan expected no movement from the baseline yet.',
    });
  });

  it('forecasts a maintained level by its ratio to the plan, and from one recorded level', () => {
    // Held at 100; Q1 closes at 98: ratio 0.98, so 100 × 0.98 = 98 at the end. From (0, 100) to
    // (1, 98) the level loses 2 a quarter: 98 − 2 × 3 = 92, and the trend line says the same.
    const plan = planOf({
      aggregation: 'last',
      direction: 'maintain',
      baseline: 100,
      target: 100,
      steps: quarters([100, 100, 100, 100]),
    });
    expect(forecastsOf(plan, [98], { asOf: '2027-03-31' })).toEqual([
      {
        method: 'plan-shape',
        value: '98',
        inputs: { current: '98', expectedToDate: '100', levelRatio: '0.98', finalLevel: '100' },
        reason: null,
      },
      {
        method: 'run-rate',
        value: '92',
        inputs: { periods: 1, changePerPeriod: '-2', latest: '98', remainingPeriods: 3 },
        reason: null,
      },
      {
        method: 'trend',
        value: '92',
        inputs: { points: 2, slope: '-2', intercept: '100', periods: 4 },
        reason: null,
      },
    ]);
  });

  it('says why a maintained level whose plan is zero has no plan-shape forecast', () => {
    const plan = planOf({
      aggregation: 'last',
      direction: 'maintain',
      baseline: 0,
      target: 0,
      steps: quarters([0, 0, 0, 0]),
    });
    const [planShape] = forecastsOf(plan, [1], { asOf: '2027-03-31' }) as unknown[];
    expect(planShape).toEqual({
      method: 'plan-shape',
      value: null,
      inputs: { current: '1', expectedToDate: '0' },
      reason: 'The planned level to date is zero.',
    });
  });
});

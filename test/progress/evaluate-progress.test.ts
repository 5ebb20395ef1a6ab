import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  type EvaluateProgressOptions,
  evaluateProgress,
  isValidationError,
  type ProgressActual,
  type ProgressActualJson,
  type ProgressPlan,
} from '../../src/index.js';
import { actualsOf, json, messagesOf, month, planOf, quarter } from './fixtures.js';

const run = (
  plan: ProgressPlan,
  actuals: ReadonlyArray<ProgressActual | ProgressActualJson>,
  options: EvaluateProgressOptions,
) => evaluateProgress(plan, actuals, calendarYear, options);
const months = (targets: ReadonlyArray<number | string>) =>
  targets.map((target, i) => [month(i + 1), target] as const);
const quarters = (
  targets: ReadonlyArray<number | string>,
): Array<readonly [ReturnType<typeof quarter>, number | string]> =>
  targets.map((target, i) => [quarter(i + 1), target] as const);

// A Q4-heavy seasonal plan: 5 a month through August, then 10, 15, 15, 20 (total 100).
const seasonal = planOf({ target: 100, steps: months([5, 5, 5, 5, 5, 5, 5, 5, 10, 15, 15, 20]) });

describe('evaluateProgress', () => {
  it('reads a seasonal plan exactly on pace as on-track in its light months', () => {
    // By 2027-08-15 January to July are complete: expected 7 × 5 = 35. August has no actual yet,
    // so it is left out of both sides. Actual 35 → pace 35 / 35 = 1. (A straight line through the
    // year would have expected 100 × 227/365 ≈ 62 and called this 44 % behind.)
    const p = run(seasonal, actualsOf(months([5, 5, 5, 5, 5, 5, 5])), { asOf: '2027-08-15' });
    expect(json([p.expectedToDate, p.actualToDate, p.gap, p.pace, p.attainment])).toEqual([
      '35',
      '35',
      '0',
      '1',
      '0.35',
    ]);
    expect(p.status.status).toBe('on-track');
    expect(p.status.rule).toBe(
      'Pace 1 (actual 35 against 35 expected to date) is at least the on-track threshold 0.95.',
    );
    // Remaining plan: August 5 + 10 + 15 + 15 + 20 = 65, still needed 100 − 35 = 65 → ratio 1.
    expect(json([p.requiredRate.needed, p.requiredRate.planned, p.requiredRate.ratio])).toEqual([
      '65',
      '65',
      '1',
    ]);
    expect(json(p.forecast)).toMatchObject({ method: 'plan-shape', value: '100' });
    // Run-rate and trend ignore the seasonality: 35 + 5 × 5 remaining months = 60.
    expect(json(p.forecasts.map((f) => f.value))).toEqual(['100', '60', '60']);
  });

  it('prorates the current period by days when it has an actual', () => {
    // 2027-04-15 is day 15 of April's 30: expected 3 × 5 + 5 × 15/30 = 17.5; actual 15 + 2.5.
    const p = run(seasonal, actualsOf(months([5, 5, 5, '2.5'])), { asOf: '2027-04-15' });
    expect(json([p.expectedToDate, p.actualToDate, p.pace])).toEqual(['17.5', '17.5', '1']);
    expect(p.periods[3]).toMatchObject({
      key: 'FY2027-M04',
      state: 'current',
      elapsedDays: 15,
      totalDays: 30,
    });
    expect(json(p.requiredRate.periods[0])).toEqual({
      key: 'FY2027-M04',
      planned: '2.5',
      required: '2.5',
    });
  });

  it('reads a flat plan 40 % behind at mid-year as off-track', () => {
    // 10 a month, 6 delivered each month to June: expected 60, actual 36 → pace 0.6 < 0.8.
    const plan = planOf({ target: 120, steps: months(Array(12).fill(10)) });
    const p = run(plan, actualsOf(months(Array(6).fill(6))), { asOf: '2027-06-30' });
    expect(json([p.expectedToDate, p.actualToDate, p.gap, p.pace])).toEqual([
      '60',
      '36',
      '-24',
      '0.6',
    ]);
    expect(json(p.status)).toEqual({
      status: 'off-track',
      rule: 'Pace 0.6 (actual 36 against 60 expected to date) is below the at-risk threshold 0.8.',
      numbers: {
        pace: '0.6',
        attainment: '0.3',
        expectedToDate: '60',
        actualToDate: '36',
        gap: '-24',
        threshold: '0.8',
      },
      missingPeriods: [],
    });
    // Still needed 120 − 36 = 84 over a planned 60 → every month must deliver 1.4 × 10 = 14.
    expect(json(p.requiredRate)).toMatchObject({
      toReach: '120',
      needed: '84',
      planned: '60',
      ratio: '1.4',
    });
    expect(json(p.requiredRate.periods.map((r) => r.required))).toEqual(Array(6).fill('14'));
    // Plan-shape 36 + 0.6 × 60 = 72; run-rate 36 + 6 × 6 = 72; trend flat at 6 → 72.
    expect(json(p.forecasts)).toEqual([
      {
        method: 'plan-shape',
        value: '72',
        inputs: {
          actualToDate: '36',
          expectedToDate: '60',
          paceRatio: '0.6',
          plannedRemaining: '60',
        },
        reason: null,
      },
      {
        method: 'run-rate',
        value: '72',
        inputs: { periods: 3, average: '6', remainingPeriods: '6', actualToDate: '36' },
        reason: null,
      },
      {
        method: 'trend',
        value: '72',
        inputs: {
          points: 6,
          slope: '0',
          intercept: '6',
          actualToDate: '36',
          remainingPeriods: '6',
        },
        reason: null,
      },
    ]);
  });

  it('reads a discount-depth objective moving the right way as progress', () => {
    // From 22 % down to 14 %: checkpoints 20, 18, 16, 14. At Q2's end 18.2: moved 22 − 18.2 = 3.8
    // of a planned 4 → pace 0.95 (on-track); progress 3.8 / 8 = 0.475.
    const plan = planOf({
      aggregation: 'last',
      direction: 'decrease',
      baseline: 22,
      target: 14,
      steps: quarters([20, 18, 16, 14]),
    });
    const p = run(
      plan,
      actualsOf([
        [quarter(1), '20.5'],
        [quarter(2), '18.2'],
      ]),
      { asOf: '2027-06-30' },
    );
    expect(p.kind).toBe('stock');
    expect(
      json([p.expectedToDate, p.actualToDate, p.gap, p.pace, p.progress, p.attainment]),
    ).toEqual(['18', '18.2', '0.2', '0.95', '0.475', '0.475']);
    expect(p.measuredAt).toBe('2027-06-30');
    expect(p.status.rule).toBe(
      'Pace 0.95 (moved -3.8 from the baseline 22 against -4 planned by 2027-06-30) is at least the on-track threshold 0.95.',
    );
    // Per period: Q1 (20.5 − 22) / (20 − 22) = 0.75; Q2 (18.2 − 22) / (18 − 22) = 0.95.
    expect(json(p.periods.map((x) => x.attainment))).toEqual(['0.75', '0.95', null, null]);
    // Needed 14 − 18.2 = −4.2 of a planned −4 → ratio 1.05; Q3 must reach 18.2 + 1.05 × (16 − 18) = 16.1.
    expect(json(p.requiredRate)).toEqual({
      toReach: '14',
      needed: '-4.2',
      planned: '-4',
      ratio: '1.05',
      periods: [
        { key: 'FY2027-Q3', planned: '16', required: '16.1' },
        { key: 'FY2027-Q4', planned: '14', required: '14' },
      ],
    });
    // Plan-shape 22 + 0.95 × (14 − 22) = 14.4; run-rate (18.2 − 22) / 2 a quarter → 18.2 − 3.8 = 14.4;
    // trend through (0, 22), (1, 20.5), (2, 18.2): slope −1.9, intercept 22.1333… → 14.5333… at 4.
    const [planShape, runRate, trend] = p.forecasts;
    expect(json([planShape?.value, runRate?.value])).toEqual(['14.4', '14.4']);
    expect(trend?.value?.toFixed(4)).toBe('14.5333');
  });

  it('reads a discount moving the wrong way as negative progress', () => {
    const plan = planOf({
      aggregation: 'last',
      direction: 'decrease',
      baseline: 22,
      target: 14,
      steps: quarters([20, 18, 16, 14]),
    });
    const p = run(plan, actualsOf([[quarter(2), 23]]), { asOf: '2027-06-30' });
    // (23 − 22) / (14 − 22) = −0.125; pace (23 − 22) / (18 − 22) = −0.25.
    expect(json([p.progress, p.pace, p.status.status])).toEqual(['-0.125', '-0.25', 'off-track']);
  });

  it('reads a stock below its baseline as negative progress, not as a crash', () => {
    // Certified consultants from 8 to 40; Q1 closes at 6: progress (6 − 8) / 32 = −0.0625,
    // pace (6 − 8) / (16 − 8) = −0.25, read at Q1's end although the as-of date is later.
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 40]),
    });
    const p = run(plan, actualsOf([[quarter(1), 6]]), { asOf: '2027-04-10' });
    expect(json([p.progress, p.pace, p.expectedToDate, p.measuredAt])).toEqual([
      '-0.0625',
      '-0.25',
      '16',
      '2027-03-31',
    ]);
    expect(p.status.status).toBe('off-track');
  });

  it('interpolates a stock plan by days inside the running period', () => {
    // 2027-02-14 is day 45 of Q1's 90: expected 8 + (16 − 8) × 45/90 = 12.
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 40]),
    });
    const p = run(plan, actualsOf([[quarter(1), 12]]), { asOf: '2027-02-14' });
    expect(json([p.expectedToDate, p.pace, p.measuredAt, p.status.status])).toEqual([
      '12',
      '1',
      '2027-02-14',
      'on-track',
    ]);
  });

  it('compares an average with the plan’s mean over the same days, as its aggregation rule says', () => {
    // Utilization averaged over Q1 was 11.9. The plan runs from 8 (on 2026-12-31) to the Q1
    // checkpoint 16 (on 2027-03-31, 90 days later): day t of Q1 plans 8 + 8t/90, so its mean over
    // t = 1..90 is 8 + 8 × 45.5/90 = 12.0444…. Pace (11.9 − 8) / (12.0444… − 8) = 3.9 × 90/364
    // = 0.9642… → on-track. (Read as a level at the quarter's end it would be 3.9/8 = 0.49.)
    const plan = planOf({
      aggregation: 'average',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 40]),
    });
    const p = run(plan, actualsOf([[quarter(1), '11.9']]), { asOf: '2027-04-10' });
    expect(p.kind).toBe('average');
    expect([p.expectedToDate.toFixed(4), p.pace?.toFixed(4), p.measuredAt]).toEqual([
      '12.0444',
      '0.9643',
      '2027-03-31',
    ]);
    expect(p.status.status).toBe('on-track');
    expect(p.status.rule).toBe(
      'Pace 0.9643 (moved 3.9 from the baseline 8 against 4.0444 planned on average from 2027-01-01 to 2027-03-31) is at least the on-track threshold 0.95.',
    );
    expect([p.periods[0]?.planned.toFixed(4), p.periods[0]?.attainment?.toFixed(4)]).toEqual([
      '12.0444',
      '0.9643',
    ]);
    // Inside the running quarter the mean covers the days so far: on 2027-02-14 (45 days) the
    // plan's mean is 8 + 8 × 23/90 = 10.0444…, so a mean of 12 is well ahead: 4 / 2.0444… = 1.9565.
    const early = run(plan, actualsOf([[quarter(1), 12]]), { asOf: '2027-02-14' });
    expect([early.expectedToDate.toFixed(4), early.pace?.toFixed(4), early.status.status]).toEqual([
      '10.0444',
      '1.9565',
      'ahead',
    ]);
  });

  it('lists the missing periods and reads unknown, never treating a missing actual as zero', () => {
    const plan = planOf({ target: 120, steps: months(Array(12).fill(10)) });
    const p = run(
      plan,
      actualsOf([
        [month(1), 10],
        [month(3), 10],
      ]),
      { asOf: '2027-03-31' },
    );
    expect(p.status.status).toBe('unknown');
    expect(p.status.missingPeriods).toEqual(['FY2027-M02']);
    expect(p.status.rule).toBe(
      'Actuals are missing for FY2027-M02; a missing actual is never read as zero.',
    );
    expect([p.actualToDate, p.pace, p.attainment, p.requiredRate.ratio]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(p.forecasts.map((f) => f.reason)).toEqual(
      Array(3).fill('Actuals are missing for completed periods.'),
    );
    expect(messagesOf(p)).toContain('No pace: actuals are missing for FY2027-M02.');
    expect(p.missingActuals).toEqual(['FY2027-M02']);
    expect(p.findings[0]).toMatchObject({
      code: 'actuals-missing',
      severity: 'warning',
      subjects: [
        { kind: 'objective', id: 'objective' },
        { kind: 'period', id: 'FY2027-M02' },
      ],
      evidence: [
        {
          label: 'Period without an actual',
          value: 'FY2027-M02',
          path: ['plan', 'steps', 1, 'period'],
        },
      ],
      params: { objective: 'objective', periods: 'FY2027-M02', count: 1 },
    });
  });

  it('reads a stock without any level unknown once a period has completed', () => {
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 40]),
    });
    expect(run(plan, [], { asOf: '2027-04-01' }).status).toMatchObject({
      status: 'unknown',
      missingPeriods: ['FY2027-Q1'],
    });
    const early = run(plan, [], { asOf: '2027-02-01' });
    expect(early.status).toMatchObject({ status: 'unknown', missingPeriods: [] });
    expect(early.forecasts.every((f) => f.value === null && f.reason !== null)).toBe(true);
  });

  it('reads not-started before the horizon starts', () => {
    const p = run(seasonal, [], { asOf: '2026-12-31' });
    expect(p.status.status).toBe('not-started');
    expect(p.status.rule).toBe(
      'The horizon starts on 2027-01-01, after the as-of date 2026-12-31.',
    );
  });

  it('reads achieved once an increasing flow meets its target, even before the end', () => {
    const plan = planOf({ target: 100, steps: quarters([25, 25, 25, 25]) });
    const early = run(
      plan,
      actualsOf([
        [quarter(1), 60],
        [quarter(2), 50],
      ]),
      { asOf: '2027-06-30' },
    );
    expect(early.status.rule).toBe(
      'Attainment 1.1 is at least the achieved threshold 1, so the target is already met.',
    );
    const end = run(plan, actualsOf(quarters([25, 25, 25, 25])), { asOf: '2027-12-31' });
    expect(end.status.status).toBe('achieved');
  });

  it('reads off-track when the horizon ended short of the target', () => {
    const plan = planOf({ target: 100, steps: quarters([25, 25, 25, 25]) });
    const p = run(plan, actualsOf(quarters([25, 25, 25, 20])), { asOf: '2028-02-01' });
    expect(p.status.rule).toBe(
      'The horizon ended on 2027-12-31 with attainment 0.95, below the achieved threshold 1.',
    );
  });

  it('reads a decreasing flow as a budget: under plan is ahead, the total is judged at the end', () => {
    // Escalations capped at 10 a quarter: 8 + 8 against 20 → 2 − 16/20 = 1.2.
    const plan = planOf({ direction: 'decrease', target: 40, steps: quarters([10, 10, 10, 10]) });
    const p = run(
      plan,
      actualsOf([
        [quarter(1), 8],
        [quarter(2), 8],
      ]),
      { asOf: '2027-06-30' },
    );
    expect(json([p.pace, p.attainment, p.status.status])).toEqual(['1.2', null, 'ahead']);
    expect(messagesOf(p)).toContain(
      'No attainment yet: a decrease flow’s total is judged when the horizon ends on 2027-12-31.',
    );
    const end = run(plan, actualsOf(quarters([8, 8, 10, 10])), { asOf: '2027-12-31' });
    expect(json([end.attainment, end.status.status])).toEqual(['1.1', 'achieved']);
  });

  it('holds a maintained metric within its tolerance band and flags it beyond', () => {
    const plan = planOf({
      aggregation: 'last',
      direction: 'maintain',
      baseline: 90,
      target: 90,
      steps: quarters([90, 90, 90, 90]),
    });
    // 88 / 90 is 2.2 % off, inside ±5 % → pace 1. 80 / 90 is 11.1 % off → 1 − 0.111… ≈ 0.889, at-risk.
    expect(json(run(plan, actualsOf([[quarter(2), 88]]), { asOf: '2027-06-30' }).pace)).toBe('1');
    const low = run(plan, actualsOf([[quarter(2), 80]]), { asOf: '2027-06-30' });
    expect(low.status.rule).toContain('(level 80 against 90 planned by 2027-06-30)');
    expect([low.pace?.toFixed(4), low.status.status]).toEqual(['0.8889', 'at-risk']);
    expect(low.status.rule).toContain('is below the on-track threshold 0.95');
    expect(run(plan, actualsOf([[quarter(4), 88]]), { asOf: '2027-12-31' }).status.status).toBe(
      'achieved',
    );
    const flow = planOf({ direction: 'maintain', target: 40, steps: quarters([10, 10, 10, 10]) });
    const held = run(flow, actualsOf([[quarter(1), '9.6']]), { asOf: '2027-03-31' });
    expect(json([held.pace, held.status.status])).toEqual(['1', 'on-track']);
    expect(held.status.rule).toContain('a maintained metric within ±0.05 of its plan reads 1');
  });

  it('answers null with a reason instead of dividing by zero', () => {
    const plan = planOf({ target: 0, steps: quarters([0, 0, 0, 0]) });
    const nothing = run(plan, actualsOf([[quarter(1), 0]]), { asOf: '2027-03-31' });
    expect(json([nothing.pace, nothing.attainment])).toEqual(['1', null]);
    expect(messagesOf(nothing)).toContain('No attainment: the objective’s target is zero.');
    const something = run(plan, actualsOf([[quarter(1), 5]]), { asOf: '2027-03-31' });
    expect(something.pace).toBeNull();
    expect(something.status.rule).toBe('No pace: the plan expected nothing to date.');
    const noneYet = run(seasonal, [], { asOf: '2027-01-15' });
    expect([noneYet.pace, noneYet.status.status]).toEqual([null, 'unknown']);
    expect(noneYet.status.rule).toBe(
      'No pace: no period of the plan has completed and the running one has no actual yet.',
    );
    const flat = planOf({
      aggregation: 'last',
      baseline: 5,
      target: 5,
      steps: quarters([5, 5, 5, 5]),
    });
    const still = run(flat, actualsOf([[quarter(1), 5]]), { asOf: '2027-03-31' });
    expect(json([still.pace, still.progress])).toEqual(['1', null]);
    const moved = run(flat, actualsOf([[quarter(1), 6]]), { asOf: '2027-03-31' });
    expect(moved.pace).toBeNull();
    expect(moved.forecasts[0]?.reason).toBe('The plan expected no movement from the baseline yet.');
  });

  it('reads only the plan objective’s actuals and says which actuals were not counted', () => {
    const plan = planOf({ id: 'deals', target: 40, steps: quarters([10, 10, 10, 10]) });
    const p = run(
      plan,
      [
        { objective: 'deals', period: 'FY2027-Q1', value: '10' },
        { objective: 'other', period: 'FY2027-Q2', value: '99' },
        { objective: 'deals', period: 'FY2027-M04', value: '3' },
      ],
      { asOf: '2027-06-30' },
    );
    expect(p.status.missingPeriods).toEqual(['FY2027-Q2']);
    // A monthly actual of a quarterly flow is not counted, and a coded finding says so.
    expect(p.findings.find((f) => f.code === 'actual-granularity-mismatch')).toMatchObject({
      severity: 'warning',
      message:
        '1 actual(s) recorded for periods of another granularity than the plan’s steps (quarter) were not counted: FY2027-M04.',
      evidence: [{ label: 'Actual for FY2027-M04', value: '3', path: ['actuals', 2] }],
    });
  });

  it('applies overridden thresholds and reports the chosen forecast method', () => {
    const plan = planOf({ target: 120, steps: months(Array(12).fill(10)) });
    const actuals = actualsOf(months(Array(6).fill(6)));
    const p = run(plan, actuals, {
      asOf: '2027-06-30',
      thresholds: { atRisk: '0.5' },
      forecast: 'trend',
    });
    expect([p.status.status, p.forecast.method]).toEqual(['at-risk', 'trend']);
    const short = run(plan, actualsOf([[month(1), 6]]), {
      asOf: '2027-01-31',
      forecast: 'trend',
      runRatePeriods: 1,
    });
    expect(short.forecast.reason).toBe('A trend needs at least two completed periods.');
  });

  it('forecasts a stock with too few levels as null with a reason', () => {
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 40]),
    });
    const p = run(plan, actualsOf([[month(2), 11]]), { asOf: '2027-02-28' });
    expect(json(p.forecasts.map((f) => f.reason))).toEqual([
      null,
      'No level has been recorded at the plan’s periods yet.',
      'A trend needs a level recorded at one of the plan’s periods besides the baseline.',
    ]);
    const maintain = planOf({
      aggregation: 'last',
      direction: 'maintain',
      baseline: 0,
      target: 0,
      steps: quarters([0, 0, 0, 0]),
    });
    const zero = run(maintain, actualsOf([[quarter(1), 1]]), { asOf: '2027-03-31' });
    expect([zero.pace, zero.forecasts[0]?.reason]).toEqual([
      null,
      'The planned level to date is zero.',
    ]);
  });

  it('rejects bad options with a ValidationError naming the option', () => {
    const catchError = (options: EvaluateProgressOptions) => {
      try {
        run(seasonal, [], options);
      } catch (error) {
        if (isValidationError(error)) return error.message;
      }
      return 'no error';
    };
    expect(catchError({ asOf: '2027-02-30' })).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.asOf: Not a real calendar date in the form YYYY-MM-DD (received "2027-02-30"; expected an ISO date such as "2027-03-31")"
    `);
    expect(catchError({ asOf: '27.11.2026' })).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.asOf: Not a real calendar date in the form YYYY-MM-DD (received "27.11.2026"; expected an ISO date such as "2027-03-31")"
    `);
    expect(
      catchError({ asOf: new Date(Date.UTC(2027, 1, 1)) as unknown as string }),
    ).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.asOf: Expected an ISO date, received a Date (received a Date; expected an ISO date such as "2027-03-31")"
    `);
    expect(
      catchError({ asOf: '2027-03-01', thresholds: { onTrack: '95%' } }),
    ).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.thresholds.onTrack: Not a decimal number (received "95%"; expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity), a safe integer, or a Decimal)"
    `);
    expect(
      catchError({ asOf: '2027-03-01', thresholds: { onTrak: '0.9' } as never }),
    ).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.thresholds.onTrak: Unknown option "onTrak" (received "0.9"; expected only "ahead", "onTrack", "atRisk", "achieved" and "maintainTolerance")"
    `);
    expect(
      catchError({ asOf: '2027-03-01', thresholds: { atRisk: '0.99' } }),
    ).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.thresholds: The pace thresholds must rise from atRisk to onTrack to ahead (received atRisk 0.99, onTrack 0.95, ahead 1.05; expected atRisk ≤ onTrack ≤ ahead, such as 0.8, 0.95 and 1.05)"
    `);
    expect(catchError({ asOf: '2027-03-01', runRatePeriods: 0 })).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.runRatePeriods: Below the minimum of 1 (received 0; expected a whole number from 1 to 1060)"
    `);
    expect(catchError({ asOf: '2027-03-01', forecast: 'guess' as never })).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.forecast: Not one of the accepted values (received "guess"; expected "plan-shape", "run-rate" or "trend")"
    `);
    expect(catchError({ asOf: '2027-03-01', forcast: 'trend' } as never)).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options.forcast: Unknown option "forcast" (received "trend"; expected only "asOf", "forecast", "runRatePeriods" and "thresholds")"
    `);
    expect(catchError(undefined as never)).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - options: Missing; expected an options object with asOf, such as { asOf: "2027-08-15" } (received undefined; expected an options object with asOf, such as { asOf: "2027-08-15" })"
    `);
  });
});

describe('evaluateProgress with hand-set goals that stop short', () => {
  it('runs a stock plan on from its last goal to the objective’s target at the horizon’s end', () => {
    // Goal 16 at Q1's end (day 90 from the start), then on to 40 at 2027-12-31 (275 days later).
    // At Q3's end (2027-09-30, 183 days after Q1's end): 16 + 24 × 183/275 = 31.970909…
    const plan = planOf({ aggregation: 'last', baseline: 8, target: 40, steps: quarters([16]) });
    const p = run(plan, actualsOf([[quarter(3), 30]]), { asOf: '2027-10-05' });
    expect(p.expectedToDate.toFixed(4)).toBe('31.9709');
    expect(json(p.requiredRate.toReach)).toBe('40');
    const none = run(
      planOf({ aggregation: 'last', baseline: 0, target: 365, steps: [] }),
      actualsOf([[quarter(1), 90]]),
      { asOf: '2027-04-01' },
    );
    // A straight line from 0 to 365 over the year: 90 by Q1's end → pace 1.
    expect(json([none.expectedToDate, none.pace])).toEqual(['90', '1']);
    expect(messagesOf(none)[0]).toBe(
      'The plan has no steps: the level is expected to move in a straight line from the baseline to the target.',
    );
  });

  it('expects nothing of a flow plan without steps and says so', () => {
    const p = run(planOf({ target: 10, steps: [] }), actualsOf([[quarter(1), 3]]), {
      asOf: '2027-04-01',
    });
    expect(p.status.status).toBe('unknown');
    expect(messagesOf(p)[0]).toBe(
      'The plan has no steps, so nothing is expected to date: give it a cascade’s steps or period goals.',
    );
  });
});

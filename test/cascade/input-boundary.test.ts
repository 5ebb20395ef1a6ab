// The input boundary of the cascade engine (issue 11): every function takes the JSON form or values,
// refuses anything else with a ValidationError under the argument's name, never changes its input,
// and never answers from a memo that a changed or equal calendar would make wrong.
import { describe, expect, it } from 'vitest';
import {
  type Cascade,
  type CascadeObjectiveJson,
  calendarYear,
  captureTarget,
  cascade,
  cascadeSteps,
  cascadeTotal,
  departureFromStep,
  type FiscalCalendar,
  replan,
  rollUpCascade,
  stepTarget,
  toPeriodGoals,
  ValidationError,
} from '../../src/index.js';
import { cascadeRows } from '../../src/report.js';
import { deepFreeze } from '../money/deep-freeze.js';

const json: CascadeObjectiveJson = {
  id: 'bookings',
  metric: {
    name: 'Bookings',
    unit: { kind: 'money', currency: 'EUR' },
    aggregation: 'sum',
    direction: 'increase',
  },
  baseline: '0',
  target: '1000.01',
  horizon: { start: '2027-02-15', end: '2028-03-31' },
  cascade: {
    granularity: 'month',
    shape: { kind: 'linear', from: '1', to: '2' },
    seasonality: { by: 'quarter', weights: ['1', '1', '1', '2'] },
  },
};

function issuesOf(fn: () => unknown): string[][] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError)
      return error.issues.map((i) => [i.code, i.path.join('.')]);
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('the input boundary of the cascade engine', () => {
  const plan = cascade(json, calendarYear);

  it('refuses what is not an argument of the right kind, naming it', () => {
    expect(issuesOf(() => cascade(undefined as never, calendarYear))).toEqual([
      ['required', 'objective'],
    ]);
    expect(issuesOf(() => cascade(json, calendarYear, 'month' as never))).toEqual([
      ['invalid-type', 'options'],
    ]);
    expect(issuesOf(() => cascade(json, calendarYear, { granulariy: 'month' } as never))).toEqual([
      ['unknown-field', 'options.granulariy'],
    ]);
    expect(issuesOf(() => cascade(json, calendarYear, { method: 'hamilton' } as never))).toEqual([
      ['invalid-value', 'options.method'],
    ]);
    expect(issuesOf(() => cascadeSteps(42 as never))).toEqual([['invalid-type', 'plan']]);
    expect(issuesOf(() => cascadeTotal(null as never))).toEqual([['invalid-type', 'plan']]);
    expect(issuesOf(() => cascadeRows([] as never))).toEqual([['invalid-type', 'plan']]);
    expect(issuesOf(() => rollUpCascade(plan, 'decade' as never))).toEqual([
      ['invalid-value', 'granularity'],
    ]);
    expect(issuesOf(() => replan(plan, 'FY2027-M02' as never))).toEqual([
      ['invalid-type', 'actuals'],
    ]);
    expect(issuesOf(() => replan(plan, [{ period: 'FY2027-M02', value: 1.5 as never }]))).toEqual([
      ['invalid-decimal', 'actuals.0.value'],
    ]);
    expect(issuesOf(() => toPeriodGoals(plan, { proposedBy: 'vendor', on: 'x' } as never))).toEqual(
      [['unknown-field', 'options.on']],
    );
    expect(issuesOf(() => departureFromStep(plan, 'FY2027-M02' as never))).toEqual([
      ['invalid-type', 'goal'],
    ]);
    expect(
      issuesOf(() =>
        captureTarget(
          {
            yearlySize: { amount: '1000', currency: 'USD' },
            sizeYear: 2027,
            growthRate: '0.1',
            targetShare: '2',
          },
          { start: '2027-01-01', end: '2027-12-31' },
          calendarYear,
          { shape: 'cubic' } as never,
        ),
      ),
    ).toEqual([['too-big', 'opportunity.targetShare']]);
  });

  it('accepts the JSON of a cascade back in every function, with the same results', () => {
    const back = JSON.parse(JSON.stringify(plan)) as Cascade;
    expect([Object.keys(back), back.units]).toEqual([Object.keys(plan), plan.units]);
    expect(cascadeRows(back)).toEqual(cascadeRows(plan));
    expect(cascadeTotal(back).toFixed(2)).toBe('1000.01');
    expect(stepTarget(back, 'FY2027-Q2').toString()).toBe(stepTarget(plan, 'FY2027-Q2').toString());
    expect(rollUpCascade(back, 'year').units).toEqual(rollUpCascade(plan, 'year').units);
    const actuals = [{ period: 'FY2027-M02', value: '10' }];
    expect(replan(back, actuals).cascade.units).toEqual(replan(plan, actuals).cascade.units);
    expect(toPeriodGoals(back, { proposedBy: 'partner' })).toEqual(
      toPeriodGoals(plan, { proposedBy: 'partner' }),
    );
  });

  it('refuses a cascade whose steps no longer add up, changed in a copy or in place', () => {
    const copy = { ...plan, units: plan.units.map((u, i) => (i === 0 ? u + 1 : u)) };
    expect(issuesOf(() => cascadeSteps(copy))).toEqual([['invalid-value', 'plan.units']]);
    expect(issuesOf(() => cascadeSteps({ ...plan, length: 3 }))).toEqual([
      ['invalid-value', 'plan.length'],
    ]);
    expect(issuesOf(() => cascadeSteps({ ...plan, extra: 1 } as never))).toEqual([
      ['unknown-field', 'plan'],
    ]);
    const asJson = JSON.parse(JSON.stringify(plan));
    expect(issuesOf(() => cascadeSteps({ ...asJson, units: 'x' } as never))).toEqual([
      ['invalid-type', 'plan.units'],
    ]);
    const changed = cascade(json, calendarYear);
    (changed.units as number[])[1] = 1.5;
    expect(issuesOf(() => stepTarget(changed, 0))).toEqual([['not-an-integer', 'plan.units.1']]);
    expect(() => {
      (changed as { units: unknown }).units = [];
    }).toThrow(TypeError);
  });

  it('never changes its inputs', () => {
    const objective = deepFreeze(structuredClone(json));
    const calendar = deepFreeze({ ...calendarYear });
    const options = deepFreeze({ method: 'largest-remainder', tieBreak: 'latest' } as const);
    const frozen = cascade(objective, calendar, options);
    const actuals = deepFreeze([{ period: 'FY2027-M02', value: '10' }]);
    const next = replan(frozen, actuals, deepFreeze({ policy: 'keep-shape', cap: '0.5' }));
    expect(cascadeTotal(next.cascade).toFixed(2)).toBe('1000.01');
    const goal = deepFreeze({ period: 'FY2027-Q2', target: '300' });
    expect(departureFromStep(frozen, goal).goal.toString()).toBe('300');
    expect(
      captureTarget(
        deepFreeze({
          yearlySize: { amount: '1000000.00', currency: 'USD' },
          sizeYear: 2027,
          growthRate: '0.1',
          targetShare: '0.02',
        }),
        deepFreeze({ start: '2027-01-01', end: '2028-12-31' }),
        calendar,
        deepFreeze({ shape: 's-curve' as const }),
      ).total.amount.toString(),
    ).toMatch(/^\d+$/);
  });

  it('answers for a calendar changed in place as for a new one: no memo goes stale', () => {
    const calendar: { -readonly [K in keyof FiscalCalendar]: FiscalCalendar[K] } & {
      startMonth: number;
    } = { kind: 'month-based', id: 'fy', startMonth: 1 };
    const objective = { ...json, cascade: { granularity: 'quarter' as const } };
    const before = cascade(objective, calendar as FiscalCalendar);
    cascade(objective, calendar as FiscalCalendar);
    calendar.startMonth = 7;
    const after = cascade(objective, calendar as FiscalCalendar);
    const fresh = cascade(objective, { kind: 'month-based', id: 'fy', startMonth: 7 });
    expect([after.firstYear, after.firstIndex, after.units]).toEqual([
      fresh.firstYear,
      fresh.firstIndex,
      fresh.units,
    ]);
    expect([before.firstYear, before.firstIndex]).toEqual([2027, 1]);
    expect([after.firstYear, after.firstIndex]).toEqual([2027, 3]);
  });

  it('answers alike for equal calendars of other identities and ids, and for many calendars', () => {
    const units = (calendar: FiscalCalendar) => cascade(json, calendar).units;
    const reference = units(calendarYear);
    expect(units({ kind: 'month-based', id: 'other', startMonth: 1 })).toEqual(reference);
    expect(units(JSON.parse(JSON.stringify(calendarYear)))).toEqual(reference);
    // More calendar values than the layout cache keeps: each still answers as a fresh one.
    const weekly: FiscalCalendar[] = [];
    for (const month of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      for (const weekday of ['monday', 'friday', 'saturday'] as const) {
        for (const rule of ['last', 'nearest'] as const) {
          weekly.push({
            kind: 'week-based',
            id: `w-${month}-${weekday}-${rule}`,
            yearEnd: { month, weekday, rule },
            pattern: '4-4-5',
          });
        }
      }
    }
    const first = weekly.map((calendar) => cascade(json, calendar).units);
    const again = weekly.map(
      (calendar) => cascade(json, JSON.parse(JSON.stringify(calendar))).units,
    );
    expect(again).toEqual(first);
    expect(weekly.length).toBeGreaterThan(64);
  });
});

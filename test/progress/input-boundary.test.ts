// The input boundary of the progress functions (issue 11): JSON or values accepted, everything
// else refused with a ValidationError whose issue paths start at the argument's name; periods of
// another calendar never matched by their keys.
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  evaluatePartnershipProgress,
  evaluateProgress,
  type FiscalCalendar,
  isValidationError,
  type Period,
  parsePartnership,
  planFromGoals,
  rollUpProgress,
} from '../../src/index.js';
import { progressRows } from '../../src/report.js';
import {
  actualsOf,
  d,
  errorMessage,
  json,
  objectiveJson,
  partnershipJson,
  planOf,
  quarter,
} from './fixtures.js';

const fyJuly: FiscalCalendar = { kind: 'month-based', id: 'fy-jul', startMonth: 7 };
const julyQuarter = (index: number): Period => ({
  calendar: 'fy-jul',
  granularity: 'quarter',
  year: 2027,
  index,
});
const plan = planOf({ target: 40, steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const) });
const asOf = { asOf: '2027-06-30' };

/** The first issue of the ValidationError a call throws. */
function firstIssue(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error.issues[0];
    return `not a ValidationError: ${String(error)}`;
  }
  return 'no error';
}

describe('evaluateProgress at its boundary', () => {
  it('refuses a July-calendar actual against a January-calendar plan instead of matching its key', () => {
    // FY2027-Q1 of a July calendar is Jul–Sep 2026; of the calendar year, Jan–Mar 2027.
    const call = () =>
      evaluateProgress(plan, [{ period: julyQuarter(1), value: d(10) }], calendarYear, asOf);
    expect(errorMessage(call)).toMatchInlineSnapshot(`
      "Invalid arguments to evaluateProgress: 1 issue
        - actuals[0].period.calendar: Period FY2027-Q1 of calendar "fy-jul", not of "calendar": periods of different calendars cover different days and are never matched by their keys (received "fy-jul"; expected a period of calendar "calendar", or its key)"
    `);
    expect(firstIssue(call)).toMatchObject({
      code: 'calendar-mismatch',
      path: ['actuals', 0, 'period', 'calendar'],
      params: { calendar: 'calendar', received: 'fy-jul' },
    });
  });

  it('refuses steps of another calendar with a ValidationError, not a CalendarMismatchError', () => {
    const julyPlan = planOf({ target: 10, steps: [[julyQuarter(1), 10]] });
    expect(firstIssue(() => evaluateProgress(julyPlan, [], calendarYear, asOf))).toMatchObject({
      code: 'calendar-mismatch',
      path: ['plan', 'steps', 0, 'period', 'calendar'],
    });
    // On its own calendar the same plan is read, and its keys mean July-calendar quarters.
    const july = evaluateProgress(julyPlan, actualsOf([[julyQuarter(1), 10]]), fyJuly, {
      asOf: '2026-09-30',
    });
    expect(july.periods[0]).toMatchObject({ key: 'FY2027-Q1', state: 'completed' });
  });

  it('reads period keys on the calendar given, and periods parsed without a calendar as its own', () => {
    const fromKeys = evaluateProgress(
      {
        objective: {
          id: 'deals',
          metric: { aggregation: 'sum', direction: 'increase' },
          baseline: '0',
          target: '40',
          horizon: { start: '2026-07-01', end: '2027-06-30' },
        },
        steps: [{ period: 'FY2027-Q1', target: '10' }],
      },
      [{ period: 'FY2027-Q1', value: '9' }],
      fyJuly,
      { asOf: '2026-09-30' },
    );
    expect(json([fromKeys.periods[0]?.period, fromKeys.pace])).toEqual([
      { calendar: 'fy-jul', granularity: 'quarter', year: 2027, index: 1 },
      '0.9',
    ]);
    const unstamped = { ...quarter(1), calendar: '' };
    const p = evaluateProgress(plan, [{ period: unstamped, value: d(10) }], calendarYear, asOf);
    expect(p.periods[0]?.actual?.toString()).toBe('10');
  });

  it('accepts the JSON form and the values form alike, with the same result', () => {
    const jsonPlan = {
      objective: {
        id: 'objective',
        metric: { aggregation: 'sum', direction: 'increase' },
        baseline: '0',
        target: '40',
        horizon: { start: '2027-01-01', end: '2027-12-31' },
      },
      steps: ['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4'].map((period) => ({
        period,
        target: '10',
      })),
    } as const;
    const jsonActuals = [{ period: 'FY2027-Q1', value: '10' }];
    const fromJson = evaluateProgress(jsonPlan, jsonActuals, calendarYear, asOf);
    const fromValues = evaluateProgress(plan, actualsOf([[quarter(1), 10]]), calendarYear, asOf);
    expect(json(fromJson)).toEqual(json(fromValues));
  });

  it('refuses decimals, periods and lists that are not what they should be, naming the path', () => {
    const cases: Array<[string, () => unknown]> = [
      [
        'a float value',
        () =>
          evaluateProgress(
            plan,
            [{ period: 'FY2027-Q1', value: 0.1 as never }],
            calendarYear,
            asOf,
          ),
      ],
      [
        'NaN',
        () =>
          evaluateProgress(
            plan,
            [{ period: 'FY2027-Q1', value: Number.NaN as never }],
            calendarYear,
            asOf,
          ),
      ],
      [
        'a huge exponent',
        () =>
          evaluateProgress(
            plan,
            [{ period: 'FY2027-Q1', value: '1e99999999' }],
            calendarYear,
            asOf,
          ),
      ],
      [
        'a fifth quarter',
        () =>
          evaluateProgress(
            plan,
            [{ period: { ...quarter(1), index: 5 }, value: d(1) }],
            calendarYear,
            asOf,
          ),
      ],
      [
        'weeks on a month calendar',
        () => evaluateProgress(plan, [{ period: 'FY2027-W01', value: '1' }], calendarYear, asOf),
      ],
      [
        'actuals that are not a list',
        () => evaluateProgress(plan, {} as never, calendarYear, asOf),
      ],
      ['no plan', () => evaluateProgress(undefined as never, [], calendarYear, asOf)],
      [
        'steps that are not a list',
        () =>
          evaluateProgress(
            { objective: plan.objective, steps: 'FY2027' } as never,
            [],
            calendarYear,
            asOf,
          ),
      ],
      [
        'an objective without a horizon',
        () =>
          evaluateProgress(
            { objective: { ...plan.objective, horizon: undefined }, steps: [] } as never,
            [],
            calendarYear,
            asOf,
          ),
      ],
      [
        'a calendar that is not one',
        () =>
          evaluateProgress(
            plan,
            [],
            { kind: 'month-based', id: 'x', startMonth: 1e8 } as never,
            asOf,
          ),
      ],
    ];
    const issues = cases.map(([name, call]) => {
      const issue = firstIssue(call);
      return typeof issue === 'string'
        ? `${name}: ${issue}`
        : `${name}: ${issue?.code} at ${issue?.path.join('.')}`;
    });
    expect(issues).toMatchInlineSnapshot(`
      [
        "a float value: invalid-decimal at actuals.0.value",
        "NaN: invalid-decimal at actuals.0.value",
        "a huge exponent: decimal-out-of-range at actuals.0.value",
        "a fifth quarter: period-not-on-calendar at actuals.0.period.index",
        "weeks on a month calendar: unsupported-granularity at actuals.0.period",
        "actuals that are not a list: invalid-type at actuals",
        "no plan: required at plan",
        "steps that are not a list: invalid-type at plan.steps",
        "an objective without a horizon: required at plan.objective.horizon",
        "a calendar that is not one: too-big at calendar.startMonth",
      ]
    `);
  });
});

describe('evaluatePartnershipProgress at its boundary', () => {
  const document = partnershipJson(
    [objectiveJson('deals'), objectiveJson('users', { aggregation: 'last', target: '100' })],
    [['deals', 'FY2027-Q1', '10']],
    [['deals', 'FY2027-Q1', '9']],
  );

  it('takes the document or the parsed partnership, with the same result', () => {
    const parsed = parsePartnership(document);
    const options = { asOf: '2027-04-15' };
    expect(json(evaluatePartnershipProgress(document, options))).toEqual(
      json(evaluatePartnershipProgress(parsed, options)),
    );
  });

  it('refuses unknown options, steps for unknown objectives and steps of another calendar', () => {
    const cases: Array<[string, () => unknown]> = [
      [
        'a typo',
        () => evaluatePartnershipProgress(document, { asOf: '2027-04-15', step: {} } as never),
      ],
      ['a Date', () => evaluatePartnershipProgress(document, { asOf: new Date() as never })],
      [
        'an unknown objective',
        () => evaluatePartnershipProgress(document, { asOf: '2027-04-15', steps: { nope: [] } }),
      ],
      [
        'a July step',
        () =>
          evaluatePartnershipProgress(document, {
            asOf: '2027-04-15',
            steps: { deals: [{ period: julyQuarter(1), target: d(1) }] },
          }),
      ],
      [
        'not a partnership',
        () => evaluatePartnershipProgress({ goals: [] } as never, { asOf: '2027-04-15' }),
      ],
    ];
    const issues = cases.map(([name, call]) => {
      const issue = firstIssue(call);
      return typeof issue === 'string'
        ? `${name}: ${issue}`
        : `${name}: ${issue?.code} at ${issue?.path.join('.')}`;
    });
    expect(issues).toMatchInlineSnapshot(`
      [
        "a typo: unknown-field at options.step",
        "a Date: invalid-type at options.asOf",
        "an unknown objective: unknown-reference at options.steps.nope",
        "a July step: calendar-mismatch at options.steps.deals.0.period.calendar",
        "not a partnership: unsupported-version at partnership.schemaVersion",
      ]
    `);
  });
});

describe('rollUpProgress, progressRows and planFromGoals at their boundary', () => {
  const progress = evaluateProgress(plan, actualsOf([[quarter(1), 10]]), calendarYear, asOf);

  it('take back a result as JSON with the same outcome', () => {
    const back = JSON.parse(JSON.stringify(progress));
    expect(json(rollUpProgress([back]))).toEqual(json(rollUpProgress([progress])));
    expect(progressRows(back)).toEqual(progressRows(progress));
  });

  it('refuse what is not a progress result, and unknown options', () => {
    const cases: Array<[string, () => unknown]> = [
      ['roll-up of a string', () => rollUpProgress('x' as never)],
      ['roll-up option typo', () => rollUpProgress([progress], { statusOrdr: [] } as never)],
      [
        'roll-up of a changed result',
        () => rollUpProgress([{ ...progress, attainment: 'lots' }] as never),
      ],
      ['rows of nothing', () => progressRows(undefined as never)],
      [
        'rows of a result without periods',
        () => progressRows({ ...progress, periods: null } as never),
      ],
      ['plan of null', () => planFromGoals(null as never, 'deals')],
    ];
    const issues = cases.map(([name, call]) => {
      const issue = firstIssue(call);
      return typeof issue === 'string'
        ? `${name}: ${issue}`
        : `${name}: ${issue?.code} at ${issue?.path.join('.')}`;
    });
    expect(issues).toMatchInlineSnapshot(`
      [
        "roll-up of a string: invalid-type at list",
        "roll-up option typo: unknown-field at options.statusOrdr",
        "roll-up of a changed result: invalid-decimal at list.0.attainment",
        "rows of nothing: required at progress",
        "rows of a result without periods: invalid-type at progress.periods",
        "plan of null: invalid-type at partnership",
      ]
    `);
  });
});

describe('evaluateProgress refuses misspelt fields instead of ignoring them', () => {
  it('names the unknown key of an objective, its metric or the calendar', () => {
    const objective = { ...plan.objective, weigth: d(3) };
    const metric = { ...plan.objective, metric: { ...plan.objective.metric, agregation: 'sum' } };
    const calendar = { ...calendarYear, yearNamng: 'start-year' } as FiscalCalendar;
    expect(
      [
        firstIssue(() =>
          evaluateProgress({ objective, steps: [] } as never, [], calendarYear, asOf),
        ),
        firstIssue(() =>
          evaluateProgress({ objective: metric, steps: [] } as never, [], calendarYear, asOf),
        ),
        firstIssue(() => evaluateProgress(plan, [], calendar, asOf)),
      ].map((issue) =>
        typeof issue === 'string' ? issue : `${issue?.code} at ${issue?.path.join('.')}`,
      ),
    ).toEqual([
      'unknown-field at plan.objective.weigth',
      'unknown-field at plan.objective.metric.agregation',
      'unknown-field at calendar.yearNamng',
    ]);
  });
});

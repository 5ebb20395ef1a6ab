import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  calendarYear,
  childPeriods,
  comparePeriods,
  elapsedShare,
  type FiscalCalendar,
  formatPeriodKey,
  isValidationError,
  nrfRetail,
  parentPeriod,
  parsePeriodKey,
  periodDays,
  periodEnd,
  periodOf,
  periodStart,
  periodsBetween,
  periodsInYear,
  type ValidationIssue,
} from '../../src/index.js';

function issueOf(call: () => unknown): ValidationIssue {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    expect(error.issues).toHaveLength(1);
    return error.issues[0] as ValidationIssue;
  }
  throw new Error('expected a ValidationError');
}
const brief = (issue: ValidationIssue) => [issue.code, issue.path.join('.'), issue.message];
const anyValue = (value: unknown) => value as never;
const q3 = { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 } as const;

describe('calendars with hostile numbers', () => {
  it.each([
    [{ kind: 'month-based', id: 'x', startMonth: 1e8 }, ['too-big', 'calendar.startMonth']],
    [{ kind: 'month-based', id: 'x', startMonth: 1e20 }, ['too-big', 'calendar.startMonth']],
    [{ kind: 'month-based', id: 'x', startMonth: 0.5 }, ['not-an-integer', 'calendar.startMonth']],
    [{ kind: 'month-based', id: 'x', startMonth: '7' }, ['invalid-type', 'calendar.startMonth']],
    [
      { ...nrfRetail, yearEnd: { ...nrfRetail.yearEnd, month: 1e9 } },
      ['too-big', 'calendar.yearEnd.month'],
    ],
    [
      { ...nrfRetail, yearEnd: { ...nrfRetail.yearEnd, month: -1e9 } },
      ['too-small', 'calendar.yearEnd.month'],
    ],
    [{ ...nrfRetail, pattern: '4-4-4' }, ['invalid-value', 'calendar.pattern']],
    [{ kind: 'month-based', id: '', startMonth: 1 }, ['too-small', 'calendar.id']],
    [
      { kind: 'month-based', id: 'x', startMonth: 1, startMoth: 2 },
      ['unknown-field', 'calendar.startMoth'],
    ],
    [{ kind: 'quarterly', id: 'x' }, ['invalid-value', 'calendar.kind']],
    [null, ['invalid-type', 'calendar']],
  ])('refuse %j at once, naming the field', (calendar, [code, path]) => {
    for (const call of [
      () => periodOf(anyValue(calendar), '2027-05-15', 'quarter'),
      () => periodsBetween(anyValue(calendar), '2027-01-01', '2027-12-31', 'month'),
      () => parsePeriodKey(anyValue(calendar), 'FY2027-Q1'),
      () => periodsInYear(anyValue(calendar), 2027, 'quarter'),
    ]) {
      const issue = issueOf(call);
      expect([issue.code, issue.path.join('.')]).toEqual([code, path]);
    }
  });
});

describe('calendar functions with wrongly typed arguments', () => {
  it.each([
    [
      'periodOf granularity',
      () => periodOf(calendarYear, '2027-05-15', anyValue('decade')),
      ['invalid-value', 'granularity', 'Not one of the accepted values'],
    ],
    [
      'periodsInYear granularity',
      () => periodsInYear(calendarYear, 2027, anyValue(undefined)),
      ['required', 'granularity', 'Expected one of the accepted values, received nothing'],
    ],
    [
      'periodsInYear year',
      () => periodsInYear(calendarYear, anyValue('2027'), 'year'),
      ['invalid-type', 'year', 'Expected a fiscal year such as 2027, received a string'],
    ],
    [
      'periodOf date',
      () => periodOf(calendarYear, anyValue(new Date()), 'month'),
      ['invalid-type', 'date', 'Expected an ISO date, received a Date'],
    ],
    [
      'elapsedShare date',
      () => elapsedShare(calendarYear, q3, '27.11.2026'),
      ['invalid-date', 'date', 'Not a real calendar date in the form YYYY-MM-DD'],
    ],
    [
      'periodsBetween end',
      () => periodsBetween(calendarYear, '2027-01-01', anyValue(20270101), 'month'),
      ['invalid-type', 'end', 'Expected an ISO date, received a number'],
    ],
    [
      'addPeriods n',
      () => addPeriods(calendarYear, q3, anyValue('1')),
      [
        'invalid-type',
        'n',
        'Expected a whole number of periods such as 3 or -1, received a string',
      ],
    ],
    [
      'periodStart period',
      () => periodStart(calendarYear, anyValue(null)),
      [
        'invalid-type',
        'period',
        'Expected a period such as { calendar: "calendar", granularity: "quarter", year: 2027, index: 3 }, or its key such as "FY2027-Q3", received null',
      ],
    ],
    [
      'periodEnd year',
      () => periodEnd(calendarYear, anyValue({ ...q3, year: '2027' })),
      ['invalid-type', 'period.year', 'Expected a fiscal year such as 2027, received a string'],
    ],
    [
      'childPeriods granularity',
      () => childPeriods(calendarYear, q3, anyValue('day')),
      ['invalid-value', 'granularity', 'Not one of the accepted values'],
    ],
    [
      'parentPeriod period granularity',
      () => parentPeriod(calendarYear, anyValue({ ...q3, granularity: 'decade' }), 'year'),
      ['invalid-value', 'period.granularity', 'Not one of the accepted values'],
    ],
    [
      'comparePeriods',
      () => comparePeriods(q3, anyValue('FY2027-Q3')),
      [
        'invalid-type',
        'b',
        'Expected a period such as { calendar: "calendar", granularity: "quarter", year: 2027, index: 3 }, received a string',
      ],
    ],
    [
      'formatPeriodKey',
      () => formatPeriodKey(anyValue({ calendar: 'c', granularity: 'quarter', year: 2027 })),
      ['required', 'period.index', 'Missing; expected a period index such as 3'],
    ],
    [
      'parsePeriodKey key',
      () => parsePeriodKey(calendarYear, anyValue(2027)),
      ['invalid-type', 'key', 'Expected a period key, received a number'],
    ],
  ] as const)('%s: names the argument', (_name, call, expected) => {
    expect(brief(issueOf(call))).toEqual(expected);
  });

  it('says which granularities are accepted', () => {
    expect(issueOf(() => periodOf(calendarYear, '2027-05-15', anyValue('decade'))).expected).toBe(
      '"year", "half", "quarter", "month" or "week"',
    );
  });

  it('never prints a period key for an index no year has', () => {
    expect(() =>
      formatPeriodKey({ calendar: 'c', granularity: 'quarter', year: 2027, index: 5 }),
    ).toThrow(/has quarters 1 to 4/);
  });
});

describe('period keys where a calendar is given', () => {
  const fyJul: FiscalCalendar = { kind: 'month-based', id: 'fy-jul', startMonth: 7 };

  it('are read on that calendar', () => {
    expect(periodStart(fyJul, 'FY2027-Q4')).toBe('2027-04-01');
    expect(periodDays(nrfRetail, 'FY2023')).toBe(371);
    expect(formatPeriodKey(addPeriods(calendarYear, 'FY2027-Q3', 6))).toBe('FY2029-Q1');
    expect(childPeriods(calendarYear, 'FY2027-H2', 'quarter').map(formatPeriodKey)).toEqual([
      'FY2027-Q3',
      'FY2027-Q4',
    ]);
    expect(elapsedShare(calendarYear, 'FY2027-Q1', '2027-02-14')).toEqual({
      elapsedDays: 45,
      totalDays: 90,
    });
  });

  it('are refused when malformed, naming the period', () => {
    expect(brief(issueOf(() => periodEnd(calendarYear, 'FY2027-Q5')))).toEqual([
      'invalid-period-key',
      'period',
      'Not a period key',
    ]);
  });
});

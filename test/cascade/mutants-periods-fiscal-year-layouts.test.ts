/**
 * The cascade remembers the layouts of fiscal years per calendar value (`year-layouts.ts`). These
 * tests pin what that must never change: every calendar value gets its own years, and the fiscal
 * year of a day is found from either side of a first guess, down to the first fiscal year, 1900.
 */
import { describe, expect, it } from 'vitest';
import { yearLayout } from '../../src/calendar/fiscal-year-layout.js';
import { layoutKey } from '../../src/cascade/internal/year-layouts.js';
import { cascade, cascadeSteps, type FiscalCalendar } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

/** Every calendar value that lays years out differently: 24 month-based, 2,016 week-based. */
function everyCalendar(): FiscalCalendar[] {
  const namings = ['end-year', 'start-year'] as const;
  const calendars: FiscalCalendar[] = [];
  for (const yearNaming of namings) {
    for (let startMonth = 1; startMonth <= 12; startMonth++) {
      calendars.push({ kind: 'month-based', id: 'm', startMonth, yearNaming });
    }
  }
  const weekdays = [
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
  ] as const;
  for (let month = 1; month <= 12; month++) {
    for (const weekday of weekdays) {
      for (const rule of ['last', 'nearest'] as const) {
        for (const pattern of ['4-4-5', '4-5-4', '5-4-4'] as const) {
          for (const leapWeek of ['last-period', 'first-quarter'] as const) {
            for (const yearNaming of namings) {
              calendars.push({
                kind: 'week-based',
                id: 'w',
                yearEnd: { month, weekday, rule },
                pattern,
                leapWeek,
                yearNaming,
              });
            }
          }
        }
      }
    }
  }
  return calendars;
}

/** Monthly deals from `start` to `end`, 12 in all. */
const monthly = (calendar: FiscalCalendar, start: string, end: string) =>
  cascade(
    { ...objective('sum', '0', '12', start, end), metric: metric('sum', { kind: 'count' }) },
    calendar,
    { granularity: 'month' },
  );

const aprilStartYear: FiscalCalendar = {
  kind: 'month-based',
  id: 'apr',
  startMonth: 4,
  yearNaming: 'start-year',
};

describe('layoutKey', () => {
  it('is shared only by calendars that lay out every year alike', () => {
    // The cache hands the layouts of one key to every calendar of that key: two calendars with
    // different years must never share one. Years 2026 to 2028 of each are compared.
    const calendars = everyCalendar();
    expect(calendars).toHaveLength(2040);
    const first = new Map<number, FiscalCalendar>();
    const clashes: string[] = [];
    for (const calendar of calendars) {
      const key = layoutKey(calendar);
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, calendar);
        continue;
      }
      for (const year of [2026, 2027, 2028]) {
        const a = yearLayout(seen, year).boundaries;
        const b = yearLayout(calendar, year).boundaries;
        if (a.join() !== b.join()) {
          clashes.push(`${JSON.stringify(seen)} and ${JSON.stringify(calendar)} in ${year}`);
          break;
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('the fiscal years a cascade walks', () => {
  it('gives an April start-year calendar and an April end-year calendar their own months', () => {
    // Fiscal 2027 is April 2027 to March 2028 when named by its start, April 2026 to March 2027
    // when named by its end: the same day, 2027-05-01, is month 2 of fiscal 2027 and of 2028.
    const byStart = cascadeSteps(monthly(aprilStartYear, '2027-05-01', '2027-06-30'));
    const byEnd = cascadeSteps(
      monthly({ ...aprilStartYear, yearNaming: 'end-year' }, '2027-05-01', '2027-06-30'),
    );
    expect(byStart.map((step) => step.period)).toMatchObject([
      { year: 2027, index: 2 },
      { year: 2027, index: 3 },
    ]);
    expect(byEnd.map((step) => step.period)).toMatchObject([
      { year: 2028, index: 2 },
      { year: 2028, index: 3 },
    ]);
  });

  it('finds the fiscal year of a day that falls before the year it is first guessed in', () => {
    // 2027-02-01 lies in fiscal 2026 of an April start-year calendar (April 2026 to March 2027),
    // though in calendar 2027: months 11 and 12 of 2026 (February, March), then 1 to 3 of 2027.
    const steps = cascadeSteps(monthly(aprilStartYear, '2027-02-01', '2027-06-30'));
    expect(
      steps.map((step) => [step.period.year, step.period.index, step.start, step.end]),
    ).toEqual([
      [2026, 11, '2027-02-01', '2027-02-28'],
      [2026, 12, '2027-03-01', '2027-03-31'],
      [2027, 1, '2027-04-01', '2027-04-30'],
      [2027, 2, '2027-05-01', '2027-05-31'],
      [2027, 3, '2027-06-01', '2027-06-30'],
    ]);
  });

  it('plans in fiscal 1900, the first fiscal year a calendar lays out', () => {
    // Years ending on the Wednesday nearest the end of March, named by the year they start in:
    // fiscal 1900 runs to about 1901-03-31 and holds the first day a horizon may have. A calendar
    // value no other test uses, so that its list of years is made in this test.
    const calendar: FiscalCalendar = {
      kind: 'week-based',
      id: 'mar-wed',
      yearEnd: { month: 3, weekday: 'wednesday', rule: 'nearest' },
      pattern: '5-4-4',
      leapWeek: 'first-quarter',
      yearNaming: 'start-year',
    };
    const plan = cascade(
      {
        ...objective('sum', '0', '12', '1901-01-01', '1901-01-31'),
        metric: metric('sum', { kind: 'count' }),
      },
      calendar,
      { granularity: 'year' },
    );
    expect(
      cascadeSteps(plan).map((step) => [step.period.year, step.days, step.target.toFixed()]),
    ).toEqual([[1900, 31, '12']]);
  });

  it('plans by week with seasonality up to the last day a horizon may have', () => {
    // Years ending on the last Saturday of January, named by their end: 2199-12-31 lies in
    // fiscal 2200, which ends on 2200-01-25, three weeks after the week holding 2199-12-31 (the
    // week after the horizon's last is still in fiscal 2200). Seasonal weights all 1: 31 deals
    // over 31 days, four whole weeks of 7 and 3 days of the fifth.
    const calendar: FiscalCalendar = {
      kind: 'week-based',
      id: 'jan-sat',
      yearEnd: { month: 1, weekday: 'saturday', rule: 'last' },
      pattern: '4-4-5',
    };
    const plan = cascade(
      {
        ...objective('sum', '0', '31', '2199-12-01', '2199-12-31'),
        metric: metric('sum', { kind: 'count' }),
      },
      calendar,
      { granularity: 'week', seasonality: { by: 'quarter', weights: ['1', '1', '1', '1'] } },
    );
    expect(
      cascadeSteps(plan).map((step) => [
        step.period.year,
        step.days,
        step.target.toFixed(),
        step.start,
        step.end,
      ]),
    ).toEqual([
      [2200, 7, '7', '2199-12-01', '2199-12-07'],
      [2200, 7, '7', '2199-12-08', '2199-12-14'],
      [2200, 7, '7', '2199-12-15', '2199-12-21'],
      [2200, 7, '7', '2199-12-22', '2199-12-28'],
      [2200, 3, '3', '2199-12-29', '2200-01-04'],
    ]);
  });
});

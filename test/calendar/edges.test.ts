import { describe, expect, it } from 'vitest';
import {
  addDays,
  addPeriods,
  calendarYear,
  compareDates,
  comparePeriods,
  formatPeriodKey,
  fromDayNumber,
  isIsoDate,
  isPeriodKey,
  nextPeriod,
  nrfRetail,
  type Period,
  parsePeriodKey,
  periodEnd,
  periodOf,
  periodStart,
} from '../../src/index.js';
import { refusal } from './refusal.js';

const anyValue = (value: unknown) => value as never;
const quarter = (year: number, index: number, calendar = 'calendar'): Period => ({
  calendar,
  granularity: 'quarter',
  year,
  index,
});

describe('the last week of the last fiscal year', () => {
  // NRF fiscal 2200 (named by its start year) ends on the Saturday nearest 2201-01-31, which is
  // that Saturday itself; fiscal 2199 ended on Saturday 2200-02-01 (2200-01-31 is a Friday). So
  // fiscal 2200 runs from 2200-02-02 to 2201-01-31: 364 days (2200 is no leap year), 52 weeks.
  it('is reached by adding weeks within the year', () => {
    const last = addPeriods(nrfRetail, 'FY2200-W01', 51);
    expect(formatPeriodKey(last)).toBe('FY2200-W52');
    expect(periodEnd(nrfRetail, last)).toBe('2201-01-31');
  });

  it('has no week after it', () => {
    expect(refusal(() => nextPeriod(nrfRetail, 'FY2200-W52')).name).toBe(
      'FiscalYearOutOfRangeError',
    );
  });
});

describe('day numbers at the ends of the years 0000 to 9999', () => {
  it('are both dates', () => {
    expect(fromDayNumber(-719_528)).toBe('0000-01-01');
    expect(fromDayNumber(2_932_896)).toBe('9999-12-31');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
  });
});

describe('compareDates', () => {
  it('answers 0 for the same day', () => {
    expect(compareDates('2027-03-01', '2027-03-01')).toBe(0);
  });
});

describe('comparePeriods', () => {
  it('sorts by calendar id first, whichever comes first', () => {
    expect(comparePeriods(quarter(2027, 1, 'b'), quarter(2020, 1, 'a'))).toBeGreaterThan(0);
    expect(comparePeriods(quarter(2020, 1, 'a'), quarter(2027, 1, 'b'))).toBeLessThan(0);
  });

  it('sorts an earlier fiscal year first, whatever the index', () => {
    expect(comparePeriods(quarter(2027, 4), quarter(2028, 1))).toBeLessThan(0);
    expect(comparePeriods(quarter(2028, 1), quarter(2027, 4))).toBeGreaterThan(0);
  });
});

describe('values that only look like a date or a key', () => {
  it('are not dates or keys: an array holding one, or its characters', () => {
    expect(isIsoDate([...'2027-01-01'])).toBe(false);
    expect(isIsoDate(['2027-01-01'])).toBe(false);
    expect(isPeriodKey(['FY2027'])).toBe(false);
    expect(isPeriodKey([...'FY2027-Q3'])).toBe(false);
  });

  it('are refused as a date of the wrong type, not read', () => {
    const issue = refusal(() => periodOf(calendarYear, anyValue([...'2027-01-01']), 'month'));
    expect(issue).toMatchObject({ issues: [{ code: 'invalid-type', path: ['date'] }] });
  });

  it('leave a missing date refused as required', () => {
    const issue = refusal(() => periodOf(calendarYear, anyValue(undefined), 'month'));
    expect(issue).toMatchObject({ issues: [{ code: 'required', path: ['date'] }] });
  });
});

describe('period keys', () => {
  it('are read at both ends of the fiscal years, and refused one year out', () => {
    expect(parsePeriodKey(calendarYear, 'FY1900').year).toBe(1900);
    expect(parsePeriodKey(calendarYear, 'FY2200-Q4').year).toBe(2200);
    expect(refusal(() => parsePeriodKey(calendarYear, 'FY1899'))).toMatchObject({
      issues: [{ code: 'invalid-period-key', message: 'Fiscal year out of range' }],
    });
  });

  it('are refused with a code saying why: missing, weeks on months, or a week the year lacks', () => {
    // NRF fiscal 2023 has 53 weeks (371 days), so fiscal 2024 has 52.
    const codes = [
      refusal(() => parsePeriodKey(calendarYear, anyValue(undefined))),
      refusal(() => parsePeriodKey(calendarYear, 'FY2027-W01')),
      refusal(() => parsePeriodKey(nrfRetail, 'FY2024-W53')),
    ].map((refused) => refused.issues?.[0]?.code);
    expect(codes).toEqual(['required', 'unsupported-granularity', 'period-not-on-calendar']);
  });
});

describe('period indices below 1 or not whole', () => {
  it('are refused by formatPeriodKey and periodStart', () => {
    for (const index of [0, -1, 1.5]) {
      expect(refusal(() => formatPeriodKey(quarter(2027, index))).name).toBe('InvalidPeriodError');
      expect(refusal(() => periodStart(calendarYear, quarter(2027, index))).name).toBe(
        'InvalidPeriodError',
      );
    }
  });
});

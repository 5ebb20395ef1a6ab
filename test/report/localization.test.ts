/**
 * Dates and numbers for people, in a date-fns locale: the same text whatever the machine's time
 * zone (this file runs again under three time zones, see scripts/test-timezones.mjs).
 */
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { ja } from 'date-fns/locale/ja';
import { describe, expect, it } from 'vitest';
import { calendarYear, isValidationError, nrfRetail } from '../../src/index.js';
import { formatDate, formatPeriod, formatRelativeDate } from '../../src/report.js';

function issueOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const issue = error.issues[0];
    return `${issue?.code} at ${issue?.path.join('.')}`;
  }
  return 'no error';
}

const july = { kind: 'month-based', id: 'fy-jul', startMonth: 7 } as const;

describe('formatPeriod', () => {
  it('gives the label and the days of the period in the locale', () => {
    expect(formatPeriod(calendarYear, 'FY2027-Q3')).toBe('Q3 FY2027 (1 Jul – 30 Sept 2027)');
    // A July fiscal year's Q3 is January to March.
    expect(formatPeriod(july, 'FY2027-Q3')).toBe('Q3 FY2027 (1 Jan – 31 Mar 2027)');
    expect(formatPeriod(july, 'FY2027-M01', { locale: enUS })).toBe(
      'M01 FY2027 (Jul 1 – 31, 2026)',
    );
    expect(formatPeriod(july, 'FY2027-H2', { locale: de })).toBe(
      'H2 FY2027 (1. Jan. – 30. Juni 2027)',
    );
    expect(formatPeriod(july, 'FY2027', { locale: ja })).toBe('FY2027 (2026/07/01～2027/06/30)');
    // NRF fiscal 2023 runs 29 Jan 2023 to 3 Feb 2024 (53 weeks).
    expect(formatPeriod(nrfRetail, 'FY2023')).toBe('FY2023 (29 Jan 2023 – 3 Feb 2024)');
    expect(formatPeriod(nrfRetail, 'FY2023-W53', { dates: 'hidden' })).toBe('W53 FY2023');
  });

  it('refuses periods of other calendars and malformed options', () => {
    expect([
      issueOf(() => formatPeriod(july, 'FY2027-Q5')),
      issueOf(() => formatPeriod(july, 'FY2027-W01')),
      issueOf(() => formatPeriod(july, 'FY2027-Q1', { locale: { code: 'xx-nope' } } as never)),
      issueOf(() => formatPeriod(july, 'FY2027-Q1', { dates: 'maybe' } as never)),
    ]).toEqual([
      'invalid-period-key at period',
      'unsupported-granularity at period',
      'invalid-type at options.locale',
      'invalid-value at options.dates',
    ]);
  });
});

describe('formatDate and formatRelativeDate', () => {
  it('write dates in the locale, the same in every time zone', () => {
    expect([formatDate('2027-01-01'), formatDate('2027-01-01', { locale: de })]).toEqual([
      '1 Jan 2027',
      '1. Jan. 2027',
    ]);
    expect(formatDate('2028-02-29', { locale: enUS })).toBe('Feb 29, 2028');
  });

  it('say how far a date lies from the as-of date', () => {
    const asOf = '2026-11-27';
    expect([
      formatRelativeDate('2026-12-09', { asOf }),
      formatRelativeDate('2026-11-27', { asOf }),
      formatRelativeDate('2026-11-28', { asOf }),
      formatRelativeDate('2026-11-20', { asOf, locale: de }),
    ]).toEqual(['in 12 days', 'today', 'tomorrow', 'vor 7 Tagen']);
    expect([
      issueOf(() => formatRelativeDate('2026-12-09', undefined as never)),
      issueOf(() => formatRelativeDate('2026-02-30', { asOf })),
    ]).toEqual(['required at options.asOf', 'invalid-date at date']);
  });
});

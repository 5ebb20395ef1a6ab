import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  dayNumberUnchecked,
  FIRST_DAY,
  isoDateUnchecked,
  isRealIsoDate,
  LAST_DAY,
} from '../../../src/calendar/unchecked-days.js';

describe('dayNumberUnchecked', () => {
  it('reads the epoch as 0 and 2027-03-31 as day 20908', () => {
    // 2027-03-31: 57 years of 365 days from 1970 (20,805), 14 leap days (1972 to 2024), then
    // 31 + 28 + 30 = 89 days into 2027: 20,805 + 14 + 89 = 20,908.
    expect(dayNumberUnchecked('1970-01-01')).toBe(0);
    expect(dayNumberUnchecked('2027-03-31')).toBe(20_908);
  });

  test.prop([fc.integer({ min: FIRST_DAY, max: LAST_DAY })])(
    'reads back every day isoDateUnchecked writes, from 0000-01-01 to 9999-12-31',
    (day) => {
      expect(dayNumberUnchecked(isoDateUnchecked(day))).toBe(day);
    },
  );
});

describe('isRealIsoDate', () => {
  it('needs a hyphen after the year and after the month', () => {
    expect(isRealIsoDate('2027-01-01')).toBe(true);
    for (const text of ['2027/01-01', '2027-01/01', '2027 01 01', '20270-1-01']) {
      expect(isRealIsoDate(text)).toBe(false);
    }
  });

  it('refuses months 00, 13 and 99 whatever the day', () => {
    for (const text of ['2027-00-01', '2027-13-01', '2027-99-01', '2027-00-00', '0000-00-00']) {
      expect(isRealIsoDate(text)).toBe(false);
    }
  });
});

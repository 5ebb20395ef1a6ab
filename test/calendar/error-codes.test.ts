import { describe, expect, it } from 'vitest';
import {
  CalendarMismatchError,
  FiscalYearOutOfRangeError,
  InvalidPeriodError,
  UnsupportedGranularityError,
} from '../../src/index.js';

// Each error is built inside its test, so that the code and message read are those of the
// constructor as it runs now.
describe('the calendar errors', () => {
  it('carry their stable code and say what was refused', () => {
    const errors = [
      new UnsupportedGranularityError('fy-jul', 'week', 'weeks need a week-based calendar'),
      new CalendarMismatchError('fy-jul', 'calendar'),
      new FiscalYearOutOfRangeError(2201),
      new InvalidPeriodError({ calendar: 'c', granularity: 'week', year: 2027, index: 53 }, 52),
    ];
    expect(errors.map((error) => [error.code, error.message])).toMatchInlineSnapshot(`
      [
        [
          "UNSUPPORTED_GRANULARITY",
          "Granularity "week" is not supported on calendar "fy-jul": weeks need a week-based calendar",
        ],
        [
          "CALENDAR_MISMATCH",
          "Period of calendar "calendar" used with calendar "fy-jul": convert it first, or pass the calendar with id "calendar"",
        ],
        [
          "FISCAL_YEAR_OUT_OF_RANGE",
          "Fiscal year 2201 is out of range: accepted fiscal years are 1900 to 2200",
        ],
        [
          "INVALID_PERIOD",
          "Period index 53 does not exist: fiscal 2027 of calendar "c" has weeks 1 to 52",
        ],
      ]
    `);
  });
});

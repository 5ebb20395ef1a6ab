import { describe, expect, it } from 'vitest';
import {
  CalendarMismatchError,
  FiscalYearOutOfRangeError,
  InvalidPeriodError,
  isCalendarMismatchError,
  isFiscalYearOutOfRangeError,
  isInvalidPeriodError,
  isUnsupportedGranularityError,
  PartnerAlignmentError,
  UnsupportedGranularityError,
} from '../../src/index.js';

const errors = [
  [
    new UnsupportedGranularityError('c', 'week', 'no'),
    isUnsupportedGranularityError,
    'UNSUPPORTED_GRANULARITY',
  ],
  [new CalendarMismatchError('a', 'b'), isCalendarMismatchError, 'CALENDAR_MISMATCH'],
  [new FiscalYearOutOfRangeError(1), isFiscalYearOutOfRangeError, 'FISCAL_YEAR_OUT_OF_RANGE'],
  [
    new InvalidPeriodError({ calendar: 'c', granularity: 'week', year: 2027, index: 53 }, 52),
    isInvalidPeriodError,
    'INVALID_PERIOD',
  ],
] as const;

describe('calendar errors', () => {
  it.each(errors)('%s carries its code, name and guard', (error, guard, code) => {
    expect(error).toBeInstanceOf(PartnerAlignmentError);
    expect(error.code).toBe(code);
    expect(error.name).toBe(error.constructor.name);
    expect(guard(error)).toBe(true);
    for (const [other, otherGuard] of errors)
      if (other !== error) expect(otherGuard(error)).toBe(false);
  });
  it('are told from plain errors', () => {
    expect(isCalendarMismatchError(new Error('x'))).toBe(false);
    expect(isInvalidPeriodError(null)).toBe(false);
  });
});

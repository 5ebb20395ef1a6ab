/**
 * partner-alignment: plan with channel partners by alignment instead of assigned quota.
 *
 * The public entry point. Everything exported here is documented, categorised and covered by the
 * semantic-versioning promise; anything not exported here is internal.
 *
 * @packageDocumentation
 */

// Calendar
export { addPeriods, nextPeriod, previousPeriod } from './calendar/add-periods.js';
export { calendarYear, nrfRetail } from './calendar/calendars.js';
export { childPeriods } from './calendar/child-periods.js';
export { comparePeriods } from './calendar/compare-periods.js';
export type { ElapsedShare } from './calendar/elapsed-share.js';
export { elapsedShare } from './calendar/elapsed-share.js';
export {
  CalendarMismatchError,
  FiscalYearOutOfRangeError,
  InvalidPeriodError,
  isCalendarMismatchError,
  isFiscalYearOutOfRangeError,
  isInvalidPeriodError,
  isUnsupportedGranularityError,
  UnsupportedGranularityError,
} from './calendar/errors.js';
export {
  FiscalCalendar,
  MonthBasedCalendar,
  WeekBasedCalendar,
  Weekday,
} from './calendar/fiscal-calendar.js';
export { IsoDate } from './calendar/iso-date.js';
export { parentPeriod } from './calendar/parent-period.js';
export { Granularity, Period } from './calendar/period.js';
export { periodDays, periodEnd, periodStart } from './calendar/period-bounds.js';
export { formatPeriodKey, isPeriodKey, PeriodKey, parsePeriodKey } from './calendar/period-key.js';
export { periodOf } from './calendar/period-of.js';
export type { PeriodSpan } from './calendar/periods-between.js';
export { periodsBetween } from './calendar/periods-between.js';
export { periodsInYear } from './calendar/periods-in-year.js';
export type { ErrorCode, IssuePath, ValidationIssue } from './errors.js';
export {
  formatIssue,
  formatIssuePath,
  isPartnerAlignmentError,
  isValidationError,
  PartnerAlignmentError,
  ValidationError,
} from './errors.js';

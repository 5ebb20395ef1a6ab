/**
 * partner-alignment/values: exact money and fiscal calendars alone, without the document schemas
 * or the engines.
 *
 * For a caller who needs only values (a price list that splits totals exactly, a planning screen
 * that walks fiscal periods): importing this entry does not load the engines. Every export here
 * is also exported, as the same function, by `partner-alignment`, where it is documented; the
 * document schemas (`FiscalCalendar`, `Period`, `MoneyJson`, ...) stay there, and only their types
 * are exported here.
 *
 * @module
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
export type {
  FiscalCalendar,
  MonthBasedCalendar,
  WeekBasedCalendar,
  Weekday,
} from './calendar/fiscal-calendar.js';
export { formatPeriodKey } from './calendar/format-period-key.js';
export type { IsoDate } from './calendar/iso-date.js';
export { parentPeriod } from './calendar/parent-period.js';
export { isPeriodKey, parsePeriodKey } from './calendar/parse-period-key.js';
export type { Granularity, Period } from './calendar/period.js';
export { periodDays, periodEnd, periodStart } from './calendar/period-bounds.js';
export type { PeriodKey } from './calendar/period-key.js';
export { periodOf } from './calendar/period-of.js';
export type { PeriodSpan } from './calendar/periods-between.js';
export { periodsBetween } from './calendar/periods-between.js';
export { periodsInYear } from './calendar/periods-in-year.js';
// Errors that the values throw, and their guards
export type {
  ErrorCode,
  IssueCode,
  IssueParams,
  IssuePath,
  ValidationIssue,
} from './errors.js';
export {
  isPartnerAlignmentError,
  isValidationError,
  PartnerAlignmentError,
  ValidationError,
} from './errors.js';
export { formatIssue, formatIssuePath } from './format-issues.js';
// Money
export type {
  AllocateOptions,
  AllocateQuantityOptions,
  AllocationWeight,
  TieBreak,
} from './money/allocate.js';
export { allocate } from './money/allocate.js';
export { add, multiply, negate, ratioOf, subtract, sumMoney } from './money/arithmetic.js';
export {
  compareMoney,
  equals,
  isNegative,
  isPositive,
  isZero,
  maxMoney,
  minMoney,
} from './money/comparison.js';
export { isCurrencyCode, minorUnits } from './money/currency.js';
export {
  AllocationError,
  CurrencyMismatchError,
  DivisionByZeroError,
  isAllocationError,
  isCurrencyMismatchError,
  isDivisionByZeroError,
  isPrecisionError,
  PrecisionError,
} from './money/errors.js';
export type { FormatMoneyOptions } from './money/format-money.js';
export { formatMoney } from './money/format-money.js';
export { fromMinorUnits, toMinorUnits } from './money/minor-units.js';
export type { Money } from './money/money.js';
export { money } from './money/money.js';
export type { RoundingMode, RoundMoneyOptions } from './money/round-money.js';
export { roundMoney } from './money/round-money.js';
export type { CurrencyCode, DecimalString, MoneyJson } from './money/schemas.js';
export type { Decimal, DecimalInput } from './money/to-decimal.js';
export { toDecimal } from './money/to-decimal.js';
export { toDecimalString } from './money/to-decimal-string.js';

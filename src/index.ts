/**
 * partner-alignment: plan with channel partners by alignment instead of assigned quota.
 *
 * The public entry point. Everything exported here is documented, categorised and covered by the
 * semantic-versioning promise; anything not exported here is internal.
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
export type {
  CaptureOpportunity,
  CaptureTarget,
  CaptureTargetOptions,
  CaptureYear,
} from './cascade/capture-target.js';
export { captureTarget } from './cascade/capture-target.js';
// Cascade
export type { Cascade, CascadeObjective, CascadeOptions } from './cascade/cascade.js';
export { cascade } from './cascade/cascade.js';
export type { CascadeStep } from './cascade/cascade-steps.js';
export { cascadeSteps, cascadeTotal, stepTarget } from './cascade/cascade-steps.js';
export type {
  CascadeActual,
  Replan,
  ReplanOptions,
  ReplanPolicy,
  ReplanWarning,
} from './cascade/replan.js';
export { replan } from './cascade/replan.js';
export { rollUp } from './cascade/roll-up.js';
export type { ProposedPeriodGoal, ToPeriodGoalsOptions } from './cascade/to-period-goals.js';
export { toPeriodGoals } from './cascade/to-period-goals.js';
export type { CascadeRow } from './cascade/to-rows.js';
export { toRows } from './cascade/to-rows.js';
export type { ErrorCode, IssuePath, ValidationIssue } from './errors.js';
export {
  formatIssue,
  formatIssuePath,
  isPartnerAlignmentError,
  isValidationError,
  PartnerAlignmentError,
  ValidationError,
} from './errors.js';
// Model
export {
  CascadeShape,
  CascadeSpec,
  type CascadeSpecJson,
  Seasonality,
} from './model/cascade-spec.js';
export { Horizon } from './model/horizon.js';
export {
  CadenceId,
  CommitmentId,
  CompanyId,
  ObjectiveId,
  OpportunityId,
  PartnershipId,
  StakeholderId,
} from './model/ids.js';
export {
  Aggregation,
  Direction,
  Metric,
  type MetricJson,
  MetricUnit,
  metricPrecision,
} from './model/metric.js';
export { BuiltInMotive, builtInMotives, MotiveId } from './model/motive.js';
// Money
export type {
  AllocateOptions,
  AllocateQuantityOptions,
  AllocationWeight,
  TieBreak,
} from './money/allocate.js';
export { allocate } from './money/allocate.js';
export {
  add,
  multiply,
  negate,
  ratioOf,
  subtract,
  sumMoney,
} from './money/arithmetic.js';
export {
  compare,
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
export {
  CurrencyCode,
  DecimalSchema,
  DecimalString,
  MoneyJson,
  MoneySchema,
  toMoneyJson,
} from './money/schemas.js';
export type { Decimal, DecimalInput } from './money/to-decimal.js';
export { toDecimal } from './money/to-decimal.js';
export { toDecimalString } from './money/to-decimal-string.js';

/**
 * partner-alignment: plan with channel partners by alignment instead of assigned quota.
 *
 * The public entry point. Everything exported here is documented, categorised and covered by the
 * semantic-versioning promise; anything not exported here is internal.
 *
 * @module
 */

export type { ErrorCode, IssuePath, ValidationIssue } from './errors.js';
export {
  formatIssue,
  formatIssuePath,
  isPartnerAlignmentError,
  isValidationError,
  PartnerAlignmentError,
  ValidationError,
} from './errors.js';

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
  DecimalString,
  MoneyJson,
  MoneySchema,
  toMoneyJson,
} from './money/schemas.js';
export type { Decimal, DecimalInput } from './money/to-decimal.js';
export { toDecimal } from './money/to-decimal.js';
export { toDecimalString } from './money/to-decimal-string.js';

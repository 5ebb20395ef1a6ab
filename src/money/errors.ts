/**
 * The errors of money arithmetic and allocation, each with a stable `code` and an `is*Error` guard
 * that works across duplicated copies of the package.
 *
 * @module
 */
import { isPartnerAlignmentError, PartnerAlignmentError } from '../errors.js';

/**
 * Two amounts in different currencies met in one operation (adding, comparing, allocating).
 * Convert one of them first; the library never converts currencies on its own.
 *
 * @example
 * ```ts
 * import { CurrencyMismatchError } from 'partner-alignment';
 * const error = new CurrencyMismatchError('add', 'EUR', 'USD');
 * error.code //=> 'CURRENCY_MISMATCH'
 * error.message //=> 'Cannot add amounts in different currencies: expected EUR, received USD; convert one amount first so both are in EUR'
 * ```
 * @category Errors
 */
export class CurrencyMismatchError extends PartnerAlignmentError {
  /** The currency the operation was working in (the first operand's). */
  readonly expected: string;
  /** The currency that did not match. */
  readonly received: string;

  /**
   * @param operation - the operation that met the mismatch, such as `add`
   * @param expected - the currency of the first operand
   * @param received - the currency that differed
   */
  constructor(operation: string, expected: string, received: string) {
    super(
      'CURRENCY_MISMATCH',
      `Cannot ${operation} amounts in different currencies: expected ${expected}, received ${received}; convert one amount first so both are in ${expected}`,
    );
    this.name = 'CurrencyMismatchError';
    this.expected = expected;
    this.received = received;
  }
}

/**
 * An amount has more decimal places than the unit it must be expressed in (for example
 * `10.005` EUR as whole cents). Round it first with `roundMoney`, or keep the exact amount.
 *
 * @example
 * ```ts
 * import { PrecisionError } from 'partner-alignment';
 * new PrecisionError('Amount 10.005 EUR is not a whole number of minor units').code //=> 'PRECISION_EXCEEDED'
 * ```
 * @category Errors
 */
export class PrecisionError extends PartnerAlignmentError {
  /**
   * @param message - what had too many decimal places, and what would be accepted
   */
  constructor(message: string) {
    super('PRECISION_EXCEEDED', message);
    this.name = 'PrecisionError';
  }
}

/**
 * An allocation cannot be made: no weights, a negative or non-finite weight, all weights zero,
 * or a total out of range. `index` names the offending weight when there is one.
 *
 * @example
 * ```ts
 * import { AllocationError } from 'partner-alignment';
 * const error = new AllocationError('Weight at index 2 is negative', 2);
 * error.code //=> 'INVALID_ALLOCATION'
 * error.index //=> 2
 * ```
 * @category Errors
 */
export class AllocationError extends PartnerAlignmentError {
  /** The index of the offending weight, when one weight is to blame. */
  readonly index: number | undefined;

  /**
   * @param message - what was wrong, where, and what would be accepted
   * @param index - the index of the offending weight, if any
   */
  constructor(message: string, index?: number) {
    super('INVALID_ALLOCATION', message);
    this.name = 'AllocationError';
    this.index = index;
  }
}

/**
 * A division by a zero amount, such as the ratio of a part to a zero whole. The library never
 * answers `Infinity` or `NaN` for money.
 *
 * @example
 * ```ts
 * import { DivisionByZeroError } from 'partner-alignment';
 * new DivisionByZeroError('Cannot take the ratio of 5 EUR to 0 EUR').code //=> 'DIVISION_BY_ZERO'
 * ```
 * @category Errors
 */
export class DivisionByZeroError extends PartnerAlignmentError {
  /**
   * @param message - what was divided by zero, and what would be accepted
   */
  constructor(message: string) {
    super('DIVISION_BY_ZERO', message);
    this.name = 'DivisionByZeroError';
  }
}

/**
 * Tells whether a value is a {@link CurrencyMismatchError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the error comes from mixing currencies
 * @example
 * ```ts
 * import { CurrencyMismatchError, isCurrencyMismatchError } from 'partner-alignment';
 * isCurrencyMismatchError(new CurrencyMismatchError('add', 'EUR', 'USD')) //=> true
 * isCurrencyMismatchError(new Error('other')) //=> false
 * ```
 * @category Errors
 */
export function isCurrencyMismatchError(value: unknown): value is CurrencyMismatchError {
  return isPartnerAlignmentError(value) && value.code === 'CURRENCY_MISMATCH';
}

/**
 * Tells whether a value is a {@link PrecisionError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the error comes from an amount with too many decimal places
 * @example
 * ```ts
 * import { isPrecisionError, PrecisionError } from 'partner-alignment';
 * isPrecisionError(new PrecisionError('too precise')) //=> true
 * isPrecisionError(new Error('other')) //=> false
 * ```
 * @category Errors
 */
export function isPrecisionError(value: unknown): value is PrecisionError {
  return isPartnerAlignmentError(value) && value.code === 'PRECISION_EXCEEDED';
}

/**
 * Tells whether a value is an {@link AllocationError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the error comes from an allocation that cannot be made
 * @example
 * ```ts
 * import { AllocationError, isAllocationError } from 'partner-alignment';
 * isAllocationError(new AllocationError('no weights')) //=> true
 * isAllocationError(new Error('other')) //=> false
 * ```
 * @category Errors
 */
export function isAllocationError(value: unknown): value is AllocationError {
  return isPartnerAlignmentError(value) && value.code === 'INVALID_ALLOCATION';
}

/**
 * Tells whether a value is a {@link DivisionByZeroError} (any copy of the library).
 *
 * @param value - anything caught
 * @returns `true` when the error comes from dividing by a zero amount
 * @example
 * ```ts
 * import { DivisionByZeroError, isDivisionByZeroError } from 'partner-alignment';
 * isDivisionByZeroError(new DivisionByZeroError('zero whole')) //=> true
 * isDivisionByZeroError(new Error('other')) //=> false
 * ```
 * @category Errors
 */
export function isDivisionByZeroError(value: unknown): value is DivisionByZeroError {
  return isPartnerAlignmentError(value) && value.code === 'DIVISION_BY_ZERO';
}

import type { Decimal as DecimalJs } from 'decimal.js';
import { type IssueCode, ValidationError } from '../errors.js';
import {
  DECIMAL_EXPECTED,
  DECIMAL_PATTERN,
  DecimalImpl,
  describeReceived,
  fromDecimalInstance,
  isDecimalInstance,
  readDecimalText,
} from './internal/decimal.js';

/**
 * An exact decimal number: an instance of the library's own decimal.js clone (40 significant
 * digits, half-even rounding for the few operations that must round). Make one with
 * {@link toDecimal}; read it with `toString()` or `toFixed()`.
 *
 * @example
 * ```ts
 * import { toDecimal, type Decimal } from 'partner-alignment';
 * const price: Decimal = toDecimal('19.99');
 * price.toString() //=> '19.99'
 * ```
 * @category Money
 */
export type Decimal = InstanceType<typeof DecimalJs>;

/**
 * The inputs {@link toDecimal} accepts: a decimal string, a safe integer, or a decimal.js instance.
 *
 * @example
 * ```ts
 * import { toDecimal, type DecimalInput } from 'partner-alignment';
 * const inputs: DecimalInput[] = ['12.50', 3, toDecimal('1e3')];
 * inputs.map((input) => toDecimal(input).toString()) //=> ['12.5', '3', '1000']
 * ```
 * @category Money
 */
export type DecimalInput = string | number | Decimal;

/**
 * Turns a decimal string, a safe integer or a decimal.js instance into an exact {@link Decimal}.
 * Binary floats such as `0.1` are refused: pass the decimal as a string instead, so no digit is
 * silently changed.
 *
 * @param value - a decimal string (`"12.50"`, `"-3"`, `"1.25e3"`), a safe integer, or a decimal.js instance
 * @returns the same number as an exact Decimal of the library's clone
 * @throws {@link ValidationError} for a malformed string, `NaN`, `Infinity`, a non-integer or unsafe number
 * @example
 * ```ts
 * import { toDecimal } from 'partner-alignment';
 * toDecimal('12.50').toString() //=> '12.5'
 * toDecimal(42).toString() //=> '42'
 * toDecimal(0.1) //!> ValidationError
 * toDecimal('1,5') //!> ValidationError
 * ```
 * @category Money
 */
export function toDecimal(value: DecimalInput): Decimal {
  if (typeof value === 'string') {
    if (!DECIMAL_PATTERN.test(value)) throw invalid(value, 'Not a decimal number');
    const exact = readDecimalText(value);
    if (exact !== undefined) return exact;
    throw invalid(
      value,
      'Exponent is beyond the range of a Decimal (about -9e15 to 9e15)',
      'decimal-out-of-range',
    );
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return fromDecimalInstance(new DecimalImpl(value));
    const why = Number.isFinite(value)
      ? Number.isInteger(value)
        ? 'Number is beyond the safe integer range'
        : 'Number is a binary float, which cannot be taken as an exact decimal'
      : 'Number is not finite';
    throw invalid(value, why);
  }
  if (isDecimalInstance(value) && value.isFinite()) return fromDecimalInstance(value);
  throw invalid(value, 'Not a finite decimal');
}

function invalid(
  value: unknown,
  message: string,
  code: IssueCode = 'invalid-decimal',
): ValidationError {
  return new ValidationError('Invalid decimal', [
    {
      code,
      path: [],
      message,
      received: isDecimalInstance(value) ? `Decimal ${value.toString()}` : describeReceived(value),
      expected: `${DECIMAL_EXPECTED}, a safe integer, or a Decimal`,
    },
  ]);
}

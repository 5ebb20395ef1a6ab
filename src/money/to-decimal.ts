import type { Decimal as DecimalJs } from 'decimal.js';
import { DECIMAL_LIMITS, readDecimal } from './internal/read-decimal.js';

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
 * The bounds of every decimal the library accepts as an argument, so that no number can make it
 * print, store or compute without end: a decimal string has at most `length` (200) characters and
 * `significantDigits` (40) significant digits, and every decimal (a Decimal too) is 0 or has an
 * absolute value from 1e-`exponent` to below 1e(`exponent` + 1), that is from 1e-100 to below
 * 1e101. Real money and ratios fit with a wide margin; anything beyond is refused with the issue
 * code `decimal-out-of-range`. Documents are bounded more tightly by {@link DecimalString}.
 *
 * @example
 * ```ts
 * import { decimalLimits, toDecimal } from 'partner-alignment';
 * decimalLimits //=> { significantDigits: 40, exponent: 100, length: 200 }
 * toDecimal('1e99999999') //!> ValidationError
 * ```
 * @category Money
 */
export const decimalLimits: {
  readonly significantDigits: number;
  readonly exponent: number;
  readonly length: number;
} = DECIMAL_LIMITS;

/**
 * Turns a decimal string, a safe integer or a decimal.js instance into an exact {@link Decimal},
 * within {@link decimalLimits}. Binary floats such as `0.1` are refused: pass the decimal as a
 * string instead, so no digit is silently changed.
 *
 * @param value - a decimal string (`"12.50"`, `"-3"`, `"1.25e3"`), a safe integer, or a decimal.js instance
 * @returns the same number as an exact Decimal of the library's clone
 * @throws {@link ValidationError} for a malformed string, `NaN`, `Infinity`, a non-integer or unsafe number, another type, or a value beyond {@link decimalLimits} (code `decimal-out-of-range`)
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
  return readDecimal(value, ['value']);
}

import { checkOptions, checkWholeNumber, isRecord } from '../argument-checks.js';
import { minorUnits } from '../money/currency.js';
import { formatTrimmed, withoutNegativeZero } from '../money/decimal-arithmetic.js';
import type { MoneyInput } from '../money/money.js';
import type { Decimal, DecimalInput } from '../money/to-decimal.js';
import { readDecimal, readMoney } from './internal/read-values.js';

/**
 * Options of {@link roundForDisplay}.
 *
 * @example
 * ```ts
 * import type { RoundForDisplayOptions } from 'partner-alignment/report';
 * const options: RoundForDisplayOptions = { places: 2 };
 * options.places //=> 2
 * ```
 * @category Report
 */
export interface RoundForDisplayOptions {
  /**
   * Decimal places to round to, from 0 to 20. Default: the currency's minor units for money (2
   * for EUR, 0 for JPY), 4 for any other number (a ratio such as a pace or a coverage).
   */
  readonly places?: number;
}

const SUMMARY = 'Invalid arguments to roundForDisplay';

/**
 * Rounds a ratio or an amount of money for people, half to even, as a decimal string: money keeps
 * its currency's digits (`"548300.00"`), any other number drops trailing zeros (`"0.9"`, not
 * `"0.9000"`). The exact value is untouched: round only what you show.
 *
 * @param value - a Decimal, a decimal string, a safe integer, or money (or its JSON)
 * @param options - `places` (default: the currency's digits for money, 4 otherwise)
 * @returns the rounded value as a plain decimal string (no exponent, never `-0`)
 * @throws {@link index!ValidationError} for a value that is not a decimal or money, or an invalid option
 * @example
 * ```ts
 * import { money, toDecimal } from 'partner-alignment';
 * import { roundForDisplay } from 'partner-alignment/report';
 * roundForDisplay(toDecimal(2).dividedBy(3)) //=> '0.6667'
 * roundForDisplay('0.90000') //=> '0.9'
 * roundForDisplay(money('1234.5', 'EUR')) //=> '1234.50'
 * roundForDisplay({ amount: '0.125', currency: 'EUR' }) //=> '0.12'
 * roundForDisplay(money('1234.5', 'JPY')) //=> '1234'
 * roundForDisplay('84.25', { places: 1 }) //=> '84.2'
 * ```
 * @category Report
 */
export function roundForDisplay(
  value: Decimal | DecimalInput | MoneyInput,
  options?: RoundForDisplayOptions,
): string {
  const given = checkOptions(options, ['places'], SUMMARY);
  const places =
    given['places'] === undefined
      ? undefined
      : checkWholeNumber(given['places'], 0, 20, SUMMARY, ['options', 'places']);
  if (isRecord(value) && 'currency' in value) {
    const { amount, currency } = readMoney(value, SUMMARY, ['value']);
    // readMoney checked the money, so a declared currency's digits are a whole number.
    const declared = (value as MoneyInput).digits;
    const digits = places ?? declared ?? minorUnits(currency);
    const rounded = readDecimal(amount, SUMMARY, ['value']).toDecimalPlaces(digits);
    return withoutNegativeZero(rounded).toFixed(digits);
  }
  return formatTrimmed(readDecimal(value, SUMMARY, ['value']), places ?? 4);
}

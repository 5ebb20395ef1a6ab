import { checkMoney, digitsOf } from './internal/check-money.js';
import type { Money, MoneyInput } from './money.js';

/** The plain decimal string of a checked money value (see {@link toDecimalString}). */
export function plainAmount(value: Money): string {
  return value.amount.toFixed(Math.max(value.amount.decimalPlaces(), digitsOf(value)));
}

/**
 * Writes a money amount as a plain decimal string, never in exponent notation. The string keeps
 * every decimal place of the exact amount, and shows at least the currency's minor units:
 * `12.5` EUR is `"12.50"`, `0.125` EUR stays `"0.125"`, `1250000` JPY is `"1250000"`.
 *
 * @param value - the money to write
 * @returns the amount as a plain decimal string, without the currency
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { money, toDecimalString } from 'partner-alignment';
 * toDecimalString(money('12.5', 'EUR')) //=> '12.50'
 * toDecimalString(money('0.125', 'EUR')) //=> '0.125'
 * toDecimalString(money('1.25e6', 'EUR')) //=> '1250000.00'
 * toDecimalString(money('1250000', 'JPY')) //=> '1250000'
 * ```
 * @category Money
 */
export function toDecimalString(value: MoneyInput): string {
  return plainAmount(checkMoney(value, 'Invalid money', ['value']));
}

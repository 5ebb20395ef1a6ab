import { assertCurrencyCode } from './internal/assert-currency-code.js';
import { makeMoney } from './internal/make-money.js';
import { type Decimal, toDecimal } from './to-decimal.js';

/**
 * An exact amount of money in one currency: plain readonly data. The currency code is a type
 * parameter, so mixing `Money<'EUR'>` and `Money<'USD'>` is a compile error; when currencies are
 * only known at run time (`Money<string>`), operations check them and throw
 * `CurrencyMismatchError`. The amount keeps any number of decimal places (prices may carry
 * sub-cent digits); rounding to minor units is always explicit (`roundMoney`).
 *
 * @example
 * ```ts
 * import { money, type Money } from 'partner-alignment';
 * const price: Money<'EUR'> = money('12.5', 'EUR');
 * price //=> { amount: '12.5', currency: 'EUR' }
 * ```
 * @category Money
 */
export interface Money<C extends string = string> {
  /** The exact amount, in major units (euros, not cents). */
  readonly amount: Decimal;
  /** The ISO 4217 currency code, such as `"EUR"`. */
  readonly currency: C;
}

/**
 * Makes a {@link Money} from an exact amount and a currency code, checking both.
 *
 * @param amount - a decimal string such as `"12.50"`, or a Decimal
 * @param currency - a known ISO 4217 code in uppercase, such as `"EUR"`
 * @returns a frozen money value
 * @throws {@link ValidationError} for a malformed amount or an unknown currency
 * @example
 * ```ts
 * import { money } from 'partner-alignment';
 * money('19.99', 'EUR') //=> { amount: '19.99', currency: 'EUR' }
 * money('19,99', 'EUR') //!> ValidationError
 * money('1', 'EUX') //!> ValidationError
 * ```
 * @category Money
 */
export function money<C extends string>(amount: string | Decimal, currency: C): Money<C> {
  const exact = toDecimal(amount);
  assertCurrencyCode(currency);
  return makeMoney(exact, currency);
}

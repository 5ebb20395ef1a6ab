import type { CurrencyDefinition, CurrencyInput } from './currency.js';
import { resolveCurrency } from './internal/currencies.js';
import { makeMoney } from './internal/make-money.js';
import { readDecimal } from './internal/read-decimal.js';
import type { Decimal } from './to-decimal.js';

/**
 * An exact amount of money in one currency: plain readonly data. The currency code is a type
 * parameter, so mixing `Money<'EUR'>` and `Money<'USD'>` is a compile error; when currencies are
 * only known at run time (`Money<string>`), operations check them and throw
 * `CurrencyMismatchError`. The amount keeps any number of decimal places (prices may carry
 * sub-cent digits); rounding to minor units is always explicit (`roundMoney`). Money in a declared
 * currency (see {@link CurrencyDefinition}) carries its `digits`; ISO 4217 money does not.
 *
 * @example
 * ```ts
 * import { money, type Money } from 'partner-alignment';
 * const price: Money<'EUR'> = money('12.5', 'EUR');
 * price //=> { amount: '12.5', currency: 'EUR' }
 * money('300', { code: 'PTS', digits: 0 }) //=> { amount: '300', currency: 'PTS', digits: 0 }
 * ```
 * @category Money
 */
export interface Money<C extends string = string> {
  /** The exact amount, in major units (euros, not cents). */
  readonly amount: Decimal;
  /** The currency code: ISO 4217 such as `"EUR"`, or the code of a declared currency. */
  readonly currency: C;
  /** The digits of a declared currency; absent for ISO 4217 currencies, whose digits ISO fixes. */
  readonly digits?: number;
}

/**
 * A money argument: a {@link Money}, or money in its JSON form with the amount as a decimal
 * string (`{ amount: '12.50', currency: 'EUR' }`, plus `digits` for a declared currency). Every
 * money function accepts both.
 *
 * @example
 * ```ts
 * import { add, type MoneyInput } from 'partner-alignment';
 * const fromJson: MoneyInput<'EUR'> = { amount: '12.50', currency: 'EUR' };
 * add(fromJson, { amount: '0.5', currency: 'EUR' }) //=> { amount: '13', currency: 'EUR' }
 * ```
 * @category Money
 */
export type MoneyInput<C extends string = string> =
  | Money<C>
  | { readonly amount: string; readonly currency: C; readonly digits?: number };

/**
 * Makes a {@link Money} from an exact amount and a currency, checking both.
 *
 * @param amount - a decimal string such as `"12.50"`, a safe integer, or a Decimal
 * @param currency - an ISO 4217 code in uppercase such as `"EUR"`, or a declared currency `{ code, digits }`
 * @returns a frozen money value
 * @throws {@link ValidationError} for a malformed or out-of-bounds amount, or an unknown currency
 * @example
 * ```ts
 * import { money } from 'partner-alignment';
 * money('19.99', 'EUR') //=> { amount: '19.99', currency: 'EUR' }
 * money('1', 'CLF') //=> { amount: '1', currency: 'CLF' }
 * money('19,99', 'EUR') //!> ValidationError
 * money('1', 'EUX') //!> ValidationError
 * ```
 * @category Money
 */
export function money<C extends string>(
  amount: string | number | Decimal,
  currency: C | CurrencyDefinition<C>,
): Money<C> {
  const summary = 'Invalid money';
  const exact = readDecimal(amount, ['amount'], summary);
  const resolved = resolveCurrency(currency as CurrencyInput, summary, ['currency']);
  return makeMoney(exact, resolved.code as C, resolved.declared ? resolved.digits : undefined);
}

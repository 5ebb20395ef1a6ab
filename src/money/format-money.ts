import type { Money } from './money.js';
import { toDecimalString } from './to-decimal-string.js';

/**
 * Options of {@link formatMoney}.
 *
 * @example
 * ```ts
 * import type { FormatMoneyOptions } from 'partner-alignment';
 * const options: FormatMoneyOptions = { locale: 'de-DE', display: 'code' };
 * options.display //=> 'code'
 * ```
 * @category Money
 */
export interface FormatMoneyOptions {
  /** A BCP 47 locale such as `'de-DE'`. Default `'en'`, so output never depends on the machine. */
  readonly locale?: string;
  /** How to show the currency: `'symbol'` (default, `€`), `'code'` (`EUR`) or `'name'` (`euros`). */
  readonly display?: 'symbol' | 'code' | 'name';
}

/**
 * Formats money for people through `Intl.NumberFormat`, from the exact decimal string (never a
 * float), so every digit survives: at least the currency's minor units, and every further exact
 * decimal place of the amount.
 *
 * @param value - the money to format
 * @param options - `locale` (default `'en'`) and `display` (default `'symbol'`)
 * @returns the formatted amount with its currency
 * @throws `RangeError` from `Intl` for a malformed locale
 * @example
 * ```ts
 * import { formatMoney, money } from 'partner-alignment';
 * formatMoney(money('1234567.5', 'EUR')) //=> '€1,234,567.50'
 * formatMoney(money('0.125', 'EUR'), { display: 'name' }) //=> '0.125 euros'
 * formatMoney(money('12345678901234567890.01', 'USD')) //=> '$12,345,678,901,234,567,890.01'
 * ```
 * @category Money
 */
export function formatMoney(value: Money, options?: FormatMoneyOptions): string {
  const text = toDecimalString(value);
  const dot = text.indexOf('.');
  const places = dot < 0 ? 0 : text.length - dot - 1;
  const format = new Intl.NumberFormat(options?.locale ?? 'en', {
    style: 'currency',
    currency: value.currency,
    currencyDisplay: options?.display ?? 'symbol',
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
  return format.format(text as `${number}`);
}

import { assertCurrencyCode } from './internal/assert-currency-code.js';

let knownCurrencies: ReadonlySet<string> | undefined;
const minorUnitsCache = new Map<string, number>();

/**
 * Tells whether a string is a currency code this JavaScript engine knows (ISO 4217, from
 * `Intl.supportedValuesOf('currency')`): three uppercase letters such as `"EUR"`.
 *
 * @param code - the candidate code
 * @returns `true` for a known, uppercase currency code
 * @example
 * ```ts
 * import { isCurrencyCode } from 'partner-alignment';
 * isCurrencyCode('EUR') //=> true
 * isCurrencyCode('eur') //=> false
 * isCurrencyCode('EUX') //=> false
 * ```
 * @category Money
 */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/**
 * The number of decimal places of a currency's minor unit, as the engine's `Intl` data says
 * (EUR 2, JPY 0, KWD 3, BHD 3). No hand-written table.
 *
 * @param currency - a known currency code
 * @returns the number of minor-unit digits
 * @throws {@link ValidationError} for an unknown currency code
 * @example
 * ```ts
 * import { minorUnits } from 'partner-alignment';
 * minorUnits('EUR') //=> 2
 * minorUnits('JPY') //=> 0
 * minorUnits('KWD') //=> 3
 * ```
 * @category Money
 */
export function minorUnits(currency: string): number {
  const cached = minorUnitsCache.get(currency);
  if (cached !== undefined) return cached;
  assertCurrencyCode(currency);
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  const units = digits ?? 2;
  minorUnitsCache.set(currency, units);
  return units;
}

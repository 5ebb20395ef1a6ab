/**
 * Currencies: ISO 4217 codes with the digits ISO gives them (from the library's own copy of the
 * list, never from `Intl`), and currencies that ISO does not list (loyalty points, credits),
 * declared by the caller with their own digits and carried by every value in them.
 *
 * @module
 */
import { isRecord, wrongType } from '../argument-checks.js';
import { checkDeclaredCurrency, isoDigits, resolveCurrency } from './internal/currencies.js';

/**
 * A currency that ISO 4217 does not list, declared with the number of decimal places of its
 * smallest unit: loyalty points (`{ code: 'PTS', digits: 0 }`), credits, a token. Accepted
 * wherever a currency code is; money in it carries its `digits`, so allocation, rounding, minor
 * units and formatting work without any global registry. The code has 3 to 12 uppercase letters
 * or digits (a letter first) and must not be an ISO 4217 code with a minor unit (ISO decides
 * those); a code ISO lists without a minor unit (XAU, XDR) may be declared. `digits` is a whole
 * number from 0 to 18. Two definitions of one code never mix in one operation.
 *
 * @example
 * ```ts
 * import { type CurrencyDefinition, allocate, money } from 'partner-alignment';
 * const points: CurrencyDefinition<'PTS'> = { code: 'PTS', digits: 0 };
 * allocate(money('10', points), [1, 1, 1]).map((part) => part.amount) //=> ['4', '3', '3']
 * ```
 * @category Money
 */
export interface CurrencyDefinition<C extends string = string> {
  /** The code of the currency, such as `"PTS"`. */
  readonly code: C;
  /** The decimal places of its smallest unit: 0 for whole points, 2 for cents-like credits. */
  readonly digits: number;
}

/**
 * A currency argument: an ISO 4217 code such as `"EUR"`, or a {@link CurrencyDefinition}.
 *
 * @example
 * ```ts
 * import { type CurrencyInput, minorUnits } from 'partner-alignment';
 * const currencies: CurrencyInput[] = ['EUR', { code: 'PTS', digits: 0 }];
 * currencies.map((currency) => minorUnits(currency)) //=> [2, 0]
 * ```
 * @category Money
 */
export type CurrencyInput<C extends string = string> = C | CurrencyDefinition<C>;

/**
 * Tells whether a value is an ISO 4217 currency code usable for money: three uppercase letters
 * of the current List One with a minor unit, such as `"EUR"`. Codes that ISO lists without a
 * minor unit (XAU, XDR, XXX) and withdrawn codes (ANG, HRK) are not; declared currencies are not
 * codes of ISO either. Never reads `Intl`.
 *
 * @param code - the candidate code
 * @returns `true` for a usable, uppercase ISO 4217 code
 * @example
 * ```ts
 * import { isCurrencyCode } from 'partner-alignment';
 * isCurrencyCode('EUR') //=> true
 * isCurrencyCode('XCG') //=> true
 * isCurrencyCode('eur') //=> false
 * isCurrencyCode('ANG') //=> false
 * isCurrencyCode('XAU') //=> false
 * ```
 * @category Money
 */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && typeof isoDigits(code) === 'number';
}

/**
 * The number of decimal places of a currency's minor unit: ISO 4217's (EUR 2, JPY 0, KWD 3, COP 2,
 * CLF 4), or the digits of a declared currency. Never reads `Intl`, whose data differs from ISO.
 *
 * @param currency - an ISO 4217 code, or a declared currency `{ code, digits }`
 * @returns the number of minor-unit digits
 * @throws {@link ValidationError} for an unknown code, a code ISO lists without a minor unit, or a malformed declaration
 * @example
 * ```ts
 * import { minorUnits } from 'partner-alignment';
 * minorUnits('EUR') //=> 2
 * minorUnits('JPY') //=> 0
 * minorUnits('COP') //=> 2
 * minorUnits({ code: 'PTS', digits: 0 }) //=> 0
 * minorUnits('XAU') //!> ValidationError
 * ```
 * @category Money
 */
export function minorUnits(currency: CurrencyInput): number {
  if (typeof currency === 'string') {
    const digits = isoDigits(currency);
    if (typeof digits === 'number') return digits;
  }
  return resolveCurrency(currency, 'Invalid currency', ['currency']).digits;
}

/**
 * Declares a currency that ISO 4217 does not list, checking it once: the same
 * {@link CurrencyDefinition}, frozen. Plain `{ code, digits }` objects are accepted everywhere
 * too (and checked where they are used); declaring one first reports a mistake early.
 *
 * @param definition - the code and the digits of the currency
 * @returns the definition, frozen
 * @throws {@link ValidationError} for a malformed code or digits, an ISO 4217 code with a minor unit, or an unknown field
 * @example
 * ```ts
 * import { defineCurrency, formatMoney, money } from 'partner-alignment';
 * const credits = defineCurrency({ code: 'CREDITS', digits: 2 });
 * // Intl separates a code from the amount with a no-break space.
 * formatMoney(money('1250.5', credits)).replace('\u00a0', ' ') //=> 'CREDITS 1,250.50'
 * defineCurrency({ code: 'EUR', digits: 3 }) //!> ValidationError
 * ```
 * @category Money
 */
export function defineCurrency<C extends string>(
  definition: CurrencyDefinition<C>,
): CurrencyDefinition<C> {
  const summary = 'Invalid currency definition';
  if (!isRecord(definition)) {
    throw wrongType(
      summary,
      ['definition'],
      definition,
      'a currency definition such as { code: "PTS", digits: 0 }',
    );
  }
  const { code, digits } = checkDeclaredCurrency(definition, summary, ['definition']);
  return Object.freeze({ code: code as C, digits });
}

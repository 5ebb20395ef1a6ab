import {
  argumentError,
  checkOneOf,
  checkOptions,
  describeReceived,
  wrongType,
} from '../argument-checks.js';
import { checkMoney } from './internal/check-money.js';
import { isoDigits } from './internal/currencies.js';
import type { MoneyInput } from './money.js';
import { plainAmount } from './to-decimal-string.js';

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

const displays = ['symbol', 'code', 'name'] as const;

/**
 * The most fraction digits handed to `Intl` (Node 20 refuses more than 20); further exact digits
 * are written by the library in the locale's own digits.
 */
const INTL_FRACTION_DIGITS = 20;

function checkLocale(locale: unknown, summary: string): string {
  if (locale === undefined) return 'en';
  if (typeof locale !== 'string') {
    throw wrongType(summary, ['options', 'locale'], locale, 'a BCP 47 locale such as "de-DE"');
  }
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    throw argumentError(
      summary,
      'invalid-format',
      ['options', 'locale'],
      'Not a well-formed BCP 47 locale',
      describeReceived(locale),
      'a BCP 47 locale such as "en", "de-DE" or "pt-BR"',
    );
  }
}

/** The locale's ten digits, for the fraction digits written beyond what `Intl` takes. */
function localeDigits(locale: string, numberingSystem: string): string[] {
  const format = new Intl.NumberFormat(locale, { numberingSystem, useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => format.format(digit));
}

/**
 * Formats money for people through `Intl.NumberFormat`, from the exact decimal string (never a
 * float), so every digit survives: at least the currency's minor units (ISO 4217's, or a declared
 * currency's), and every further exact decimal place of the amount, however many (the digits
 * past the 20 that `Intl` takes on Node 20 are added in the locale's own digits). A declared
 * currency is shown by its code, whatever `display` says.
 *
 * @param value - the money to format
 * @param options - `locale` (default `'en'`) and `display` (default `'symbol'`)
 * @returns the formatted amount with its currency
 * @throws {@link ValidationError} for a value that is not money, a malformed locale, or an unknown option or display
 * @example
 * ```ts
 * import { formatMoney, money } from 'partner-alignment';
 * formatMoney(money('1234567.5', 'EUR')) //=> '€1,234,567.50'
 * formatMoney(money('0.125', 'EUR'), { display: 'name' }) //=> '0.125 euros'
 * formatMoney(money('12345678901234567890.01', 'USD')) //=> '$12,345,678,901,234,567,890.01'
 * formatMoney(money('1e-30', 'EUR')) //=> '€0.000000000000000000000000000001'
 * formatMoney(money('1', 'EUR'), { locale: 'no such locale' }) //!> ValidationError
 * ```
 * @category Money
 */
export function formatMoney(value: MoneyInput, options?: FormatMoneyOptions): string {
  const summary = 'Invalid arguments to formatMoney';
  const checked = checkMoney(value, summary, ['value']);
  const given = checkOptions(options, ['locale', 'display'], summary);
  const locale = checkLocale(given['locale'], summary);
  const display =
    given['display'] === undefined
      ? 'symbol'
      : checkOneOf(given['display'], displays, summary, ['options', 'display']);
  const declared = typeof isoDigits(checked.currency) !== 'number';
  const text = plainAmount(checked);
  const dot = text.indexOf('.');
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  const shown = fraction.slice(0, INTL_FRACTION_DIGITS);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    // A declared currency has no ISO code for Intl: format as "no currency", then show its code.
    currency: declared ? 'XXX' : checked.currency,
    currencyDisplay: declared ? 'code' : display,
    minimumFractionDigits: shown.length,
    maximumFractionDigits: shown.length,
  });
  const head = dot < 0 ? text : text.slice(0, dot + 1 + shown.length);
  const parts = format.formatToParts(head as `${number}`);
  const rest = fraction.slice(shown.length);
  const digits = rest === '' ? [] : localeDigits(locale, format.resolvedOptions().numberingSystem);
  return parts
    .map((part) => {
      if (part.type === 'fraction' && rest !== '') {
        return part.value + Array.from(rest, (digit) => digits[Number(digit)]).join('');
      }
      if (part.type === 'currency' && declared) return checked.currency;
      return part.value;
    })
    .join('');
}

/**
 * The ISO 4217 currency codes and their minor units, kept as data in the library so that the
 * digits of a currency never depend on the JavaScript engine's ICU data (which differs from ISO
 * for COP, HUF, IDR and a dozen more, and changes with the Node version).
 *
 * Source: ISO 4217 "List One: Currency, fund and precious metal codes", as published by its
 * maintenance agency (SIX Financial Information) on 2026-01-01, after amendment 180. Every code of
 * that list is here, with its `CcyMnrUnts`; `null` stands for the list's `N.A.` (no minor unit).
 * No npm package carried this list when it was taken (`currency-codes` 2.2.0 still had ANG and
 * lacked XAD and XCG). To update: compare with the newest List One, edit the groups below and the
 * date, and `test/money/iso-4217.test.ts` (its own transcription of the list) with them.
 *
 * @module
 */

// One group per number of minor-unit digits, codes in alphabetical order.
const twoDigits =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XAD XCD XCG YER ZAR ZMW ZWG';
const zeroDigits = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const threeDigits = 'BHD IQD JOD KWD LYD OMR TND';
const fourDigits = 'CLF UYW';
/** Precious metals, bond-market units, SDR, SUCRE, the testing code and "no currency". */
const noMinorUnit = 'XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX';

function tableOf(): Readonly<Record<string, number | null>> {
  const table: Record<string, number | null> = Object.create(null);
  const groups: ReadonlyArray<readonly [string, number | null]> = [
    [zeroDigits, 0],
    [twoDigits, 2],
    [threeDigits, 3],
    [fourDigits, 4],
    [noMinorUnit, null],
  ];
  for (const [codes, digits] of groups) for (const code of codes.split(' ')) table[code] = digits;
  return Object.freeze(table);
}

/**
 * The ISO 4217 list the library uses (see {@link iso4217}).
 *
 * @example
 * ```ts
 * import { iso4217, type Iso4217List } from 'partner-alignment';
 * const list: Iso4217List = iso4217;
 * list.published //=> '2026-01-01'
 * ```
 * @category Money
 */
export interface Iso4217List {
  /** The publication date of the ISO 4217 List One this data was taken from. */
  readonly published: string;
  /**
   * Every active code (currencies, fund codes, precious metals and special codes) with its number
   * of minor-unit digits, or `null` where ISO 4217 gives none (`N.A.`: XAU, XDR, XXX, ...).
   */
  readonly minorUnits: Readonly<Record<string, number | null>>;
}

/**
 * The ISO 4217 currency codes and their minor units, as data: every active code of List One
 * (published 2026-01-01), fund codes included (BOV CHE CHW CLF COU MXV USN UYI UYW), with the
 * digits ISO gives (COP 2, HUF 2, IDR 2, CLF 4). Codes with no minor unit (`null`: precious
 * metals, SDR, bond-market units, XTS, XXX) are not money currencies on their own: declare their
 * digits with a {@link CurrencyDefinition} to use them. A frozen table; `Intl` is used only to
 * format.
 *
 * @example
 * ```ts
 * import { iso4217 } from 'partner-alignment';
 * iso4217.minorUnits['COP'] //=> 2
 * iso4217.minorUnits['CLF'] //=> 4
 * iso4217.minorUnits['XAU'] //=> null
 * Object.keys(iso4217.minorUnits).length //=> 178
 * ```
 * @category Money
 */
export const iso4217: Iso4217List = Object.freeze({
  published: '2026-01-01',
  minorUnits: tableOf(),
});

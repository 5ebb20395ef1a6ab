import { checkOptions } from '../argument-checks.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { formatDateIn, readLocale } from './internal/locale.js';
import { readDate } from './internal/read-values.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of {@link formatDate}.
 *
 * @example
 * ```ts
 * import type { FormatDateOptions } from 'partner-alignment/report';
 * import { enUS } from 'date-fns/locale/en-US';
 * const options: FormatDateOptions = { locale: enUS };
 * options.locale?.code //=> 'en-US'
 * ```
 * @category Report
 */
export interface FormatDateOptions {
  /** A date-fns v4 locale. Default: `enGB` (English, "31 Mar 2027"). */
  readonly locale?: ReportLocale;
}

const SUMMARY = 'Invalid arguments to formatDate';

/**
 * An ISO date for people, in the locale's medium form ("31 Mar 2027", "Mar 31, 2027",
 * "31. März 2027"), the same on every machine whatever its time zone.
 *
 * @param date - an ISO date such as `2027-03-31`
 * @param options - `locale` (default English, `enGB`)
 * @returns the date as text
 * @throws {@link index!ValidationError} for a date that is not a real ISO date, or an invalid option
 * @example
 * ```ts
 * import { formatDate } from 'partner-alignment/report';
 * import { enUS } from 'date-fns/locale/en-US';
 * formatDate('2027-03-31') //=> '31 Mar 2027'
 * formatDate('2027-03-31', { locale: enUS }) //=> 'Mar 31, 2027'
 * ```
 * @category Report
 */
export function formatDate(date: IsoDate, options?: FormatDateOptions): string {
  const given = checkOptions(options, ['locale'], SUMMARY);
  const locale = readLocale(given['locale'], SUMMARY, ['options', 'locale']);
  return formatDateIn(locale, readDate(date, SUMMARY, ['date']));
}

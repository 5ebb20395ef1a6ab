import { checkOptions } from '../argument-checks.js';
import { daysBetween } from '../calendar/day-arithmetic.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { formatDaysIn, readLocale } from './internal/locale.js';
import { readDate } from './internal/read-values.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of {@link formatRelativeDate}.
 *
 * @example
 * ```ts
 * import type { FormatRelativeDateOptions } from 'partner-alignment/report';
 * const options: FormatRelativeDateOptions = { asOf: '2026-11-27' };
 * options.asOf //=> '2026-11-27'
 * ```
 * @category Report
 */
export interface FormatRelativeDateOptions {
  /** The day the text is read on, an ISO date. Required: the library reads no clock. */
  readonly asOf: IsoDate;
  /** A date-fns v4 locale. Default: `enGB` (English). */
  readonly locale?: ReportLocale;
}

const SUMMARY = 'Invalid arguments to formatRelativeDate';

/**
 * How far a date lies from the as-of date, in days, as people say it in the locale: "in 12 days",
 * "tomorrow", "today", "3 days ago" ("in 12 Tagen" in German).
 *
 * @param date - an ISO date
 * @param options - `asOf` (required) and `locale` (default English, `enGB`)
 * @returns the distance as text
 * @throws {@link index!ValidationError} for a date or `asOf` that is not a real ISO date, or an invalid option
 * @example
 * ```ts
 * import { formatRelativeDate } from 'partner-alignment/report';
 * import { de } from 'date-fns/locale/de';
 * formatRelativeDate('2026-12-09', { asOf: '2026-11-27' }) //=> 'in 12 days'
 * formatRelativeDate('2026-11-24', { asOf: '2026-11-27' }) //=> '3 days ago'
 * formatRelativeDate('2026-11-28', { asOf: '2026-11-27', locale: de }) //=> 'morgen'
 * ```
 * @category Report
 */
export function formatRelativeDate(date: IsoDate, options: FormatRelativeDateOptions): string {
  const given = checkOptions(options, ['asOf', 'locale'], SUMMARY);
  const asOf = readDate(given['asOf'], SUMMARY, ['options', 'asOf']);
  const locale = readLocale(given['locale'], SUMMARY, ['options', 'locale']);
  return formatDaysIn(locale, daysBetween(asOf, readDate(date, SUMMARY, ['date'])));
}

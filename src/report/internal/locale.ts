/**
 * The human edge of the report: dates and numbers for people, in a date-fns v4 locale (English
 * as in the United Kingdom by default) through date-fns and `Intl`. Dates are ISO dates; a `Date`
 * is made only here, at midnight UTC, and every format reads it in UTC, so the output never
 * depends on the machine's time zone.
 *
 * @module
 */
import { tz } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { argumentError, isRecord, kindOf } from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';

/** The locale of every report when none is given: English, with day-month dates ("1 Jan 2027"). */
export const defaultLocale: Locale = enGB;

/** A `locale` option: a date-fns `Locale` whose code `Intl` knows. */
export function readLocale(value: unknown, summary: string, path: IssuePath): Locale {
  if (value === undefined) return defaultLocale;
  const code = isRecord(value) ? value['code'] : undefined;
  let known = false;
  try {
    known = typeof code === 'string' && Intl.DateTimeFormat.supportedLocalesOf([code]).length > 0;
  } catch {
    known = false;
  }
  if (!known || typeof (value as Locale).formatLong?.date !== 'function') {
    throw argumentError(
      summary,
      'invalid-type',
      path,
      `Expected a date-fns locale, received ${kindOf(value)}`,
      typeof code === 'string'
        ? `a locale with code ${JSON.stringify(code.slice(0, 20))}`
        : kindOf(value),
      'a date-fns v4 locale, such as `de` from "date-fns/locale/de"',
    );
  }
  return value as Locale;
}

/** An ISO date (checked before) as a `Date` at midnight UTC. */
function dateOf(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A date as people read it in the locale: "31 Mar 2027" (en-GB), "31. März 2027" (de). */
export function formatDateIn(locale: Locale, iso: string): string {
  return format(dateOf(iso), 'PP', { locale, in: tz('UTC') });
}

/** A span of days in the locale: "1 Jan – 31 Mar 2027" (en-GB). */
export function formatRangeIn(locale: Locale, start: string, end: string): string {
  const form = new Intl.DateTimeFormat(locale.code, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // Intl sets the dash between thin spaces (U+2009): plain spaces read the same and copy well.
  return form.formatRange(dateOf(start), dateOf(end)).replaceAll('\u2009', ' ');
}

/** A number of days from today as people say it: "in 12 days", "tomorrow", "3 days ago". */
export function formatDaysIn(locale: Locale, days: number): string {
  return new Intl.RelativeTimeFormat(locale.code, { numeric: 'auto' }).format(days, 'day');
}

/** An exact decimal string as a number in the locale, with at most `places` decimals. */
export function formatNumberIn(locale: Locale, exact: string, places: number): string {
  return new Intl.NumberFormat(locale.code, { maximumFractionDigits: places }).format(
    exact as `${number}`,
  );
}

/** A ratio (0.845) as a percentage in the locale ("84.5%"), with at most `places` decimals. */
export function formatPercentIn(locale: Locale, exact: string, places = 1): string {
  return new Intl.NumberFormat(locale.code, {
    style: 'percent',
    maximumFractionDigits: places,
  }).format(exact as `${number}`);
}

/**
 * An amount of its currency in the locale, short enough for a page: whole units below 100,000
 * ("US$54,300"), three significant digits in compact form above ("US$9.53M", "9,53 Mio. $").
 */
export function formatAmountIn(locale: Locale, exact: string, currency: string): string {
  const large = Math.abs(Number(exact)) >= 100_000;
  try {
    return new Intl.NumberFormat(locale.code, {
      style: 'currency',
      currency,
      ...(large
        ? { notation: 'compact', maximumSignificantDigits: 3 }
        : { maximumFractionDigits: 0 }),
    }).format(exact as `${number}`);
  } catch {
    // A currency declared by the caller has no ISO code for Intl: its code after the number.
    return `${formatNumberIn(locale, exact, 0)} ${currency}`;
  }
}

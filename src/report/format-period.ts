import { argumentError, checkOneOf, checkOptions } from '../argument-checks.js';
import type { FiscalCalendar } from '../calendar/fiscal-calendar.js';
import { formatPeriodKey } from '../calendar/format-period-key.js';
import type { Period } from '../calendar/period.js';
import { periodEnd, periodStart } from '../calendar/period-bounds.js';
import { isPartnerAlignmentError, isValidationError } from '../errors.js';
import { formatRangeIn, readLocale } from './internal/locale.js';
import { rethrowUnder } from './internal/rethrow.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of {@link formatPeriod}.
 *
 * @example
 * ```ts
 * import type { FormatPeriodOptions } from 'partner-alignment/report';
 * import { de } from 'date-fns/locale/de';
 * const options: FormatPeriodOptions = { locale: de, dates: 'hidden' };
 * options.dates //=> 'hidden'
 * ```
 * @category Report
 */
export interface FormatPeriodOptions {
  /** A date-fns v4 locale for the dates. Default: `enGB` (English, "1 Jan – 31 Mar 2027"). */
  readonly locale?: ReportLocale;
  /** `'shown'` (the default): the label and its days in brackets; `'hidden'`: the label alone. */
  readonly dates?: 'shown' | 'hidden';
}

const SUMMARY = 'Invalid arguments to formatPeriod';

/** `FY2027-Q3` → `Q3 FY2027`; `FY2027` stays. */
function labelOf(key: string): string {
  const dash = key.indexOf('-');
  return dash < 0 ? key : `${key.slice(dash + 1)} ${key.slice(0, dash)}`;
}

/**
 * A fiscal period for people: its label and the days it covers in the locale, such as
 * "Q3 FY2027 (1 Jan – 31 Mar 2027)", so nobody has to know when the fiscal year starts.
 *
 * @param calendar - the fiscal calendar of the period
 * @param period - the period, or its key such as `FY2027-Q3`
 * @param options - `locale` (default English, `enGB`) and `dates` (`'shown'` by default)
 * @returns the period as text
 * @throws {@link index!ValidationError} for a malformed calendar or period, a period of another calendar, or an invalid option
 * @example
 * ```ts
 * import { calendarYear } from 'partner-alignment';
 * import { formatPeriod } from 'partner-alignment/report';
 * import { de } from 'date-fns/locale/de';
 * const july = { kind: 'month-based', id: 'fy-jul', startMonth: 7 } as const;
 * formatPeriod(calendarYear, 'FY2027-Q1') //=> 'Q1 FY2027 (1 Jan – 31 Mar 2027)'
 * formatPeriod(july, 'FY2027-Q3', { locale: de }) //=> 'Q3 FY2027 (1. Jan. – 31. März 2027)'
 * formatPeriod(july, 'FY2027', { dates: 'hidden' }) //=> 'FY2027'
 * ```
 * @category Report
 */
export function formatPeriod(
  calendar: FiscalCalendar,
  period: Period | string,
  options?: FormatPeriodOptions,
): string {
  const given = checkOptions(options, ['locale', 'dates'], SUMMARY);
  const locale = readLocale(given['locale'], SUMMARY, ['options', 'locale']);
  const dates =
    given['dates'] === undefined
      ? 'shown'
      : checkOneOf(given['dates'], ['shown', 'hidden'] as const, SUMMARY, ['options', 'dates']);
  let start: string;
  let end: string;
  try {
    [start, end] = [periodStart(calendar, period), periodEnd(calendar, period)];
  } catch (error) {
    // Issues of the calendar functions already name `calendar` or `period`; their other errors
    // (another calendar's period, weeks on a month-based calendar) are about the period.
    if (isValidationError(error)) rethrowUnder(error, SUMMARY);
    if (!isPartnerAlignmentError(error)) throw error;
    throw argumentError(
      SUMMARY,
      'invalid-value',
      ['period'],
      error.message,
      typeof period === 'string' ? JSON.stringify(period) : 'a period',
      'a period of the calendar',
    );
  }
  const key = typeof period === 'string' ? period : formatPeriodKey(period);
  const label = labelOf(key);
  return dates === 'hidden' ? label : `${label} (${formatRangeIn(locale, start, end)})`;
}

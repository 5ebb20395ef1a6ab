import { InvalidPeriodError } from './errors.js';
import { checkPeriod } from './internal/check-arguments.js';
import type { Period } from './period.js';

const suffix = { half: 'H', quarter: 'Q', month: 'M', week: 'W' } as const;
/** The most periods of a granularity any fiscal year has (53 weeks in a long year). */
const mostPerYear = { year: 1, half: 2, quarter: 4, month: 12, week: 53 } as const;

/**
 * Writes the canonical key of a period.
 *
 * @param period - the period
 * @returns its key, such as `FY2027-Q3` or `FY2027-W05`
 * @throws {@link ValidationError} for a value that is not a period
 * @throws {@link FiscalYearOutOfRangeError} for a fiscal year outside 1900 to 2200
 * @throws {@link InvalidPeriodError} for an index no fiscal year has (`Q5`, `M13`, `W54`)
 * @example
 * ```ts
 * import { formatPeriodKey } from 'partner-alignment';
 * formatPeriodKey({ calendar: 'calendar', granularity: 'month', year: 2027, index: 7 }) //=> 'FY2027-M07'
 * formatPeriodKey({ calendar: 'calendar', granularity: 'year', year: 2027, index: 1 }) //=> 'FY2027'
 * ```
 * @category Calendar
 */
export function formatPeriodKey(period: Period): string {
  const { granularity, index } = checkPeriod(period, undefined, 'Invalid period');
  const count = mostPerYear[granularity];
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new InvalidPeriodError(period, count);
  }
  return formatPeriodKeyUnchecked(period);
}

/**
 * The key of a period the library built itself, unchecked: for hot loops over periods that are
 * known to be valid. Not exported from the package; callers outside use {@link formatPeriodKey}.
 */
export function formatPeriodKeyUnchecked(period: Period): string {
  const year = `FY${String(period.year).padStart(4, '0')}`;
  if (period.granularity === 'year') return year;
  const digits = period.granularity === 'month' || period.granularity === 'week' ? 2 : 1;
  return `${year}-${suffix[period.granularity]}${String(period.index).padStart(digits, '0')}`;
}

import { checkPeriod } from './internal/check-arguments.js';
import { granularityRank } from './internal/fiscal-year.js';
import type { Period } from './period.js';

/**
 * Orders two periods for sorting: chronologically within a calendar and granularity. The full
 * order is by calendar id, then fiscal year, then granularity (coarsest first), then index.
 *
 * @param a - a period
 * @param b - another period
 * @returns a negative number when `a` sorts first, a positive one when `b` does, 0 when equal
 * @throws {ValidationError} for a value that is not a period
 * @example
 * ```ts
 * import { comparePeriods, formatPeriodKey } from 'partner-alignment';
 * const q = (year: number, index: number) => ({ calendar: 'calendar', granularity: 'quarter', year, index }) as const;
 * [q(2028, 1), q(2027, 4), q(2027, 2)].sort(comparePeriods).map(formatPeriodKey)
 * //=> ['FY2027-Q2', 'FY2027-Q4', 'FY2028-Q1']
 * ```
 * @category Calendar
 */
export function comparePeriods(a: Period, b: Period): number {
  checkPeriod(a, undefined, 'Invalid arguments to comparePeriods', ['a']);
  checkPeriod(b, undefined, 'Invalid arguments to comparePeriods', ['b']);
  if (a.calendar !== b.calendar) return a.calendar < b.calendar ? -1 : 1;
  if (a.year !== b.year) return a.year - b.year;
  const rank = granularityRank[a.granularity] - granularityRank[b.granularity];
  if (rank !== 0) return rank;
  return a.index - b.index;
}

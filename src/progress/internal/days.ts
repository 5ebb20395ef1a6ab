/**
 * Day numbers of ISO dates, to interpolate stock levels between checkpoints. Computed with
 * `Date.UTC`, so the process's time zone never matters.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/iso-date.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: IsoDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

import type { IsoDate } from './iso-date.js';
import {
  checkTimeZone,
  isoDateIn,
  outOfRangeInstant,
  type ToIsoDateOptions,
} from './to-iso-date.js';

/**
 * Options of {@link today}.
 *
 * @example
 * ```ts
 * import type { TodayOptions } from 'partner-alignment';
 * const options: TodayOptions = { timeZone: 'Asia/Tokyo' };
 * options.timeZone //=> 'Asia/Tokyo'
 * ```
 * @category Calendar
 */
export type TodayOptions = ToIsoDateOptions;

/**
 * Today's date in a time zone, as an ISO date: what to pass as `asOf` from a notebook or a tool.
 * Right near midnight and across daylight saving changes, because the day is the zone's own.
 *
 * @param options - `timeZone` (required): an IANA name such as `'Europe/Berlin'`, or an offset
 * @returns the current date written `YYYY-MM-DD` in that zone
 * @throws {@link ValidationError} for a missing or unknown time zone
 * @example
 * ```ts
 * import { isIsoDate, today } from 'partner-alignment';
 * isIsoDate(today({ timeZone: 'Europe/Berlin' })) //=> true
 * today({ timeZone: 'Mars/Olympus_Mons' }) //!> ValidationError
 * ```
 * @category Calendar
 */
export function today(options: TodayOptions): IsoDate {
  const summary = 'Invalid arguments to today';
  const timeZone = checkTimeZone(options, summary, ['options']);
  const now = new Date();
  // Only a clock set beyond the year 9999 (or before year 0) reaches the refusal.
  return isoDateIn(now, timeZone) ?? outOfRangeInstant(now, timeZone, summary, []);
}

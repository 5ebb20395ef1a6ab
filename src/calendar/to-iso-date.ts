import { tz } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';
import {
  argumentError,
  checkOptions,
  describeReceived,
  kindOf,
  wrongType,
} from '../argument-checks.js';
import type { IssuePath } from '../errors.js';
import type { IsoDate } from './iso-date.js';

/**
 * Options of {@link toIsoDate}.
 *
 * @example
 * ```ts
 * import type { ToIsoDateOptions } from 'partner-alignment';
 * const options: ToIsoDateOptions = { timeZone: 'Europe/Berlin' };
 * options.timeZone //=> 'Europe/Berlin'
 * ```
 * @category Calendar
 */
export interface ToIsoDateOptions {
  /**
   * The time zone whose calendar day is wanted: an IANA name such as `'Europe/Berlin'` or
   * `'UTC'`, or a UTC offset written `±HH:MM`, `±HHMM` or `±HH` such as `'+05:30'` (hours 00 to
   * 14). Required: the day of an instant depends on it, and the library never falls back on the
   * machine's zone.
   */
  readonly timeZone: string;
}

/**
 * A UTC offset as `@date-fns/tz` reads one, whole: `±HH:MM`, `±HHMM` or `±HH`, hours 00 to 14.
 * Anchored, because `@date-fns/tz` itself finds an offset anywhere in a name it does not know
 * (`"Mars+05:00"`, `"+99:99"`).
 */
const UTC_OFFSET = /^[+-](?:0\d|1[0-4])(?::?[0-5]\d)?$/;

/**
 * The zone names the runtime's zone data has accepted: a private cache that never changes a
 * result (the data does not change while the process runs), so that a known name is looked up
 * instead of building an `Intl.DateTimeFormat` on every call (about 0.1 ms, 15 times the rest of
 * `toIsoDate`). Only accepted names are kept: it grows no more than `@date-fns/tz`'s own cache,
 * which keeps a formatter for each of them.
 */
const knownZoneNames = new Set<string>();

/** Whether the runtime's zone data (which `@date-fns/tz` reads through Intl) knows a name. */
function isKnownZoneName(timeZone: string): boolean {
  if (knownZoneNames.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    knownZoneNames.add(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Checks `options.timeZone` (required): a UTC offset, or a name the zone data knows. */
export function checkTimeZone(options: unknown, summary: string, path: IssuePath): string {
  const { timeZone } = checkOptions(options, ['timeZone'], summary, path);
  const expected =
    'an IANA time zone such as "Europe/Berlin" or "UTC", or an offset such as "+05:30"';
  if (typeof timeZone !== 'string') {
    if (options === undefined) {
      throw argumentError(
        summary,
        'required',
        [...path, 'timeZone'],
        'The time zone is required: the calendar day of an instant depends on it',
        'nothing',
        expected,
      );
    }
    throw wrongType(summary, [...path, 'timeZone'], timeZone, expected);
  }
  // No zone name is near 64 characters: a longer string is refused without asking Intl.
  if (!UTC_OFFSET.test(timeZone) && (timeZone.length > 64 || !isKnownZoneName(timeZone))) {
    throw argumentError(
      summary,
      'invalid-value',
      [...path, 'timeZone'],
      'Unknown time zone',
      describeReceived(timeZone),
      expected,
    );
  }
  return timeZone;
}

/** The ISO date of an instant in a zone (both checked). */
export function isoDateIn(date: Date, timeZone: string): IsoDate {
  return formatISO(date, { representation: 'date', in: tz(timeZone) });
}

/**
 * The calendar day of an instant in a time zone, as an ISO date: the bridge from a JavaScript
 * `Date` (a point in time) to the plain dates the library computes with. Built on date-fns and
 * `@date-fns/tz`, so daylight saving and the day boundary are those of the zone, never of the
 * machine.
 *
 * @param date - a valid `Date`
 * @param options - `timeZone` (required)
 * @returns the date written `YYYY-MM-DD` in that zone
 * @throws {@link ValidationError} for anything but a valid `Date`, or a missing or unknown time zone
 * @example
 * ```ts
 * import { toIsoDate } from 'partner-alignment';
 * const instant = new Date('2027-03-27T23:30:00Z');
 * toIsoDate(instant, { timeZone: 'Europe/Berlin' }) //=> '2027-03-28'
 * toIsoDate(instant, { timeZone: 'America/New_York' }) //=> '2027-03-27'
 * toIsoDate(new Date('not a date'), { timeZone: 'UTC' }) //!> ValidationError
 * ```
 * @category Calendar
 */
export function toIsoDate(date: Date, options: ToIsoDateOptions): IsoDate {
  const summary = 'Invalid arguments to toIsoDate';
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw argumentError(
      summary,
      date instanceof Date ? 'invalid-date' : date === undefined ? 'required' : 'invalid-type',
      ['date'],
      date instanceof Date ? 'An invalid Date' : `Expected a Date, received ${kindOf(date)}`,
      date instanceof Date ? 'Invalid Date' : describeReceived(date),
      'a valid Date',
    );
  }
  return isoDateIn(date, checkTimeZone(options, summary, ['options']));
}

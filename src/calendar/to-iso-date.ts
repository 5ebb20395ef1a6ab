import { TZDate } from '@date-fns/tz';
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
 * The zone names the runtime's zone data has accepted, each with the name Intl resolves it to: a
 * private cache that never changes a result (the data does not change while the process runs), so
 * that a known name is looked up instead of building an `Intl.DateTimeFormat` on every call (about
 * 0.1 ms, 15 times the rest of `toIsoDate`). Bounded: Intl accepts every spelling of a name in
 * upper and lower case (`"eUROPE/bERLIN"`), so a stranger's input could otherwise grow it without
 * end; and `@date-fns/tz`, which keeps a formatter for every name it is given, only ever gets the
 * resolved one (a few hundred at most).
 */
const knownZoneNames = new Map<string, string>();
const KNOWN_ZONE_NAMES_LIMIT = 1_000;

/** The name Intl resolves a zone name to, or `undefined` when the runtime's zone data lacks it. */
function resolveZoneName(timeZone: string): string | undefined {
  const known = knownZoneNames.get(timeZone);
  if (known !== undefined) return known;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    if (knownZoneNames.size >= KNOWN_ZONE_NAMES_LIMIT) knownZoneNames.clear();
    knownZoneNames.set(timeZone, resolved);
    return resolved;
  } catch {
    return undefined;
  }
}

/**
 * Checks `options.timeZone` (required): a UTC offset, or a name the zone data knows. Returns the
 * offset, or the name as Intl resolves it (`"europe/berlin"` gives `"Europe/Berlin"`).
 */
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
  if (UTC_OFFSET.test(timeZone)) return timeZone;
  // No zone name is near 64 characters: a longer string is refused without asking Intl.
  const resolved = timeZone.length > 64 ? undefined : resolveZoneName(timeZone);
  if (resolved === undefined) {
    throw argumentError(
      summary,
      'invalid-value',
      [...path, 'timeZone'],
      'Unknown time zone',
      describeReceived(timeZone),
      expected,
    );
  }
  return resolved;
}

/**
 * The ISO date of an instant in a zone (both checked), or `undefined` when that date lies outside
 * the years 0000 to 9999 that every date of the library is in. The zone's arithmetic is
 * `@date-fns/tz`'s; only the writing of the three numbers is done here (date-fns' `formatISO` would
 * write such a year as `-0001` or `10000`, and importing it reads date-fns' 200 kB package.json on
 * every cold start of the core).
 */
export function isoDateIn(date: Date, timeZone: string): IsoDate | undefined {
  const local = new TZDate(date.getTime(), timeZone);
  const year = local.getFullYear();
  if (!(year >= 0 && year <= 9999)) return undefined;
  const month = local.getMonth() + 1;
  const day = local.getDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The refusal of an instant whose date in the zone is outside the years 0000 to 9999. */
export function outOfRangeInstant(
  date: Date,
  timeZone: string,
  summary: string,
  path: IssuePath,
): never {
  throw argumentError(
    summary,
    date.getTime() < 0 ? 'too-small' : 'too-big',
    path,
    `Its date in ${timeZone} is outside the years 0000 to 9999`,
    date.toISOString(),
    'an instant whose date in the time zone lies from 0000-01-01 to 9999-12-31',
  );
}

/**
 * The calendar day of an instant in a time zone, as an ISO date: the bridge from a JavaScript
 * `Date` (a point in time) to the plain dates the library computes with. Built on `@date-fns/tz`
 * (date-fns' time zone package), so daylight saving and the day boundary are those of the zone,
 * never of the machine. Like every date of the library, the day lies in the years 0000 to 9999.
 *
 * @param date - a valid `Date`
 * @param options - `timeZone` (required)
 * @returns the date written `YYYY-MM-DD` in that zone
 * @throws {@link ValidationError} for anything but a valid `Date`, a `Date` whose day in the zone is
 *   outside the years 0000 to 9999, or a missing or unknown time zone
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
  const timeZone = checkTimeZone(options, summary, ['options']);
  return isoDateIn(date, timeZone) ?? outOfRangeInstant(date, timeZone, summary, ['date']);
}

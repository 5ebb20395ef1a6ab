/**
 * Periods of the plan's calendar as day numbers, and the reading of periods at the boundary: a
 * period must be of the plan's calendar (never matched by its key across calendars) and exist
 * there. The year layouts are kept for one evaluation (a `Map` the caller owns), so a partnership
 * lays out each fiscal year once.
 *
 * @module
 */
import {
  argumentError,
  checkOneOf,
  describeReceived,
  isRecord,
  wrongType,
} from '../../argument-checks.js';
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import {
  firstFiscalYear,
  granularityRank,
  lastFiscalYear,
  periodBounds,
  periodCount,
  type YearLayout,
  yearLayout,
} from '../../calendar/fiscal-year-layout.js';
import { formatPeriodKeyUnchecked } from '../../calendar/format-period-key.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import type { Granularity, Period } from '../../calendar/period.js';
import { type IssuePath, isValidationError } from '../../errors.js';
import { repath } from './read-values.js';

/** One evaluation's calendar and its fiscal-year layouts, laid out on first use. */
export interface CalendarDays {
  readonly calendar: FiscalCalendar;
  readonly layouts: Map<number, YearLayout>;
}

/** A fresh set of layouts for a calendar. */
export function calendarDays(calendar: FiscalCalendar): CalendarDays {
  return { calendar, layouts: new Map() };
}

function layoutOf(days: CalendarDays, year: number): YearLayout {
  let layout = days.layouts.get(year);
  if (layout === undefined) {
    layout = yearLayout(days.calendar, year);
    days.layouts.set(year, layout);
  }
  return layout;
}

/** The first and the last day (inclusive) of a period known to exist on the calendar. */
export function periodSpan(days: CalendarDays, period: Period): readonly [number, number] {
  const [first, after] = periodBounds(
    layoutOf(days, period.year),
    period.granularity,
    period.index,
  );
  return [first, after - 1];
}

/** A number that tells periods of one calendar apart: equal for equal periods, and only for them. */
export function periodNumber(period: Period): number {
  return (period.year * 8 + granularityRank[period.granularity]) * 64 + period.index;
}

const granularities = Object.keys(granularityRank) as Granularity[];
const PERIOD_EXPECTED = 'a period key such as "FY2027-Q3", or a period of the plan’s calendar';

/**
 * A period argument as a period of the calendar: its key, read on the calendar, or a period value
 * of that calendar (`calendar: ''`, as a key parsed without a document gives, counts as the
 * calendar's). Returns a fresh period carrying the calendar's id.
 *
 * @throws {ValidationError} naming `path` for a malformed period, one of another calendar
 *   (`calendar-mismatch`), weeks on a month-based calendar, or an index its year does not have
 */
export function readPeriod(
  days: CalendarDays,
  value: unknown,
  summary: string,
  path: IssuePath,
): Period {
  const calendar = days.calendar;
  if (typeof value === 'string') {
    try {
      return parsePeriodKey(calendar, value);
    } catch (error) {
      if (isValidationError(error)) throw repath(error, summary, path);
      throw error;
    }
  }
  if (!isRecord(value)) throw wrongType(summary, path, value, PERIOD_EXPECTED);
  const id = value['calendar'];
  if (typeof id !== 'string') {
    throw wrongType(summary, [...path, 'calendar'], id, 'the id of the period’s calendar');
  }
  if (id !== calendar.id && id !== '') {
    const key = formatKeyLoosely(value);
    throw argumentError(
      summary,
      'calendar-mismatch',
      [...path, 'calendar'],
      `${key === '' ? 'A period' : `Period ${key}`} of calendar ${describeReceived(id)}, not of ${JSON.stringify(calendar.id)}: periods of different calendars cover different days and are never matched by their keys`,
      describeReceived(id),
      `a period of calendar ${JSON.stringify(calendar.id)}, or its key`,
      { calendar: calendar.id, received: id.slice(0, 40) },
    );
  }
  const granularity = checkOneOf(value['granularity'], granularities, summary, [
    ...path,
    'granularity',
  ]);
  const year = wholeNumber(value['year'], firstFiscalYear, lastFiscalYear, summary, [
    ...path,
    'year',
  ]);
  if (granularity === 'week' && calendar.kind === 'month-based') {
    throw argumentError(
      summary,
      'unsupported-granularity',
      [...path, 'granularity'],
      `Weeks need a week-based calendar; ${JSON.stringify(calendar.id)} is month-based`,
      '"week"',
      '"year", "half", "quarter" or "month"',
    );
  }
  const count = periodCount(layoutOf(days, year), granularity);
  const index = value['index'];
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index > count) {
    throw argumentError(
      summary,
      typeof index === 'number' ? 'period-not-on-calendar' : 'invalid-type',
      [...path, 'index'],
      typeof index === 'number'
        ? `Fiscal ${year} of calendar ${JSON.stringify(calendar.id)} has no ${granularity} ${describeReceived(index)}`
        : 'Expected a period index',
      describeReceived(index),
      `a whole number from 1 to ${count}`,
    );
  }
  return { calendar: calendar.id, granularity, year, index };
}

function wholeNumber(
  value: unknown,
  min: number,
  max: number,
  summary: string,
  path: IssuePath,
): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return value;
  }
  if (typeof value !== 'number')
    throw wrongType(summary, path, value, `a fiscal year such as 2027`);
  throw argumentError(
    summary,
    'invalid-value',
    path,
    `Fiscal year out of range`,
    describeReceived(value),
    `a whole number from ${min} to ${max}`,
  );
}

/** The key of a period value that may be malformed, for a message only. */
function formatKeyLoosely(value: Readonly<Record<string, unknown>>): string {
  const { granularity, year, index } = value;
  if (
    typeof granularity !== 'string' ||
    !granularities.includes(granularity as Granularity) ||
    !Number.isInteger(year) ||
    !Number.isInteger(index) ||
    (year as number) < 0 ||
    (year as number) > 9999 ||
    (index as number) < 1 ||
    (index as number) > 53
  ) {
    return '';
  }
  return formatPeriodKeyUnchecked({
    calendar: '',
    granularity: granularity as Granularity,
    year: year as number,
    index: index as number,
  });
}

/**
 * The input boundary of the cascade functions: calendars, decimals and periods as arguments, in
 * their JSON form or as values, checked by the same rules as a document, with issue paths under
 * the argument's name. What the library parsed or built passes at once.
 *
 * @module
 */
import { z } from 'zod';
import { argumentError, describeReceived, isRecord, kindOf } from '../../argument-checks.js';
import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { formatPeriodKeyUnchecked } from '../../calendar/format-period-key.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import { Granularity, type Period } from '../../calendar/period.js';
import { type IssuePath, isValidationError, ValidationError } from '../../errors.js';
import { acceptValue } from '../../model/accept.js';
import { PartnershipShape } from '../../model/partnership.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

/**
 * The calendar of a document: a fiscal calendar with no unknown keys and a bounded id. Lazy, so
 * that importing the package does not build every part of the document schema (see
 * CONTRIBUTING.md, "Cold import").
 */
const CalendarSchema = z.lazy(() => PartnershipShape.shape.calendar);

/** A calendar argument, as a document's calendar is checked. */
export function acceptCalendar(
  input: unknown,
  summary: string,
  path: IssuePath = ['calendar'],
): FiscalCalendar {
  return acceptValue(CalendarSchema, input, summary, path);
}

/** Re-throws a `ValidationError` of a nested check with its paths under `path`. */
function underPath(error: ValidationError, summary: string, path: IssuePath): ValidationError {
  return new ValidationError(
    summary,
    error.issues.map(({ label: _label, ...issue }) => ({
      ...issue,
      path: [...path, ...issue.path.slice(1)],
    })),
  );
}

/** A decimal argument: a Decimal, a decimal string or a safe integer, within `decimalLimits`. */
export function acceptDecimal(input: unknown, summary: string, path: IssuePath): Decimal {
  try {
    return toDecimal(input as Decimal);
  } catch (error) {
    if (isValidationError(error)) throw underPath(error, summary, path);
    throw error;
  }
}

/**
 * A period argument on a cascade's calendar: its key (`FY2027-Q3`, read on that calendar, as a
 * document's keys are read on its calendar) or a period value, which must name that calendar:
 * periods are never matched by key alone across calendars.
 *
 * @throws {ValidationError} under `path`: `calendar-mismatch` for a period of another calendar
 * (or of none), `invalid-period-key` or `invalid-type` for anything else that is not a period
 */
export function acceptPeriod(
  input: unknown,
  calendar: FiscalCalendar,
  summary: string,
  path: IssuePath,
): Period {
  if (typeof input === 'string') return periodOfKey(input, calendar, summary, path);
  const record = isRecord(input) ? input : undefined;
  const named = record?.['calendar'];
  if (typeof named === 'string' && named !== calendar.id) {
    // The key when the rest is a period (" FY2027-Q1"), else nothing: "The period is of …".
    const rest = { ...record, calendar: calendar.id };
    const key = isPeriodValue(rest) ? ` ${formatPeriodKeyUnchecked(rest)}` : '';
    throw argumentError(
      summary,
      'calendar-mismatch',
      path,
      named === ''
        ? `The period${key} names no calendar, so it cannot be told from a period of another calendar`
        : `The period${key} is of the calendar ${JSON.stringify(named)}, not of the plan's calendar ${JSON.stringify(calendar.id)}`,
      describeReceived(named),
      `a period of the calendar ${JSON.stringify(calendar.id)}, or its key such as "FY2027-Q1"`,
      { calendar: named, expected: calendar.id },
    );
  }
  // isPeriodValue accepts exactly what the Period schema accepts, without running it. The key is
  // then read on the calendar, which checks the period exists there (weeks only on 52/53-week
  // calendars, W53 only in a 53-week year).
  if (isPeriodValue(input)) {
    return periodOfKey(formatPeriodKeyUnchecked(input), calendar, summary, path);
  }
  throw argumentError(
    summary,
    input === undefined ? 'required' : 'invalid-type',
    path,
    `Expected a period or its key, received ${kindOf(input)}`,
    describeReceived(input),
    `a period key such as FY2027-Q3, or a period of the calendar ${JSON.stringify(calendar.id)}`,
  );
}

const GRANULARITIES: ReadonlySet<unknown> = new Set(Granularity.options);

const wholeIn = (value: unknown, least: number, most: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= least && (value as number) <= most;

/** Whether the `Period` schema accepts the input (exactly), decided without running the schema. */
export function isPeriodValue(input: unknown): input is Period {
  if (!isRecord(input)) return false;
  const { calendar, granularity, year, index } = input;
  return (
    typeof calendar === 'string' &&
    calendar.length > 0 &&
    GRANULARITIES.has(granularity) &&
    wholeIn(year, 1900, 2200) &&
    wholeIn(index, 1, 53)
  );
}

/** A period key read on a calendar, with the calendar's issue (at `key`) under `path`. */
function periodOfKey(
  key: string,
  calendar: FiscalCalendar,
  summary: string,
  path: IssuePath,
): Period {
  try {
    return parsePeriodKey(calendar, key);
  } catch (error) {
    if (isValidationError(error)) throw underPath(error, summary, path);
    throw error;
  }
}

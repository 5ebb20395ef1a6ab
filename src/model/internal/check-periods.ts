import type { FiscalCalendar } from '../../calendar/fiscal-calendar.js';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import type { Period } from '../../calendar/period.js';
import { periodEnd, periodStart } from '../../calendar/period-bounds.js';
import { isPartnerAlignmentError, isValidationError } from '../../errors.js';
import type { Horizon } from '../horizon.js';
import type { CheckContext, Finding } from './check-context.js';
import type { Path } from './document-issue.js';

/** The first and last days of a period, as ISO dates. */
export interface PeriodDays {
  readonly key: string;
  readonly start: string;
  readonly end: string;
}

type Resolved = PeriodDays | Omit<Finding, 'path' | 'received'>;

function resolveKey(calendar: FiscalCalendar, key: string): Resolved {
  try {
    const period = parsePeriodKey(calendar, key);
    return { key, start: periodStart(calendar, period), end: periodEnd(calendar, period) };
  } catch (error) {
    if (!isPartnerAlignmentError(error)) throw error;
    const issue = isValidationError(error) ? error.issues[0] : undefined;
    return {
      code: issue?.code ?? 'period-not-on-calendar',
      message: issue?.message ?? `Calendar "${calendar.id}" has no such period`,
      expected: issue?.expected ?? 'a period of the document calendar',
      params: { calendar: calendar.id },
    };
  }
}

/**
 * A reader of the periods of one document on its calendar: the days of a period, or an issue at
 * its path when the calendar has no such period (weeks on a month-based calendar, a 53rd week in
 * a 52-week year). Each distinct key is looked up once. Reads nothing when the calendar failed
 * validation, or the period did.
 */
export function periodReader(
  check: CheckContext,
): (path: Path, period: Period) => PeriodDays | undefined {
  const calendar = check.calendar;
  const memo = new Map<string, Resolved>();
  return (path, period) => {
    if (calendar === undefined || !check.clean(path)) return undefined;
    const key = formatPeriodKey(period);
    let resolved = memo.get(key);
    if (resolved === undefined) {
      resolved = resolveKey(calendar, key);
      memo.set(key, resolved);
    }
    if ('start' in resolved) return resolved;
    check.report({
      ...resolved,
      path,
      received: JSON.stringify(key),
      params: { ...resolved.params, period: key },
    });
    return undefined;
  };
}

const granularityCode = { year: 0, half: 1, quarter: 2, month: 3, week: 4 } as const;

/** A number that tells periods of one calendar apart, cheaper to key a map with than their key. */
export function codeOf(period: Period): number {
  return (period.year * 8 + granularityCode[period.granularity]) * 64 + period.index;
}

/** Whether a period shares at least one day with a horizon. */
export function overlaps(period: PeriodDays, horizon: Horizon): boolean {
  return period.end >= horizon.start && period.start <= horizon.end;
}

/** Reports a period that shares no day with the horizon it must lie in. */
export function reportOutside(
  check: CheckContext,
  path: Path,
  period: PeriodDays,
  horizon: Horizon,
  whose: string,
): void {
  check.report({
    code: 'outside-horizon',
    path,
    message: `${period.key} lies outside the horizon of ${whose} (${horizon.start} to ${horizon.end})`,
    received: JSON.stringify(period.key),
    expected: `a period overlapping ${horizon.start} to ${horizon.end}`,
    params: { period: period.key, start: horizon.start, end: horizon.end },
  });
}

/**
 * What `proposeGoals` and `agreeGoals` share: the period argument read on the partnership's
 * calendar, and a changed list of goals turned into a new, checked partnership.
 *
 * @module
 */
import { argumentError, describeReceived, isRecord } from '../../argument-checks.js';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import { parsePeriodKey } from '../../calendar/parse-period-key.js';
import type { Period } from '../../calendar/period.js';
import { isPartnerAlignmentError, ValidationError } from '../../errors.js';
import { encodePartnership } from '../../model/encode-partnership.js';
import { safeParsePartnership } from '../../model/parse-partnership.js';
import type { Partnership, PartnershipJson } from '../../model/partnership.js';
import type { PeriodGoalJson } from '../../model/period-goal.js';

/** A period of the partnership's calendar, given as a key or as a period value of that calendar. */
export function readPeriod(partnership: Partnership, value: unknown, summary: string): Period {
  const calendar = partnership.calendar;
  const key =
    typeof value === 'string'
      ? value
      : isRecord(value) && (value['calendar'] === calendar.id || value['calendar'] === '')
        ? (() => {
            try {
              return formatPeriodKey(value as unknown as Period);
            } catch {
              return undefined;
            }
          })()
        : undefined;
  if (key !== undefined) {
    try {
      return parsePeriodKey(calendar, key);
    } catch (error) {
      if (!isPartnerAlignmentError(error)) throw error;
    }
  }
  throw argumentError(
    summary,
    isRecord(value) && value['calendar'] !== calendar.id
      ? 'calendar-mismatch'
      : typeof value === 'string'
        ? 'invalid-period-key'
        : 'invalid-type',
    ['period'],
    `Not a period of the partnership's calendar "${calendar.id}"`,
    describeReceived(value),
    'a period key such as "FY2027-Q3", or a period of that calendar',
  );
}

/** The partnership with its goals replaced, checked as any document is. */
export function withGoals(
  document: PartnershipJson,
  goals: ReadonlyArray<PeriodGoalJson>,
  summary: string,
): Partnership {
  const result = safeParsePartnership({ ...document, goals });
  if (!result.success) {
    throw new ValidationError(
      summary,
      result.error.issues.map(({ label: _label, ...issue }) => issue),
      {
        omitted: result.error.omittedIssues,
      },
    );
  }
  return result.data;
}

/** The partnership's JSON document, to edit. */
export function documentOf(partnership: Partnership): PartnershipJson {
  return encodePartnership(partnership);
}

/** Whether two periods are the same period (of one calendar). */
export function samePeriod(a: Period, b: Period): boolean {
  return a.granularity === b.granularity && a.year === b.year && a.index === b.index;
}

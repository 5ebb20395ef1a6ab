import { z } from 'zod';
import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../calendar/format-period-key.js';
import { isPeriodKey } from '../../calendar/parse-period-key.js';
import type { Granularity, Period } from '../../calendar/period.js';
import { PeriodKey } from '../../calendar/period-key.js';
import { addIssue } from './document-issue.js';

const granularityOfLetter: Readonly<Record<string, Granularity>> = {
  H: 'half',
  Q: 'quarter',
  M: 'month',
  W: 'week',
};

/**
 * Reads a well-formed key as a period of no calendar yet (`calendar: ''`): the partnership stamps
 * its calendar id and checks the period exists on that calendar.
 */
export function periodOfKey(key: string): Period {
  const year = Number(key.slice(2, 6));
  const letter = key.charAt(7);
  const granularity = granularityOfLetter[letter] ?? 'year';
  const index = granularity === 'year' ? 1 : Number(key.slice(8));
  return { calendar: '', granularity, year, index };
}

const FIRST_FISCAL_YEAR = 1900;
const LAST_FISCAL_YEAR = 2200;

/** A period key of a fiscal year a calendar can lay out (1900 to 2200). */
const DocumentPeriodKey = PeriodKey.superRefine((key, context) => {
  // A key that is not written as one is reported by PeriodKey alone.
  if (!isPeriodKey(key)) return;
  const year = Number(key.slice(2, 6));
  if (year >= FIRST_FISCAL_YEAR && year <= LAST_FISCAL_YEAR) return;
  addIssue(context, [], {
    code: 'invalid-period-key',
    message: `Fiscal year ${year} is outside ${FIRST_FISCAL_YEAR} to ${LAST_FISCAL_YEAR}`,
    received: JSON.stringify(key),
    expected: `a period of a fiscal year from ${FIRST_FISCAL_YEAR} to ${LAST_FISCAL_YEAR}`,
    params: { minimum: FIRST_FISCAL_YEAR, maximum: LAST_FISCAL_YEAR },
  });
}).meta({ pattern: '^FY(?:19\\d\\d|2[01]\\d\\d|2200)(?:-|$)' });

/** A period key in JSON, a {@link Period} in the domain (its calendar stamped by the document). */
export const PeriodField: z.ZodCodec<typeof PeriodKey, z.ZodCustom<Period, Period>> = z.codec(
  DocumentPeriodKey,
  z.custom<Period>(
    (value) => typeof value === 'object' && value !== null && 'granularity' in value,
  ),
  { decode: periodOfKey, encode: (period) => formatPeriodKey(period) },
);

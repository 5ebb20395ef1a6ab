import { z } from 'zod';
import type { Granularity, Period } from '../../calendar/period.js';
import { formatPeriodKey, PeriodKey } from '../../calendar/period-key.js';

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

/** A period key in JSON, a {@link Period} in the domain (its calendar stamped by the document). */
export const PeriodField: z.ZodCodec<typeof PeriodKey, z.ZodCustom<Period, Period>> = z.codec(
  PeriodKey,
  z.custom<Period>(
    (value) => typeof value === 'object' && value !== null && 'granularity' in value,
  ),
  { decode: periodOfKey, encode: (period) => formatPeriodKey(period) },
);

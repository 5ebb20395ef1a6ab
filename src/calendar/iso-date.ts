import { z } from 'zod';
import { isRealIsoDate } from './internal/day-number.js';

/**
 * A plain calendar date written `YYYY-MM-DD`, with no time and no time zone; it must be a real
 * date (`2028-02-29` is accepted, `2027-02-30` is not). Dates compare correctly as strings.
 *
 * @example
 * ```ts
 * import { IsoDate } from 'partner-alignment';
 * IsoDate.safeParse('2028-02-29').success //=> true
 * IsoDate.safeParse('2027-02-30').success //=> false
 * '2027-03-31' < '2027-04-01' //=> true
 * ```
 * @category Calendar
 */
export const IsoDate = z.iso
  .date()
  .refine(isRealIsoDate, { message: 'Not a real calendar date' })
  .meta({
    id: 'IsoDate',
    title: 'ISO date',
    description: 'A plain calendar date written YYYY-MM-DD, with no time and no time zone.',
    examples: ['2027-03-31'],
  });

/**
 * A plain calendar date written `YYYY-MM-DD` (see the {@link IsoDate} schema).
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'partner-alignment';
 * const date: IsoDate = '2027-03-31';
 * date.slice(0, 4) //=> '2027'
 * ```
 * @category Calendar
 */
export type IsoDate = z.infer<typeof IsoDate>;

import { z } from 'zod';
import { PERIOD_KEY_PATTERN } from './internal/read-period-key.js';

/**
 * The canonical key of a fiscal period, for documents: `FY2027`, `FY2027-H1`, `FY2027-Q3`,
 * `FY2027-M07` or `FY2027-W14` (months and weeks with two digits).
 *
 * @example
 * ```ts
 * import { PeriodKey } from 'partner-alignment';
 * PeriodKey.safeParse('FY2027-M07').success //=> true
 * PeriodKey.safeParse('FY2027-M7').success //=> false
 * ```
 * @category Calendar
 */
export const PeriodKey = z
  .string()
  .regex(PERIOD_KEY_PATTERN)
  .meta({
    id: 'PeriodKey',
    title: 'Fiscal period key',
    description:
      'A fiscal period: FY2027 (year), FY2027-H1 (half), FY2027-Q3 (quarter), FY2027-M07 (month) or FY2027-W14 (week).',
    examples: ['FY2027', 'FY2027-H1', 'FY2027-Q3', 'FY2027-M07', 'FY2027-W14'],
  });

/**
 * The canonical key of a fiscal period (see the {@link PeriodKey} schema).
 *
 * @example
 * ```ts
 * import type { PeriodKey } from 'partner-alignment';
 * const key: PeriodKey = 'FY2027-Q3';
 * key.length //=> 9
 * ```
 * @category Calendar
 */
export type PeriodKey = z.infer<typeof PeriodKey>;

import { z } from 'zod';
import { IsoDate } from '../calendar/iso-date.js';

/**
 * A span of time from a first to a last day, both included: the horizon of a charter or of an
 * objective. That the end is not before the start is checked when a partnership is parsed.
 *
 * @example
 * ```ts
 * import { Horizon } from 'partner-alignment';
 * Horizon.parse({ start: '2026-07-01', end: '2029-06-30' }) //=> { start: '2026-07-01', end: '2029-06-30' }
 * ```
 * @category Model
 */
export const Horizon = z
  .strictObject({
    start: IsoDate.describe('The first day of the horizon (included).'),
    end: IsoDate.describe('The last day of the horizon (included).'),
  })
  .meta({
    id: 'Horizon',
    title: 'Horizon',
    description: 'A span of days, first and last included.',
  });
/** A span of days, first and last included (see the schema of the same name). @category Model */
export type Horizon = z.infer<typeof Horizon>;

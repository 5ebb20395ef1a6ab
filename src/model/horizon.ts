import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { DocumentDate } from './internal/document-date.js';
import { addIssue, whenClean } from './internal/document-issue.js';

const horizonYears = documentLimits.horizonYears;

/**
 * A span of time from a first to a last day, both included: the horizon of a charter or of an
 * objective. Its end is not before its start, and it spans at most 20 years (its end lies before
 * the same day 20 years after its start); its dates lie in the years 1901 to 2199.
 *
 * @example
 * ```ts
 * import { Horizon } from 'partner-alignment';
 * Horizon.parse({ start: '2026-07-01', end: '2029-06-30' }) //=> { start: '2026-07-01', end: '2029-06-30' }
 * Horizon.safeParse({ start: '2026-07-01', end: '2026-06-30' }).success //=> false
 * ```
 * @category Model
 */
export const Horizon = z
  .strictObject({
    get start() {
      return DocumentDate.describe('The first day of the horizon (included).');
    },
    get end() {
      return DocumentDate.describe('The last day of the horizon (included).');
    },
  })
  .superRefine(
    (horizon, context) => {
      if (horizon.end < horizon.start) {
        addIssue(context, ['end'], {
          code: 'horizon-reversed',
          message: `The horizon ends on ${horizon.end}, before it starts on ${horizon.start}`,
          received: JSON.stringify(horizon.end),
          expected: `a date on or after ${horizon.start}`,
          params: { start: horizon.start },
        });
        return;
      }
      const limit = `${Number(horizon.start.slice(0, 4)) + horizonYears}${horizon.start.slice(4)}`;
      if (horizon.end >= limit) {
        addIssue(context, ['end'], {
          code: 'too-big',
          message: `The horizon spans ${horizonYears} years or more`,
          received: JSON.stringify(horizon.end),
          expected: `a date before ${limit} (at most ${horizonYears} years after the start)`,
          params: { maximum: limit, years: horizonYears },
        });
      }
    },
    { when: whenClean(['start'], ['end']) },
  )
  .meta({
    id: 'Horizon',
    title: 'Horizon',
    description: 'A span of days, first and last included, of at most 20 years.',
  });
/** A span of days, first and last included (see the schema of the same name). @category Model */
export type Horizon = z.infer<typeof Horizon>;

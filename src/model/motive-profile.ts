import { z } from 'zod';
import { documentLimits } from './document-limits.js';
import { boundedRecord } from './internal/bounded-list.js';
import { whenClean } from './internal/document-issue.js';
import { requireSumOfOne } from './internal/sum-to-one.js';
import { MotiveId } from './motive.js';
import { Ratio } from './ratio.js';

/**
 * What a partner cares about: weights over motives, each from 0 to 1 and summing to exactly 1,
 * either declared by the partner or derived from its archetype mix.
 *
 * @example
 * ```ts
 * import { MotiveProfile } from 'partner-alignment';
 * const profile = MotiveProfile.parse({ source: 'declared', weights: { 'services-revenue': '0.6', 'bill-rate': '0.4' } });
 * profile.weights['bill-rate']?.toString() //=> '0.4'
 * MotiveProfile.safeParse({ source: 'declared', weights: { 'bill-rate': '0.4' } }).success //=> false
 * ```
 * @category Model
 */
export const MotiveProfile = z
  .strictObject({
    get source() {
      return z
        .enum(['declared', 'derived'])
        .describe('Declared by the partner, or derived from its archetype mix by default tables.');
    },
    get weights() {
      return boundedRecord(MotiveId, Ratio, documentLimits.lists.motiveWeights).describe(
        'A weight from 0 to 1 per motive; the weights sum to exactly 1.',
      );
    },
  })
  .superRefine(
    (profile, context) => {
      requireSumOfOne(context, Object.values(profile.weights), {
        path: 'weights',
        noun: 'motive weights',
      });
    },
    { when: whenClean(['weights']) },
  )
  .meta({
    id: 'MotiveProfile',
    title: 'Motive profile',
    description: 'Weights over motives, summing to 1: what the partner cares about.',
  });
/** What a partner cares about (see the schema of the same name). @category Model */
export type MotiveProfile = z.output<typeof MotiveProfile>;
/**
 * A motive profile as written in JSON (see {@link MotiveProfile}).
 *
 * @example
 * ```ts
 * import type { MotiveProfileJson } from 'partner-alignment';
 * const json: MotiveProfileJson = { source: 'declared', weights: { retention: '1' } };
 * json.weights['retention'] //=> '1'
 * ```
 * @category Model
 */
export type MotiveProfileJson = z.input<typeof MotiveProfile>;

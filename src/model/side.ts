import { z } from 'zod';

/**
 * One side of a partnership: the vendor or the partner.
 *
 * @example
 * ```ts
 * import { Side } from 'partner-alignment';
 * Side.options //=> ['vendor', 'partner']
 * ```
 * @category Model
 */
export const Side = z
  .enum(['vendor', 'partner'])
  .meta({ id: 'Side', title: 'Side', description: 'The vendor or the partner.' });
/** One side of a partnership (see the schema of the same name). @category Model */
export type Side = z.output<typeof Side>;

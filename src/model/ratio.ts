import type { z } from 'zod';
import { boundedDecimal } from './internal/bounded-decimal.js';

/**
 * A share, weight or margin as a decimal fraction from 0 to 1, written as a decimal string
 * (`"0.15"` is 15 %), read as an exact `Decimal`.
 *
 * @example
 * ```ts
 * import { Ratio } from 'partner-alignment';
 * Ratio.parse('0.15').toString() //=> '0.15'
 * Ratio.safeParse('1.5').success //=> false
 * ```
 * @category Model
 */
export const Ratio = boundedDecimal(
  { min: 0, max: 1 },
  'a decimal fraction from 0 to 1, such as "0.15" (15 %)',
).meta({
  id: 'Ratio',
  title: 'Ratio',
  description: 'A decimal fraction from 0 to 1 written as a decimal string: "0.15" is 15 %.',
});
/** A decimal fraction from 0 to 1 (see the schema of the same name). @category Model */
export type Ratio = z.output<typeof Ratio>;

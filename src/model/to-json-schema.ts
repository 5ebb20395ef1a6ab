import { z } from 'zod';
import { Partnership } from './partnership.js';

/**
 * The JSON Schema (draft 2020-12) of a partnership document as written in JSON: every field with
 * its description, for editors, validators and documentation. The checks across parts
 * (references, horizons, sums) are beyond JSON Schema; {@link parsePartnership} makes them.
 *
 * @returns the JSON Schema, a plain object
 * @example
 * ```ts
 * import { toJSONSchema } from 'partner-alignment';
 * const schema = toJSONSchema();
 * schema.$schema //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 * @category Model
 */
export function toJSONSchema(): Record<string, unknown> {
  return z.toJSONSchema(Partnership, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

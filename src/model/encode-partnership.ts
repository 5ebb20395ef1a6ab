import { z } from 'zod';
import { Partnership, type PartnershipJson } from './partnership.js';

/**
 * Writes a partnership back as JSON that {@link parsePartnership} reads to an equal value: keys
 * in the order of the schema, decimals as plain decimal strings (trailing fraction zeros dropped),
 * money with at least its currency's minor units, periods as keys such as `FY2027-Q3`.
 *
 * @param value - the partnership, as {@link parsePartnership} returns it
 * @returns the JSON document, ready for `JSON.stringify`
 * @example
 * ```ts
 * import { encodePartnership, parsePartnership, samples } from 'partner-alignment';
 * const json = encodePartnership(parsePartnership(samples.northwindAdvisory));
 * json.goals[0]?.period //=> 'FY2027-Q1'
 * json.charter.objectives[0]?.baseline //=> '2400000'
 * ```
 * @category Model
 */
export function encodePartnership(value: Partnership): PartnershipJson {
  return z.encode(Partnership, value);
}

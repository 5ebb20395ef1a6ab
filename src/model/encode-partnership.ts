import { z } from 'zod';
import { isPartnerAlignmentError, ValidationError } from '../errors.js';
import { renderReceived } from './internal/render-received.js';
import { toValidationIssues } from './internal/to-validation-issues.js';
import { Partnership, type PartnershipJson, PartnershipShape } from './partnership.js';

const SUMMARY = 'Cannot write the partnership as JSON';

/**
 * Writes a partnership back as JSON that {@link parsePartnership} reads to an equal value: keys
 * in the order of the schema, decimals as plain decimal strings (trailing fraction zeros dropped),
 * money with at least its currency's minor units, periods as keys such as `FY2027-Q3`. The value
 * is checked as a parsed document is (shape, bounds and cross-checks), so what it writes always
 * parses back.
 *
 * @param value - the partnership, as {@link parsePartnership} returns it
 * @returns the JSON document, ready for `JSON.stringify`
 * @throws {ValidationError} when the value is not a valid partnership (a value out of bounds, a
 *   field of the wrong type, a reference to nothing), listing every issue with its path
 * @example
 * ```ts
 * import { encodePartnership, parsePartnership, samples } from 'partner-alignment';
 * const json = encodePartnership(parsePartnership(samples.northwindAdvisory));
 * json.goals[0]?.period //=> 'FY2027-Q1'
 * json.charter.objectives[0]?.baseline //=> '2400000'
 * encodePartnership({ ...parsePartnership(samples.lumenField), name: '' }) //!> ValidationError
 * ```
 * @category Model
 */
export function encodePartnership(value: Partnership): PartnershipJson {
  let result: ReturnType<typeof z.safeEncode<typeof Partnership>>;
  try {
    result = z.safeEncode(Partnership, value);
  } catch (error) {
    if (isPartnerAlignmentError(error)) throw error;
    // A value that is not what parsePartnership returns (a transform met a wrong type).
    throw new ValidationError(SUMMARY, [
      {
        code: 'invalid-type',
        path: [],
        message: 'Not a partnership as parsePartnership returns it',
        received: renderReceived(value),
        expected: 'a partnership as parsePartnership returns it',
      },
    ]);
  }
  if (result.success) return result.data;
  const { issues, omitted } = toValidationIssues(result.error.issues, Partnership, value);
  throw new ValidationError(SUMMARY, issues, { omitted });
}

/**
 * One top-level member of a partnership's JSON document, exactly as {@link encodePartnership}
 * writes it, without encoding the rest: for callers that change a few members of a document the
 * library parsed. Not exported from the package.
 *
 * @param value - a partnership as `parsePartnership` returns it
 * @param member - a top-level member of the document (`charter`, `goals`...)
 * @returns the member's JSON form, or `undefined` when the partnership has no such member
 * @throws {ValidationError} as `encodePartnership` does
 */
export function encodePartnershipMember(value: Partnership, member: string): unknown {
  const own = value as unknown as Record<string, unknown>;
  const schema = (PartnershipShape.shape as Record<string, z.ZodType | undefined>)[member];
  if (!Object.hasOwn(own, member)) return undefined;
  if (schema === undefined) return encodePartnership(value)[member as keyof PartnershipJson];
  const result = z.safeEncode(schema, own[member]);
  return result.success ? result.data : encodePartnership(value)[member as keyof PartnershipJson];
}

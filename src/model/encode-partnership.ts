import { z } from 'zod';
import { isPartnerAlignmentError, ValidationError } from '../errors.js';
import { childOf, partSchema } from './internal/document-parts.js';
import { renderReceived } from './internal/render-received.js';
import { toValidationIssues } from './internal/to-validation-issues.js';
import { Partnership, type PartnershipJson } from './partnership.js';

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
 * One part of a partnership's JSON document (a top-level member, a member of the charter, a
 * list's item...), exactly as {@link encodePartnership} writes it there, without encoding the
 * rest when the way to the part allows it. Not exported from the package.
 *
 * @param value - a partnership as `parsePartnership` returns it
 * @param path - the part's path in the document (`['charter', 'objectives', '2']`)
 * @returns the part's JSON form, or `undefined` when the document has nothing there
 * @throws {ValidationError} as `encodePartnership` does
 */
export function encodePartnershipPart(value: Partnership, path: ReadonlyArray<string>): unknown {
  const found = partSchema(path);
  if (found !== undefined) {
    let part: unknown = value;
    for (const token of path) part = childOf(part, token);
    if (part === undefined) return undefined;
    const result = z.safeEncode(found.schema as z.ZodType, part);
    if (result.success) return result.data;
  }
  let json: unknown = encodePartnership(value);
  for (const token of path) json = childOf(json, token);
  return json;
}

import { ValidationError } from '../errors.js';
import { refuseOversized } from './internal/refuse-oversized.js';
import { renderReceived } from './internal/render-received.js';
import { toValidationIssues } from './internal/to-validation-issues.js';
import { Partnership } from './partnership.js';

const SUMMARY = 'Invalid partnership document';
const SUPPORTED_VERSIONS = [1] as const;

/**
 * The result of {@link safeParsePartnership}: the partnership, or the validation error that
 * lists every issue.
 *
 * @example
 * ```ts
 * import { type SafeParsePartnershipResult, safeParsePartnership } from 'partner-alignment';
 * const result: SafeParsePartnershipResult = safeParsePartnership(null);
 * result.success //=> false
 * ```
 * @category Model
 */
export type SafeParsePartnershipResult =
  | { readonly success: true; readonly data: Partnership }
  | { readonly success: false; readonly error: ValidationError };

/** An issue for a document of another schema version, or undefined when the version is readable. */
function versionError(json: unknown): ValidationError | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const version: unknown = (json as { schemaVersion?: unknown }).schemaVersion;
  if ((SUPPORTED_VERSIONS as ReadonlyArray<unknown>).includes(version)) return undefined;
  return new ValidationError(SUMMARY, [
    {
      code: 'unsupported-version',
      path: ['schemaVersion'],
      message: `This library reads schemaVersion ${SUPPORTED_VERSIONS.join(', ')}`,
      received: renderReceived(version),
      expected: SUPPORTED_VERSIONS.join(' or '),
      params: { supported: SUPPORTED_VERSIONS.join(', ') },
    },
  ]);
}

/**
 * Reads a partnership document without throwing: the domain values on success, otherwise the
 * {@link ValidationError} that {@link parsePartnership} would throw.
 *
 * @param json - the document, as `JSON.parse` returns it
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParsePartnership, samples } from 'partner-alignment';
 * safeParsePartnership(samples.lumenField).success //=> true
 * const result = safeParsePartnership({ ...samples.lumenField, schemaVersion: 2 });
 * result.success ? '' : result.error.issues[0]?.message //=> 'This library reads schemaVersion 1'
 * ```
 * @category Model
 */
export function safeParsePartnership(json: unknown): SafeParsePartnershipResult {
  const wrongVersion = versionError(json);
  if (wrongVersion !== undefined) return { success: false, error: wrongVersion };
  const bounded = refuseOversized(Partnership, json);
  const result = Partnership.safeParse(bounded.value, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const converted = toValidationIssues(result.error.issues, Partnership, json, bounded.issues);
  const { issues, omitted } = converted;
  return { success: false, error: new ValidationError(SUMMARY, issues, { omitted }) };
}

/**
 * Reads a partnership document (JSON as `JSON.parse` returns it) into domain values: decimal
 * strings become Decimals, money becomes Money, period keys become periods of the document's
 * calendar, ids become branded strings. Checks the shape and what the shape alone cannot say:
 * references, duplicate ids, periods on the calendar and within horizons, currencies, shares and
 * weights summing to 1. Never mutates its input.
 *
 * @param json - the document, as `JSON.parse` returns it
 * @returns the partnership as domain values
 * @throws {ValidationError} listing every issue, each with its path, what was received and what is
 *   accepted; a document of another `schemaVersion` gets that one issue only
 * @example
 * ```ts
 * import { parsePartnership, samples } from 'partner-alignment';
 * const partnership = parsePartnership(samples.northwindAdvisory);
 * partnership.charter.objectives[0]?.target.toString() //=> '12000000'
 * parsePartnership({ ...samples.northwindAdvisory, goals: 'none' }) //!> ValidationError
 * ```
 * @category Model
 */
export function parsePartnership(json: unknown): Partnership {
  const result = safeParsePartnership(json);
  if (!result.success) throw result.error;
  return result.data;
}

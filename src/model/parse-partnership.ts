import { ValidationError } from '../errors.js';
import { type CheckedDocument, crossCheck } from './internal/cross-check.js';
import { sinkOf, stampInPlace } from './internal/document-stamp.js';
import { refuseOversized } from './internal/refuse-oversized.js';
import { renderReceived } from './internal/render-received.js';
import { finalizeIssues, runSchema } from './internal/run-schema.js';
import { toValidationIssues } from './internal/to-validation-issues.js';
import { type Partnership, PartnershipShape, type PartnershipValue } from './partnership.js';
import { trust } from './trusted.js';

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
  const bounded = refuseOversized(PartnershipShape, json);
  const run = runSchema(PartnershipShape, bounded.value);
  crossCheck(run.value as CheckedDocument, sinkOf(run.issues));
  if (run.issues.length === 0) {
    const data = stampInPlace(run.value as PartnershipValue);
    // The engines take the whole document or one of its parts: both pass back unchecked.
    trust(data.calendar);
    for (const objective of data.charter.objectives) trust(objective);
    return { success: true, data: trust(data) };
  }
  const found = finalizeIssues(run.issues);
  const { issues, omitted } = toValidationIssues(found, PartnershipShape, json, bounded.issues);
  return { success: false, error: new ValidationError(SUMMARY, issues, { omitted }) };
}

/**
 * Reads a partnership document (JSON as `JSON.parse` returns it) into domain values: decimal
 * strings become Decimals, money becomes Money, period keys become periods of the document's
 * calendar, ids become branded strings. Checks each part against its rules and bounds (see
 * `documentLimits`), then what the parts alone cannot say, on the parts that passed: references,
 * duplicate ids, periods on the calendar and within horizons, currencies, precision of metric
 * values, shares and weights summing to 1. One root cause gives one issue, and independent
 * issues are all reported. Safe for untrusted input (see docs/security.md); never mutates it.
 *
 * @param json - the document, as `JSON.parse` returns it
 * @returns the partnership as domain values
 * @throws {ValidationError} listing every issue in the order of the document, each with its
 *   stable code, path, label, message, what was received, what is accepted and params; a
 *   document of another `schemaVersion` gets that one issue only
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

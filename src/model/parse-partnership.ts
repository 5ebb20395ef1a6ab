import type { z } from 'zod';
import type { Period } from '../calendar/period.js';
import { ValidationError } from '../errors.js';
import { encodePartnership } from './encode-partnership.js';
import { type CheckedDocument, crossCheck } from './internal/cross-check.js';
import { refuseOversized } from './internal/refuse-oversized.js';
import { renderReceived } from './internal/render-received.js';
import { finalizeIssues, runSchema } from './internal/run-schema.js';
import { toValidationIssues } from './internal/to-validation-issues.js';
import { type Partnership, PartnershipShape, type PartnershipValue } from './partnership.js';
import { trust } from './trusted.js';

/**
 * Gives every period of a freshly parsed document its calendar id. The periods are new objects
 * made by this parse (one per field), so they are changed in place rather than copied with the
 * items that hold them; `Partnership`'s own decode copies instead.
 */
function stampInPlace(
  document: PartnershipValue,
  members: ReadonlySet<string> | undefined = undefined,
): PartnershipValue {
  const id = document.calendar.id;
  const stamp = (item: { readonly period: Period }) => {
    (item.period as { calendar: string }).calendar = id;
  };
  const fresh = (member: string) => members === undefined || members.has(member);
  if (fresh('goals')) document.goals.forEach(stamp);
  if (fresh('commitments')) document.commitments.forEach(stamp);
  if (fresh('terms')) document.terms.funds?.forEach(stamp);
  if (fresh('actuals')) document.actuals.forEach(stamp);
  return document;
}

/** Where the cross-checks add their issues when they run outside zod. */
function sinkOf(issues: Array<z.core.$ZodRawIssue>): z.core.$RefinementCtx<unknown> {
  return {
    value: undefined,
    issues,
    addIssue(issue) {
      if (typeof issue === 'string') return;
      issues.push({ ...issue, path: [...(issue.path ?? [])] } as z.core.$ZodRawIssue);
    },
  };
}

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

/**
 * A copy of parsed values that owns its lists and records (a caller may change a result in place
 * without touching the original); decimals and other class instances are immutable and shared.
 */
function copyValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyValues);
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = Object.create(prototype);
  for (const key of Object.keys(value))
    copy[key] = copyValues((value as Record<string, unknown>)[key]);
  return copy;
}

/** The members whose change would change how every other member reads: never parsed alone. */
const WHOLE_DOCUMENT_MEMBERS = new Set(['schemaVersion', 'currency', 'calendar']);

/**
 * The partnership `original` with some top-level members replaced by `changes` (their JSON
 * form): exactly what {@link parsePartnership} gives for the original's document with those
 * members replaced, but only the changed members go through their schemas (the others are the
 * original's values, copied), before the cross-checks run on the whole. Any issue, or a member
 * the original lacks, sends the whole document through `parsePartnership`, so the errors are its
 * own. Not exported from the package: `rankImprovements` parses each of its changed copies so.
 *
 * @param original - a partnership the library parsed (its values are copied, never changed)
 * @param changes - the changed top-level members, as JSON
 * @returns the changed partnership
 * @throws {ValidationError} as `parsePartnership` does
 */
export function parseChangedPartnership(
  original: Partnership,
  changes: Readonly<Record<string, unknown>>,
): Partnership {
  const full = () => parsePartnership({ ...encodePartnership(original), ...changes });
  const members = new Set(Object.keys(changes));
  const value: Record<string, unknown> = {};
  for (const member of Object.keys(original)) {
    const kept = (original as unknown as Record<string, unknown>)[member];
    value[member] = members.has(member) ? kept : copyValues(kept);
  }
  const shape = PartnershipShape.shape as Record<string, z.core.$ZodType | undefined>;
  for (const member of members) {
    const schema = shape[member];
    if (schema === undefined || WHOLE_DOCUMENT_MEMBERS.has(member) || !Object.hasOwn(value, member))
      return full();
    const bounded = refuseOversized(schema, changes[member]);
    if (bounded.issues.size > 0) return full();
    const run = runSchema(schema, bounded.value);
    if (run.issues.length > 0) return full();
    value[member] = run.value;
  }
  const issues: Array<z.core.$ZodRawIssue> = [];
  crossCheck(value as unknown as CheckedDocument, sinkOf(issues));
  if (issues.length > 0) return full();
  const data = stampInPlace(value as unknown as PartnershipValue, members);
  trust(data.calendar);
  for (const objective of data.charter.objectives) trust(objective);
  return trust(data) as Partnership;
}

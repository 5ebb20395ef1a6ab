/**
 * The input boundary of the engines: every public function that takes a document or a part of
 * one runs its argument through here. It accepts the two forms a caller may hold (the JSON form,
 * with decimal strings, ISO dates and period keys, as `JSON.parse` gives it; or domain values as
 * the parsers return them) and refuses anything else with a `ValidationError` whose paths start
 * at the argument's name. Values this library parsed or built pass at once, without being parsed
 * again; anything else is checked by the same rules as a document.
 *
 * Not exported from the package: engines import it; their callers see only its errors.
 *
 * @module
 */
import { z } from 'zod';
import { isPartnerAlignmentError, ValidationError } from '../errors.js';
import type { IssuePath, ValidationIssueInput } from '../validation-issue.js';
import { encodePartnership } from './encode-partnership.js';
import { renderReceived } from './internal/render-received.js';
import { toValidationIssues } from './internal/to-validation-issues.js';
import { safeParsePartnership } from './parse-partnership.js';
import type { Partnership, PartnershipJson } from './partnership.js';
import { isTrusted, trust } from './trusted.js';

export { isTrusted, trust } from './trusted.js';

/** A partnership as the engines accept it: parsed values, or the JSON document. */
export type PartnershipInput = Partnership | PartnershipJson;

const MAX_SCAN = 10_000;

/**
 * Whether an input holds domain values rather than JSON: a decimal.js instance, a `Date`, or a
 * period object where JSON has a key. Looks at a bounded number of nodes.
 */
export function looksLikeValues(input: unknown): boolean {
  const stack: unknown[] = [input];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_SCAN) {
    const node = stack.pop();
    seen += 1;
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const prototype = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== null) return true;
    const record = node as Record<string, unknown>;
    if (typeof record['granularity'] === 'string' && typeof record['index'] === 'number') {
      return true;
    }
    for (const key in record) if (Object.hasOwn(record, key)) stack.push(record[key]);
  }
  return false;
}

function prefixed(
  issues: ReadonlyArray<ValidationIssueInput>,
  path: IssuePath,
): ValidationIssueInput[] {
  return issues.map(({ label: _label, ...issue }) => ({
    ...issue,
    path: [...path, ...issue.path],
  }));
}

function rethrow(error: ValidationError, summary: string, path: IssuePath): never {
  throw new ValidationError(summary, prefixed(error.issues, path), {
    omitted: error.omittedIssues,
  });
}

/**
 * A partnership argument as parsed values: returned as is when the library parsed it, otherwise
 * parsed from its JSON form, or written out and parsed again when it holds values (a changed copy
 * of a parsed partnership), so it passes the same shape, bounds and cross-checks as a document.
 *
 * @throws {ValidationError} naming each issue under `path` (default `['partnership']`)
 */
export function acceptPartnership(
  input: unknown,
  summary: string,
  path: IssuePath = ['partnership'],
): Partnership {
  if (isTrusted(input)) return input as Partnership;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError(summary, [
      {
        code: input === undefined ? 'required' : 'invalid-type',
        path,
        message: 'Expected a partnership (parsed, or its JSON document)',
        received: renderReceived(input),
        expected: 'a partnership as parsePartnership returns it, or its JSON document',
      },
    ]);
  }
  let json: unknown = input;
  if (looksLikeValues(input)) {
    try {
      json = encodePartnership(input as Partnership);
    } catch (error) {
      if (error instanceof ValidationError) rethrow(error, summary, path);
      throw error;
    }
  }
  const result = safeParsePartnership(json);
  if (!result.success) rethrow(result.error, summary, path);
  return result.data;
}

/**
 * A part of a document (an objective, a metric, a calendar...) as parsed values, by the part's
 * schema: returned as is when the library made it, otherwise decoded from its JSON form, or
 * encoded and decoded again when it holds values. The result is trusted from then on.
 *
 * @throws {ValidationError} naming each issue under `path`
 */
export function acceptValue<S extends z.ZodType>(
  schema: S,
  input: unknown,
  summary: string,
  path: IssuePath,
): z.output<S> {
  if (isTrusted(input)) return input as z.output<S>;
  let json: unknown = input;
  if (looksLikeValues(input)) {
    let encoded: ReturnType<typeof z.safeEncode<S>>;
    try {
      // With the input in each issue, a wrong type is told from a missing value.
      encoded = z.safeEncode(schema, input as z.output<S>, { reportInput: true });
    } catch (error) {
      if (isPartnerAlignmentError(error)) throw error;
      throw new ValidationError(summary, [
        {
          code: 'invalid-type',
          path,
          message: 'Not a value of the expected shape',
          received: renderReceived(input),
          expected: 'the parsed value or its JSON form',
        },
      ]);
    }
    if (!encoded.success) {
      const { issues, omitted } = toValidationIssues(encoded.error.issues, schema, input);
      throw new ValidationError(summary, prefixed(issues, path), { omitted });
    }
    json = encoded.data;
  }
  const decoded = schema.safeParse(json, { reportInput: true });
  if (!decoded.success) {
    const { issues, omitted } = toValidationIssues(decoded.error.issues, schema, json);
    throw new ValidationError(summary, prefixed(issues, path), { omitted });
  }
  return trust(decoded.data);
}

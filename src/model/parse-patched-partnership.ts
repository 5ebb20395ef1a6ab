/**
 * A partnership the library parsed, with a JSON Patch of its own applied and the result parsed
 * again, for callers that try many small changes of one document (`rankImprovements`): only the
 * parts the patch changes go through their schemas.
 *
 * @module
 */
import type { z } from 'zod';
import { encodePartnership, encodePartnershipPart } from './encode-partnership.js';
import { type CheckedDocument, crossCheck } from './internal/cross-check.js';
import {
  applyOperations,
  childOf,
  type PatchOperation,
  partSchema,
  pointerTokens,
  unitOf,
} from './internal/document-parts.js';
import { sinkOf, stampInPlace } from './internal/document-stamp.js';
import { refuseOversized } from './internal/refuse-oversized.js';
import { runSchema } from './internal/run-schema.js';
import { boundsOf } from './internal/schema-at.js';
import { parsePartnership } from './parse-partnership.js';
import type { Partnership, PartnershipValue } from './partnership.js';
import { trust } from './trusted.js';

export type { PatchOperation } from './internal/document-parts.js';

/** The members whose change changes how every other member reads: never parsed alone. */
const WHOLE_DOCUMENT_MEMBERS: ReadonlyArray<string> = ['schemaVersion', 'currency', 'calendar'];

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
  for (const key of Object.keys(value)) {
    copy[key] = copyValues((value as Record<string, unknown>)[key]);
  }
  return copy;
}

/** A part of the document the patch changes as a whole, and the operations that change it. */
interface Edit {
  readonly path: ReadonlyArray<string>;
  readonly operations: PatchOperation[];
}

/** The patch as edits of parts, or `undefined` when two of its parts overlap. */
function editsOf(patch: ReadonlyArray<PatchOperation>): Edit[] | undefined {
  const edits: Edit[] = [];
  const byKey = new Map<string, Edit>();
  for (const operation of patch) {
    const path = unitOf(operation);
    const key = path.join('/');
    const known = byKey.get(key);
    if (known !== undefined && path[path.length - 1] !== '-') {
      known.operations.push(operation);
      continue;
    }
    const edit = { path, operations: [operation] };
    edits.push(edit);
    byKey.set(key, edit);
  }
  const keys = edits.map((edit) => `${edit.path.join('/')}/`);
  const overlap = keys.some((a, i) => keys.some((b, j) => i !== j && a !== b && b.startsWith(a)));
  return overlap ? undefined : edits;
}

/** The JSON of an edit's part after its operations, or `undefined` when it cannot be had alone. */
function editedJson(original: Partnership, edit: Edit): unknown {
  const last = edit.path[edit.path.length - 1];
  if (last === '-') {
    const [operation] = edit.operations;
    const whole =
      operation !== undefined && pointerTokens(operation.path).length === edit.path.length;
    return whole && operation.op === 'add' ? structuredClone(operation.value) : undefined;
  }
  const part = encodePartnershipPart(original, edit.path);
  if (part === undefined) return undefined;
  // The part under its path, so that the operations' paths reach it as they reach the document.
  const root: Record<string, unknown> = {};
  let holder = root;
  edit.path.forEach((token, i) => {
    const next = i === edit.path.length - 1 ? part : {};
    holder[token] = next;
    holder = next as Record<string, unknown>;
  });
  applyOperations(root, edit.operations);
  let json: unknown = root;
  for (const token of edit.path) json = (json as Record<string, unknown>)[token];
  return json;
}

/** Parses an edit's part into `value` (a copy the caller owns); false when it cannot alone. */
function parseEdit(original: Partnership, value: unknown, edit: Edit): boolean {
  const found = partSchema(edit.path);
  const json = found === undefined ? undefined : editedJson(original, edit);
  if (found === undefined || json === undefined) return false;
  let container: unknown = value;
  for (const token of edit.path.slice(0, -1)) container = childOf(container, token);
  if (typeof container !== 'object' || container === null) return false;
  const last = edit.path[edit.path.length - 1] as string;
  if (Array.isArray(container)) {
    const most = found.list === undefined ? undefined : boundsOf(found.list).maximum;
    if (
      last === '-'
        ? most !== undefined && container.length >= most
        : !(Number(last) < container.length)
    )
      return false;
  } else if (!Object.hasOwn(container, last)) return false;
  const bounded = refuseOversized(found.schema, json);
  if (bounded.issues.size > 0) return false;
  const run = runSchema(found.schema, bounded.value);
  if (run.issues.length > 0) return false;
  if (last === '-') (container as unknown[]).push(run.value);
  else (container as Record<string, unknown>)[last] = run.value;
  return true;
}

/**
 * The partnership `original` with `patch` applied to its JSON document: exactly what
 * `parsePartnership` gives for the patched document, but only the parts the patch changes (a
 * list's item, a member) go through their schemas; the rest is copied from the original, then
 * the cross-checks run on the whole. A change that cannot be parsed alone, or any issue, sends
 * the whole patched document through `parsePartnership`, so the errors are its own. Not
 * exported from the package.
 *
 * @param original - a partnership the library parsed (never changed; the result shares nothing
 *   mutable with it)
 * @param patch - `add` (to a member, or at the end of a list) and `replace` operations
 * @returns the changed partnership
 * @throws {ValidationError} as `parsePartnership` does
 */
export function parsePatchedPartnership(
  original: Partnership,
  patch: ReadonlyArray<PatchOperation>,
): Partnership {
  const full = () => {
    const document = encodePartnership(original);
    applyOperations(document, patch);
    return parsePartnership(document);
  };
  const edits = editsOf(patch);
  if (edits === undefined) return full();
  const value = copyValues(original);
  for (const edit of edits) {
    if (edit.path.length === 0 || WHOLE_DOCUMENT_MEMBERS.includes(edit.path[0] as string))
      return full();
    if (!parseEdit(original, value, edit)) return full();
  }
  const issues: Array<z.core.$ZodRawIssue> = [];
  crossCheck(value as CheckedDocument, sinkOf(issues));
  if (issues.length > 0) return full();
  const data = stampInPlace(value as PartnershipValue);
  trust(data.calendar);
  for (const objective of data.charter.objectives) trust(objective);
  return trust(data) as Partnership;
}

/**
 * The parts of a partnership document that can be read or parsed alone: a path from the
 * document's root through objects and lists, the schema of the part it reaches, and the JSON
 * Patch operations the library writes, applied to plain JSON.
 *
 * @module
 */
import type { z } from 'zod';
import { PartnershipShape } from '../partnership.js';

type Schema = z.core.$ZodType;
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly checks?: ReadonlyArray<{ readonly _zod: { readonly def: { readonly check: string } } }>;
}
const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** The schema inside an optional one. */
function required(schema: Schema): Schema {
  let def = defOf(schema);
  while (def.type === 'optional' && def.innerType !== undefined) {
    schema = def.innerType;
    def = defOf(schema);
  }
  return schema;
}

/** What the library's own patches do: add at the end of a list or to a member, or replace. */
export interface PatchOperation {
  readonly op: 'add' | 'replace';
  readonly path: string;
  readonly value: unknown;
}

/** The tokens of a JSON Pointer (`/charter/objectives/-` → `['charter', 'objectives', '-']`). */
export function pointerTokens(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A part's schema, and the list that holds it when it is a list's item. */
export interface PartSchema {
  readonly schema: Schema;
  /** The schema of the list the part is an item of (the last step went through a list). */
  readonly list: Schema | undefined;
}

/** Whether a container's own checks are only a list's length bounds (an item can change alone). */
function checksAllowParts(def: Def): boolean {
  return (def.checks ?? []).every(({ _zod }) =>
    def.type === 'array'
      ? _zod.def.check === 'max_length' || _zod.def.check === 'min_length'
      : false,
  );
}

/**
 * The schema of the part at `path` of a partnership document, when every container on the way
 * is a plain object or list (optional or not) whose own checks do not read its members (a list's
 * length bounds aside): then the part parses alone exactly as it does in the whole. `undefined`
 * otherwise.
 */
export function partSchema(path: ReadonlyArray<string>): PartSchema | undefined {
  let schema: Schema = PartnershipShape as unknown as Schema;
  let list: Schema | undefined;
  for (const token of path) {
    schema = required(schema);
    const def = defOf(schema);
    if (!checksAllowParts(def)) return undefined;
    if (def.type === 'object' && def.shape !== undefined && Object.hasOwn(def.shape, token)) {
      list = undefined;
      schema = def.shape[token] as Schema;
    } else if (def.type === 'array' && def.element !== undefined && isItemToken(token)) {
      list = schema;
      schema = def.element;
    } else return undefined;
  }
  return { schema, list };
}

/** An index of a list item (`0`, `12`) or the end of the list (`-`). */
export function isItemToken(token: string): boolean {
  return token === '-' || /^(?:0|[1-9]\d{0,8})$/.test(token);
}

/**
 * The part of a patch's path that it changes as a whole: the first list item on the path (a list
 * itself when an item is inserted before others), else the document's top-level member.
 */
export function unitOf(op: PatchOperation): ReadonlyArray<string> {
  const tokens = pointerTokens(op.path);
  for (let i = 1; i < tokens.length; i++) {
    const found = partSchema(tokens.slice(0, i));
    if (found === undefined) break;
    if (defOf(required(found.schema)).type !== 'array') continue;
    const item = tokens[i] as string;
    const inserts = op.op === 'add' && i === tokens.length - 1 && item !== '-';
    return inserts ? tokens.slice(0, i) : tokens.slice(0, i + 1);
  }
  return tokens.slice(0, 1);
}

/** Applies the library's own operations to plain JSON, in place (what RFC 6902 does for them). */
export function applyOperations(document: unknown, patch: ReadonlyArray<PatchOperation>): void {
  for (const operation of patch) {
    const path = pointerTokens(operation.path);
    const last = path.pop();
    let target: unknown = document;
    for (const token of path) {
      target = typeof target === 'object' && target !== null ? (target as never)[token] : undefined;
    }
    if (last === undefined || typeof target !== 'object' || target === null) {
      throw new Error(`No container at ${operation.path}`);
    }
    const value = structuredClone(operation.value);
    if (Array.isArray(target) && operation.op === 'add') {
      if (last === '-') target.push(value);
      else target.splice(Number(last), 0, value);
    } else {
      (target as Record<string, unknown>)[last] = value;
    }
  }
}

/** A member of a record or an item of a list (by its index token), or `undefined`. */
export function childOf(container: unknown, token: string): unknown {
  return typeof container === 'object' && container !== null && Object.hasOwn(container, token)
    ? (container as Record<string, unknown>)[token]
    : undefined;
}

import { encodePartnershipMember } from '../../model/encode-partnership.js';
import { parseChangedPartnership } from '../../model/parse-partnership.js';
import type { Partnership, PartnershipJson } from '../../model/partnership.js';
import type { JsonPatchOperation, JsonValue } from '../improvement.js';

type Container = Record<string, unknown> | unknown[];

function tokens(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A shallow copy of a container (a list or a record). */
function copyOf(container: Container): Container {
  return Array.isArray(container) ? [...container] : { ...container };
}

/**
 * The document with the library's own patch applied, as a new document (the input is never
 * changed): the containers on the patch's paths are copied, the rest is shared with the input.
 * Only what `rankImprovements` writes: `add` at the end of a list or to a new member, `replace`
 * of a value that is there. Tests check every patch against an RFC 6902 library; this applier
 * exists so that the core needs no runtime dependency for it.
 */
export function applyPatch<T extends object>(
  document: T,
  patch: ReadonlyArray<JsonPatchOperation>,
): T {
  const root = copyOf(document as Container);
  // The containers copied so far: a later operation on the same path writes to the same copy.
  const copies = new Set<Container>([root]);
  for (const operation of patch) {
    const path = tokens(operation.path);
    const last = path.pop();
    let target: unknown = root;
    for (const token of path) {
      const parent = target as Record<string, unknown>;
      const child = parent[token];
      if (typeof child !== 'object' || child === null) {
        target = child;
        break;
      }
      let copy = child as Container;
      if (!copies.has(copy)) {
        copy = copyOf(copy);
        copies.add(copy);
        parent[token] = copy;
      }
      target = copy;
    }
    if (last === undefined || typeof target !== 'object' || target === null) {
      throw new Error(`JSON Patch path ${operation.path} does not reach a container`);
    }
    const value: JsonValue = structuredClone(operation.value);
    const container = target as Container;
    if (Array.isArray(container) && operation.op === 'add') {
      if (last === '-') container.push(value);
      else container.splice(Number(last), 0, value);
    } else {
      (container as Record<string, unknown>)[last] = value;
    }
  }
  return root as T;
}

/**
 * The JSON document of a partnership the library parsed, each top-level member encoded when it is
 * first read (a patch and its candidates read a few members; encoding the whole costs as much as
 * parsing it). Read only; never spread.
 */
export function lazyDocument(partnership: Partnership): PartnershipJson {
  const document = {};
  for (const member of Object.keys(partnership)) {
    let encoded: unknown;
    let done = false;
    Object.defineProperty(document, member, {
      enumerable: true,
      get: () => {
        if (!done) {
          encoded = encodePartnershipMember(partnership, member);
          done = true;
        }
        return encoded;
      },
    });
  }
  return document as PartnershipJson;
}

/**
 * The partnership with the library's own patch applied to its document (see `lazyDocument`):
 * exactly `parsePartnership(applyPatch(document, patch))`, but only the members the patch touches
 * are copied and parsed again; the others are copied from the partnership.
 */
export function patchPartnership(
  partnership: Partnership,
  document: PartnershipJson,
  patch: ReadonlyArray<JsonPatchOperation>,
): Partnership {
  const members = new Set(patch.map((operation) => tokens(operation.path)[0] ?? ''));
  const touched: Record<string, unknown> = {};
  for (const member of members) touched[member] = (document as Record<string, unknown>)[member];
  return parseChangedPartnership(partnership, applyPatch(touched, patch));
}

import type { JsonPatchOperation, JsonValue } from '../improvement.js';

type Container = Record<string, unknown> | unknown[];

function tokens(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The document with the library's own patch applied, as a new document (the input is copied
 * first, never changed). Only what `rankImprovements` writes: `add` at the end of a list or to a
 * new member, `replace` of a value that is there. Tests check every patch against an RFC 6902
 * library; this applier exists so that the core needs no runtime dependency for it.
 */
export function applyPatch<T extends object>(
  document: T,
  patch: ReadonlyArray<JsonPatchOperation>,
): T {
  const copy = structuredClone(document);
  for (const operation of patch) {
    const path = tokens(operation.path);
    const last = path.pop();
    let target: unknown = copy;
    for (const token of path) target = (target as Record<string, unknown>)[token];
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
  return copy;
}

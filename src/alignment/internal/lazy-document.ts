/**
 * The JSON document of a partnership the library parsed, for the candidate builders of
 * `rankImprovements`: each top-level member (and each member of the charter) is encoded when it
 * is first read, since the builders read a few of them and encoding the whole costs as much as
 * parsing it.
 *
 * @module
 */
import { encodePartnershipPart } from '../../model/encode-partnership.js';
import type { Partnership, PartnershipJson } from '../../model/partnership.js';

/** A part whose members are encoded when read; the charter's members in turn (a plain record). */
function lazyPart(
  partnership: Partnership,
  path: ReadonlyArray<string>,
  keys: ReadonlyArray<string>,
) {
  const part = {};
  for (const key of keys) {
    const at = [...path, key];
    let encoded: unknown;
    let done = false;
    Object.defineProperty(part, key, {
      enumerable: true,
      get: () => {
        if (!done) {
          const value = (partnership as unknown as Record<string, Record<string, unknown>>)[key];
          encoded =
            path.length === 0 && key === 'charter' && value !== undefined
              ? lazyPart(partnership, at, Object.keys(value))
              : encodePartnershipPart(partnership, at);
          done = true;
        }
        return encoded;
      },
    });
  }
  return part;
}

/** The partnership's JSON document, encoded as it is read. Read only; never spread or copied. */
export function lazyDocument(partnership: Partnership): PartnershipJson {
  return lazyPart(partnership, [], Object.keys(partnership)) as PartnershipJson;
}

import { type CheckContext, itemsAt } from './check-context.js';
import type { Path } from './document-issue.js';

/** An item of a list and where it is. */
export interface Indexed<T> {
  readonly index: number;
  readonly item: T;
}

/** The ids of one list of a document, to resolve references against. */
export interface IdIndex<T> {
  /** What the list holds, in words: "objective", "stakeholder"... */
  readonly kind: string;
  /** The items by id (the first of a repeated id), with their index. */
  readonly byId: ReadonlyMap<string, Indexed<T>>;
  /** Ids that failed their own rule but are written: references to them are not blamed. */
  readonly loose: ReadonlySet<string>;
  /**
   * Whether every item's id is known and used once, so that a reference to no id is surely
   * unknown (and not a reference to an item whose id failed or was written twice).
   */
  readonly complete: boolean;
}

/** Indexes the items of a list by id, reporting every id used a second time. */
export function indexIds<T extends { readonly id: string }>(
  check: CheckContext,
  path: Path,
  list: ReadonlyArray<T> | undefined,
  kind: string,
): IdIndex<T> {
  const byId = new Map<string, Indexed<T>>();
  const loose = new Set<string>();
  const items = itemsAt(check, path, list);
  let complete = Array.isArray(list) && check.intact(path) && items.length === list.length;
  for (const [index, item] of items) {
    const id: unknown = item.id;
    if (!check.none && !check.clean([...path, index, 'id'])) {
      if (typeof id === 'string') loose.add(id);
      else complete = false;
    } else if (byId.has(id as string)) {
      // The item's own id is now in doubt: a reference to no id may have meant it.
      complete = false;
      check.report({
        code: 'duplicate-id',
        path: [...path, index, 'id'],
        message: `The id "${id}" is already used by ${kind} ${(byId.get(id as string)?.index ?? 0) + 1}`,
        received: JSON.stringify(id),
        expected: `an id not used by another ${kind}`,
        params: { kind, id: id as string },
      });
    } else {
      byId.set(id as string, { index, item });
    }
  }
  return { kind, byId, loose, complete };
}

/**
 * Checks that a reference names an item of the index, and returns the item it names. A reference
 * that failed its own rule is not checked again, and a reference is not called unknown when the
 * list it points into has an item whose id could not be read.
 */
export function resolve<T>(
  check: CheckContext,
  index: IdIndex<T>,
  path: Path,
  id: string,
  expected?: string,
): Indexed<T> | undefined {
  if (!check.none && !check.clean(path)) return undefined;
  const found = index.byId.get(id);
  if (found !== undefined) return found;
  if (index.loose.has(id) || !index.complete) return undefined;
  const ids = [...index.byId.keys()];
  const shown = ids.slice(0, 5).map((known) => JSON.stringify(known));
  const more = ids.length > 5 ? ` or ${ids.length - 5} more` : '';
  const article = /^[aeiou]/.test(index.kind) ? 'an' : 'a';
  check.report({
    code: 'unknown-reference',
    path,
    message: `No ${index.kind} has the id "${id}"`,
    received: JSON.stringify(id),
    expected:
      expected ??
      (ids.length === 0
        ? `the id of ${article} ${index.kind}, but the document defines none`
        : `the id of ${article} ${index.kind}: ${shown.join(', ')}${more}`),
    params: { kind: index.kind, id },
  });
  return undefined;
}

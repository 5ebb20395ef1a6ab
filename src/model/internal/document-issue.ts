/**
 * How the model's own checks report issues through zod, and how a check tells which parts of a
 * document passed: a field is *clean* when no issue was found at it, inside it, or at a part that
 * contains it. Checks that depend on a field run only when it is clean, so one root cause gives one
 * issue, and checks that do not depend on a failed field still run.
 *
 * @module
 */
import type { z } from 'zod';
import type { IssueCode, IssueParams } from '../../errors.js';

/** A path inside a document, from the root (or from the schema a check belongs to). */
export type Path = ReadonlyArray<string | number>;

/** The key under which a model issue travels in a zod custom issue's `params`. */
export const ISSUE_KEY = 'partner-alignment:issue';

/** An issue found by one of the model's checks, everything but its path. */
export interface IssueDetail {
  readonly code: IssueCode;
  readonly message: string;
  readonly received: string;
  readonly expected: string;
  readonly params?: IssueParams;
}

/** Where a zod check adds its issues: the `ctx` of `superRefine`. */
export type IssueSink = Pick<z.core.$RefinementCtx<unknown>, 'addIssue'>;

/** Adds a model issue at `path` (relative to the schema of the check). */
export function addIssue(sink: IssueSink, path: Path, detail: IssueDetail): void {
  sink.addIssue({
    code: 'custom',
    path: [...path],
    message: detail.message,
    input: null,
    params: { [ISSUE_KEY]: detail },
    continue: true,
  });
}

/** The model issue carried by a zod issue, if it is one. */
export function detailOf(issue: {
  readonly code: string;
  readonly params?: unknown;
}): IssueDetail | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as Record<string, unknown> | undefined;
  return params?.[ISSUE_KEY] as IssueDetail | undefined;
}

type RawIssue = { readonly code?: string; readonly path?: ReadonlyArray<PropertyKey> | undefined };

/** Tells which parts of a document passed, from the issues found so far. */
export interface Taint {
  /** Whether nothing failed at `path`, inside it, or at a part containing it. */
  clean(path: Path): boolean;
  /**
   * Whether nothing failed at `path` or at a part containing it: the value there is what its
   * schema makes of it, though some of its parts may have failed (a list whose items are read).
   */
  intact(path: Path): boolean;
  /** Whether no issue was found at all. */
  readonly none: boolean;
}

/** A trie of the paths of the issues: a node exists where something failed at or below it. */
interface Node {
  failed: boolean;
  readonly children: Map<PropertyKey, Node>;
}

/**
 * The taint of a list of zod issues. Unknown fields do not taint the object they are found in:
 * they say nothing about the fields it does have.
 */
export function taintOf(issues: ReadonlyArray<RawIssue>): Taint {
  const root: Node = { failed: false, children: new Map() };
  let none = true;
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    none = false;
    let node = root;
    for (const segment of issue.path ?? []) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { failed: false, children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.failed = true;
  }
  /** The node at the end of `path`, `undefined` when nothing failed there or below, or `false` when a part on the way failed. */
  const walk = (path: Path): Node | undefined | false => {
    let node = root;
    for (const segment of path) {
      if (node.failed) return false;
      const child = node.children.get(segment);
      if (child === undefined) return undefined;
      node = child;
    }
    return node.failed ? false : node;
  };
  return {
    none,
    intact: (path) => none || walk(path) !== false,
    clean: (path) => none || walk(path) === undefined,
  };
}

/**
 * A zod `when` that runs a refinement as long as the fields it reads are clean, even when other
 * fields of the same object failed (zod's default skips it after any failure, or runs it on the
 * raw value of a field whose refinement failed).
 */
export function whenClean(
  ...paths: ReadonlyArray<Path>
): (payload: z.core.ParsePayload<unknown>) => boolean {
  return (payload) => {
    if (payload.issues.length === 0) return true;
    const taint = taintOf(payload.issues);
    return paths.every((path) => taint.clean(path));
  };
}

/**
 * A zod `when` for refinements that read `clean` fields whole and only the length or keys of
 * `intact` ones (a count of weights does not depend on whether each weight passed).
 */
export function whenReadable(
  clean: ReadonlyArray<Path>,
  intact: ReadonlyArray<Path>,
): (payload: z.core.ParsePayload<unknown>) => boolean {
  return (payload) => {
    if (payload.issues.length === 0) return true;
    const taint = taintOf(payload.issues);
    return clean.every((path) => taint.clean(path)) && intact.every((path) => taint.intact(path));
  };
}

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

const SEPARATOR = '\u0001';
const keyOf = (path: ReadonlyArray<PropertyKey>, length = path.length): string => {
  let key = '';
  for (let i = 0; i < length; i++) key += `${String(path[i])}${SEPARATOR}`;
  return key;
};

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

/**
 * The taint of a list of zod issues. Unknown fields do not taint the object they are found in:
 * they say nothing about the fields it does have.
 */
export function taintOf(issues: ReadonlyArray<RawIssue>): Taint {
  const failed = new Set<string>();
  const above = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path ?? [];
    failed.add(keyOf(path));
    for (let length = 0; length <= path.length; length++) above.add(keyOf(path, length));
  }
  const none = failed.size === 0;
  const intact = (path: Path): boolean => {
    if (none) return true;
    let key = '';
    for (let i = 0; i < path.length; i++) {
      if (failed.has(key)) return false;
      key += `${String(path[i])}${SEPARATOR}`;
    }
    return !failed.has(key);
  };
  return {
    none,
    intact,
    clean: (path) => none || (!above.has(keyOf(path)) && intact(path)),
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

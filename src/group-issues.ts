// The issues of a validation error grouped by where they are, for the fields of a form.
import type { ValidationError } from './errors.js';
import { formatIssuePath } from './format-issues.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * The issues of a validation error by field, as {@link flattenIssues} returns them: the issues
 * about the input as a whole, and the issues of each field keyed by its path as
 * `formatIssuePath` writes it (`charter.objectives[0].target`).
 *
 * @example
 * ```ts
 * import type { FlatIssues } from 'partner-alignment';
 * const flat: FlatIssues = { formIssues: [], fieldIssues: {} };
 * flat.formIssues.length //=> 0
 * ```
 * @category Errors
 */
export interface FlatIssues {
  /** Issues about the input as a whole (an empty path). */
  readonly formIssues: ReadonlyArray<ValidationIssue>;
  /** Issues by the path of their field (an object without prototype, so any key is safe). */
  readonly fieldIssues: Readonly<Record<string, ReadonlyArray<ValidationIssue>>>;
}

/**
 * The issues of a validation error by field, for a form that shows each issue beside its field
 * (compare zod's `flattenError`, keyed here by the whole path rather than the first key).
 *
 * @param error - the validation error, as `parsePartnership` throws it
 * @returns the issues about the whole input, and those of each field by its path
 * @example
 * ```ts
 * import { flattenIssues, safeParsePartnership, samples } from 'partner-alignment';
 * const result = safeParsePartnership({ ...samples.lumenField, name: '', currency: 'usd' });
 * const flat = result.success ? undefined : flattenIssues(result.error);
 * Object.keys(flat?.fieldIssues ?? {}) //=> ['name', 'currency']
 * flat?.fieldIssues['currency']?.[0]?.code //=> 'unknown-currency'
 * ```
 * @category Errors
 */
export function flattenIssues(error: ValidationError): FlatIssues {
  const formIssues: ValidationIssue[] = [];
  const fieldIssues: Record<string, ValidationIssue[]> = Object.create(null);
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      formIssues.push(issue);
      continue;
    }
    const key = formatIssuePath(issue.path);
    const list = fieldIssues[key];
    if (list === undefined) fieldIssues[key] = [issue];
    else list.push(issue);
  }
  return { formIssues, fieldIssues };
}

/**
 * The issues of a validation error as a tree shaped like the input, as {@link treeifyIssues}
 * returns it: each node holds the issues at its place, its fields under `properties` and its list
 * items under `items` (compare zod's `treeifyError`).
 *
 * @example
 * ```ts
 * import type { IssueTree } from 'partner-alignment';
 * const tree: IssueTree = { issues: [], properties: { name: { issues: [] } } };
 * Object.keys(tree.properties ?? {}) //=> ['name']
 * ```
 * @category Errors
 */
export interface IssueTree {
  /** The issues at this place. */
  readonly issues: ReadonlyArray<ValidationIssue>;
  /** The fields below it that have issues (an object without prototype). */
  readonly properties?: Readonly<Record<string, IssueTree>>;
  /** The list items below it that have issues, by index (other indices are empty). */
  readonly items?: ReadonlyArray<IssueTree | undefined>;
}

interface MutableTree {
  issues: ValidationIssue[];
  properties?: Record<string, MutableTree>;
  items?: Array<MutableTree | undefined>;
}

/**
 * The issues of a validation error as a tree shaped like the input, for nested forms (compare
 * zod's `treeifyError`).
 *
 * @param error - the validation error, as `parsePartnership` throws it
 * @returns the root of the tree; a place without issues below it has no node
 * @example
 * ```ts
 * import { safeParsePartnership, samples, treeifyIssues } from 'partner-alignment';
 * const result = safeParsePartnership({ ...samples.lumenField, currency: 'usd' });
 * const tree = result.success ? undefined : treeifyIssues(result.error);
 * tree?.properties?.['currency']?.issues[0]?.message //=> 'Unknown currency "usd"'
 * ```
 * @category Errors
 */
export function treeifyIssues(error: ValidationError): IssueTree {
  const root: MutableTree = { issues: [] };
  for (const issue of error.issues) {
    let node = root;
    for (const segment of issue.path) {
      if (typeof segment === 'number') {
        node.items ??= [];
        let next = node.items[segment];
        if (next === undefined) {
          next = { issues: [] };
          node.items[segment] = next;
        }
        node = next;
      } else {
        node.properties ??= Object.create(null) as Record<string, MutableTree>;
        let next = node.properties[segment];
        if (next === undefined) {
          next = { issues: [] };
          node.properties[segment] = next;
        }
        node = next;
      }
    }
    node.issues.push(issue);
  }
  return root;
}

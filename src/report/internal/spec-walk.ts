/**
 * What the checks of a spec's vocabulary share: the state of the walk, what it returns, and the
 * refusals of a key outside a whitelist, of a value of the wrong type and of a count past a bound.
 *
 * @module
 */
import {
  argumentError,
  describeReceived,
  isRecord,
  kindOf,
  listOf,
} from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';

export type Json = Readonly<Record<string, unknown>>;

/** A view that draws marks: its path, its rows (own or inherited), its mark and encodings. */
export interface DrawingView {
  readonly path: IssuePath;
  readonly rows: ReadonlyArray<unknown> | undefined;
  readonly mark: unknown;
  readonly encodings: ReadonlyArray<Json>;
}

/** An inline dataset and where it is. */
export interface Dataset {
  readonly path: IssuePath;
  readonly rows: ReadonlyArray<unknown>;
}

/** What the vocabulary walk found: every inline dataset and every view that draws. */
export interface SpecParts {
  readonly datasets: ReadonlyArray<Dataset>;
  readonly drawing: ReadonlyArray<DrawingView>;
}

/** Splits a list of names written on one line. */
export const words = (text: string): ReadonlyArray<string> => text.split(' ');
/** The marks toSvg draws. */
export const MARKS = words('arc area bar circle line point rect rule square text tick');
const COMPOSITION = 'Composition multiplies the views: toSvg draws one view and its layers';
const GENERATOR = 'A data generator makes rows from nothing: give the rows inline as data.values';
/** Why a key that Vega-Lite knows is not drawn here, where there is more to say than "unknown". */
const REASONS: Readonly<Record<string, string>> = {
  facet: COMPOSITION,
  repeat: COMPOSITION,
  concat: COMPOSITION,
  hconcat: COMPOSITION,
  vconcat: COMPOSITION,
  spec: COMPOSITION,
  params: 'Parameters and selections run expressions, which toSvg never evaluates',
  datasets: 'Named datasets are not read here: give each view its rows as data.values',
  sequence: GENERATOR,
  sphere: GENERATOR,
  graticule: GENERATOR,
  bin: 'Bins are not drawn here: the charts of this module never bin',
  impute: 'Imputation makes rows: the charts of this module never impute',
  bins: 'Scale bins are not drawn here: the charts of this module never bin',
};

/** The state of one walk. */
export interface Walk {
  readonly summary: string;
  readonly datasets: Dataset[];
  readonly drawing: DrawingView[];
  views: number;
  predicates: number;
}

export function keysIn(
  walk: Walk,
  object: object,
  path: IssuePath,
  allowed: ReadonlyArray<string>,
): void {
  for (const [key, value] of Object.entries(object)) {
    if (allowed.includes(key)) continue;
    throw argumentError(
      walk.summary,
      'unknown-field',
      [...path, key],
      REASONS[key] ?? `Not in the vocabulary toSvg draws: ${describeReceived(key)}`,
      describeReceived(value),
      `only ${listOf(allowed, 'and')}`,
      { key: key.slice(0, 40) },
    );
  }
}

export function typed<T>(
  walk: Walk,
  value: unknown,
  path: IssuePath,
  expected: string,
  is: (v: unknown) => v is T,
): T {
  if (is(value)) return value;
  throw argumentError(
    walk.summary,
    'invalid-type',
    path,
    `Expected ${expected}, received ${kindOf(value)}`,
    describeReceived(value),
    expected,
  );
}
export const objectAt = (walk: Walk, value: unknown, path: IssuePath, expected: string): Json =>
  typed(walk, value, path, expected, isRecord);
export const listAt = (walk: Walk, value: unknown, path: IssuePath, expected: string) =>
  typed(walk, value, path, expected, Array.isArray);

export function counted(
  walk: Walk,
  count: number,
  bound: number,
  path: IssuePath,
  noun: string,
  expected: string,
): void {
  if (count <= bound) return;
  throw argumentError(
    walk.summary,
    'too-big',
    path,
    `More than ${bound} ${noun}`,
    `${count} ${noun}`,
    expected,
    {
      maximum: bound,
    },
  );
}

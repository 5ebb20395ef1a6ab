/**
 * fast-check arbitraries of hostile input for partnership documents: arbitrary JSON and
 * JavaScript values, and the bundled samples mutated with hostile values (huge, negative and
 * non-finite numbers, exponents, long strings, deep nesting, `__proto__` and `constructor` keys,
 * wrong types, huge lists). Shared by the fuzz test of `npm test` and `npm run fuzz`.
 */
import fc from 'fast-check';
import { samples } from '../../../src/index.js';

type Json = Record<string, unknown>;
type Path = ReadonlyArray<string | number>;

/** A list nested `depth` lists (or objects) deep, built without recursion. */
function nested(depth: number, kind: 'list' | 'object'): unknown {
  let value: unknown = kind === 'list' ? [] : {};
  for (let i = 0; i < depth; i++) value = kind === 'list' ? [value] : { a: value };
  return value;
}

const hostileNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
  1e8,
  1e20,
  -1e9,
  0.1,
  1.5,
  13,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);

const hostileString = fc.oneof(
  fc.constantFrom(
    '1e99999999',
    '-1e-999',
    '1e40',
    '0e99999',
    '1e-21',
    '0.000000000000000000001',
    '12345678901234567890123456789012345',
    '-0',
    'NaN',
    'Infinity',
    '0x10',
    '1,5',
    ' 1',
    '',
    '__proto__',
    'constructor',
    'FY2027-Q5',
    'FY0001',
    'FY2027-W53',
    '2028-02-30',
    '1800-01-01',
    '9999-12-31',
    'usd',
    'XYZ',
    `custom:${'a'.repeat(200)}`,
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 100, max: 5_000 }).map((length) => '9'.repeat(length)),
  fc.string({ maxLength: 30 }),
);

const prototypeKeys = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"__proto__":[],"constructor":"x","prototype":{}}',
  // decimal.js's isDecimal trusts this tag: an object from JSON can claim to be a Decimal.
  '{"toStringTag":"[object Decimal]","d":[1],"e":0,"s":1}',
);

/** A hostile value to put anywhere in a document. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileString,
  fc.integer({ min: 100, max: 5_000 }).map((depth) => nested(depth, 'list')),
  fc.integer({ min: 100, max: 5_000 }).map((depth) => nested(depth, 'object')),
  // Lists past every bound (objectives 200, goals and actuals 10,000), and now and then far past
  // them; they share one item, so that building them costs little.
  fc
    .tuple(
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 201, max: 2_000 }) },
        { weight: 2, arbitrary: fc.integer({ min: 10_001, max: 12_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 150_000 }) },
      ),
      fc.constantFrom({}, [], '1', 0, null),
    )
    .map(([length, item]) => Array.from({ length }, () => item)),
  prototypeKeys.map((text) => JSON.parse(text) as unknown),
  fc.constantFrom(null, true, false, [], {}, undefined),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path of a JSON value, from the root down. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      pathsOf(item, [...path, index], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  }
  return out;
}

const sampleList = [samples.northwindAdvisory, samples.lumenField] as const;
const samplePaths = sampleList.map((sample) => pathsOf(sample));

/** One change to a document. */
type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: hostileValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'owner', 'k'.repeat(100_000)),
        fc.string({ maxLength: 12 }),
      ),
      value: hostileValue,
    }),
  },
);

function parentOf(root: unknown, path: Path): Json | unknown[] | undefined {
  let value = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Json)[segment as string];
  }
  return typeof value === 'object' && value !== null ? (value as Json) : undefined;
}

function apply(document: Json, paths: ReadonlyArray<Path>, change: Mutation): void {
  const path = paths[change.at % paths.length] as Path;
  if (change.kind === 'add') {
    let target: unknown = document;
    for (const segment of path) target = (target as Json | undefined)?.[segment as string];
    // Hostile values are shared between runs and frozen by the first that checks them.
    if (
      typeof target === 'object' &&
      target !== null &&
      !Array.isArray(target) &&
      !Object.isFrozen(target)
    ) {
      // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it.
      Object.defineProperty(target, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return;
  }
  if (path.length === 0) return;
  const parent = parentOf(document, path);
  const key = path[path.length - 1] as string | number;
  if (parent === undefined || Object.isFrozen(parent)) return;
  if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Json)[key as string];
  } else {
    (parent as Json)[key as string] = change.value;
  }
}

/** A sample partnership with one to four hostile changes (a fresh copy each time). */
export const mutatedSample: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(0, 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([which, changes]) => {
    const document = structuredClone(sampleList[which]) as unknown as Json;
    for (const change of changes) apply(document, samplePaths[which] as Path[], change);
    return document;
  });

/** Arbitrary JSON, as `JSON.parse` would return it, and arbitrary JavaScript values. */
export const arbitraryInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
  }),
  // Documents of the right version whose parts are arbitrary, so that the parts are read too.
  fc.record(
    {
      schemaVersion: fc.constant(1),
      id: fc.jsonValue({ maxDepth: 1 }),
      vendor: fc.jsonValue({ maxDepth: 2 }),
      partner: fc.jsonValue({ maxDepth: 3 }),
      currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'usd'), fc.jsonValue({ maxDepth: 1 })),
      calendar: fc.jsonValue({ maxDepth: 3 }),
      charter: fc.jsonValue({ maxDepth: 4 }),
      goals: fc.jsonValue({ maxDepth: 4 }),
      commitments: fc.jsonValue({ maxDepth: 3 }),
      terms: fc.jsonValue({ maxDepth: 3 }),
      actuals: fc.jsonValue({ maxDepth: 3 }),
      economics: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: ['schemaVersion'] },
  ),
);

/** Freezes a value and everything in it, iteratively (deep nesting does not overflow the stack). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null || Object.isFrozen(current)) continue;
    // A typed array with elements cannot be frozen; its elements are numbers anyway.
    if (ArrayBuffer.isView(current)) continue;
    Object.freeze(current);
    let last: unknown;
    for (const key of Reflect.ownKeys(current)) {
      const inner = (current as Record<PropertyKey, unknown>)[key];
      // A long list of one shared item pushes it once.
      if (inner !== last && typeof inner === 'object' && inner !== null) stack.push(inner);
      last = inner;
    }
  }
  return value;
}

/** What the prototypes of plain objects and lists look like, to tell that nothing changed them. */
export function prototypeFingerprint(): string {
  const probe = {} as Record<string, unknown>;
  return JSON.stringify([
    Object.getOwnPropertyNames(Object.prototype).sort(),
    Object.getOwnPropertyNames(Array.prototype).sort(),
    probe['polluted'] ?? null,
    Object.getPrototypeOf(probe) === Object.prototype,
  ]);
}

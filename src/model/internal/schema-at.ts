/**
 * Reads the document's zod schemas as data: which schema applies at a path of an input, and what
 * it accepts, in words. Used to say what a missing or wrong field should be, and to tell a
 * decimal, a date or a period key from any other string when zod reports on it.
 *
 * @module
 */
import { z } from 'zod';

type Schema = z.core.$ZodType;
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly out?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly element?: Schema;
  readonly valueType?: Schema;
  readonly options?: ReadonlyArray<Schema>;
  readonly discriminator?: string;
  readonly values?: ReadonlyArray<unknown>;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly checks?: ReadonlyArray<{ readonly _zod: { readonly def: CheckDef } }>;
  readonly format?: string;
}
interface CheckDef {
  readonly check: string;
  readonly value?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/**
 * The schemas a schema stands for, outermost first: through optional, default, readonly and the
 * input side of codecs and pipes (the output side of a preprocessing pipe).
 */
export function chainOf(schema: Schema): ReadonlyArray<Schema> {
  const chain: Schema[] = [];
  let current: Schema | undefined = schema;
  while (current !== undefined && chain.length < 16) {
    chain.push(current);
    const def: Def = defOf(current);
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) {
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else current = undefined;
  }
  return chain;
}

/** The innermost schema of a chain: the one that says what the value is. */
export function coreOf(schema: Schema): Schema {
  const chain = chainOf(schema);
  return chain[chain.length - 1] as Schema;
}

/** The registered id of a schema or of one it stands for (`DecimalString`, `PeriodKey`...). */
export function idsOf(schema: Schema): ReadonlyArray<string> {
  const ids: string[] = [];
  for (const link of chainOf(schema)) {
    // A schema refined or described again is a clone: its id is on the schema it came from.
    let ancestor: Schema | undefined = link;
    for (let depth = 0; ancestor !== undefined && depth < 8; depth++) {
      const id = z.globalRegistry.get(ancestor)?.id;
      if (typeof id === 'string') ids.push(id);
      ancestor = (ancestor._zod as { parent?: Schema }).parent;
    }
  }
  return ids;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option of a discriminated union that the input names, if any. */
function optionOf(def: Def, input: unknown): Schema | undefined {
  if (def.discriminator === undefined || !isRecord(input)) return undefined;
  const wanted = input[def.discriminator];
  return def.options?.find((option) => {
    const tag = defOf(coreOf(option)).shape?.[def.discriminator as string];
    return tag !== undefined && (defOf(coreOf(tag)).values ?? []).includes(wanted);
  });
}

/** The schema at a path of an input, or `undefined` when the path leaves the schema. */
export function schemaAt(
  root: Schema,
  path: ReadonlyArray<PropertyKey>,
  input: unknown,
): Schema | undefined {
  let schema: Schema | undefined = root;
  let value = input;
  for (const segment of path) {
    let core: Schema = coreOf(schema);
    let def = defOf(core);
    if (def.type === 'union') {
      const option = optionOf(def, value);
      if (option === undefined) return undefined;
      core = coreOf(option);
      def = defOf(core);
    }
    if (def.type === 'object') schema = def.shape?.[String(segment)];
    else if (def.type === 'array') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return undefined;
    if (schema === undefined) return undefined;
    value =
      isRecord(value) || Array.isArray(value) ? (value as never)[segment as never] : undefined;
  }
  return schema;
}

/** The field names of the object schema at a path (for "unknown field" issues). */
export function fieldsAt(root: Schema, path: ReadonlyArray<PropertyKey>, input: unknown) {
  const schema = schemaAt(root, path, input);
  if (schema === undefined) return [];
  let def = defOf(coreOf(schema));
  if (def.type === 'union') {
    const option = optionOf(def, valueAt(input, path));
    if (option === undefined) return [];
    def = defOf(coreOf(option));
  }
  return Object.keys(def.shape ?? {});
}

/** The value at a path of an input, or `undefined`. */
export function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const segment of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as never)[segment as never];
  }
  return value;
}

/** The bounds a number or length schema declares, from its checks. */
export function boundsOf(schema: Schema): { minimum?: number; maximum?: number } {
  const bounds: { minimum?: number; maximum?: number } = {};
  for (const link of chainOf(schema)) {
    for (const check of defOf(link).checks ?? []) {
      const def = check._zod.def;
      if (def.check === 'greater_than' && typeof def.value === 'number') bounds.minimum = def.value;
      if (def.check === 'less_than' && typeof def.value === 'number') bounds.maximum = def.value;
      if (def.check === 'min_length' && def.minimum !== undefined) bounds.minimum = def.minimum;
      if (def.check === 'max_length' && def.maximum !== undefined) bounds.maximum = def.maximum;
    }
  }
  return bounds;
}

const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** `"a"`, `"a" or "b"`, `one of "a", "b" or "c"`, at most 12 of them. */
export function listOf(values: ReadonlyArray<unknown>): string {
  const shown = values.slice(0, 12).map(quote);
  if (values.length > 12) shown.push(`${values.length - 12} more`);
  if (shown.length <= 1) return shown.join('');
  const last = shown.pop();
  return `${shown.length > 1 ? 'one of ' : ''}${shown.join(', ')} or ${last}`;
}

/** What a schema accepts, as words that complete "expected ...". */
export function expectedOf(schema: Schema | undefined, known: Readonly<Record<string, string>>) {
  if (schema === undefined) return 'a value as this document format defines it';
  for (const id of idsOf(schema)) {
    const text = known[id];
    if (text !== undefined) return text;
  }
  const core = coreOf(schema);
  const def = defOf(core);
  const { minimum, maximum } = boundsOf(schema);
  switch (def.type) {
    case 'string':
      if (maximum !== undefined) {
        return `text of ${minimum ?? 0} to ${maximum} characters`;
      }
      return minimum === undefined ? 'text' : 'text that is not empty';
    case 'number':
      return def.format?.includes('int')
        ? minimum !== undefined && maximum !== undefined
          ? `a whole number from ${minimum} to ${maximum}`
          : 'a whole number'
        : 'a number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return listOf(Object.values(def.entries ?? {}));
    case 'literal':
      return listOf(def.values ?? []);
    case 'array':
      return maximum === undefined ? 'a list' : `a list of at most ${maximum} items`;
    case 'record':
      return 'an object';
    case 'object':
      return 'an object';
    case 'union':
      return def.discriminator === undefined ? 'one of the documented forms' : 'an object';
    default:
      return 'a value as this document format defines it';
  }
}

/**
 * Where a path lies in the order of a document: list indices as they are, field names by their
 * place in their object's schema (unknown names last). Issues sorted by it read in the order of
 * the document, whichever check found them.
 */
export function orderOf(
  root: Schema,
  path: ReadonlyArray<PropertyKey>,
  input: unknown,
): ReadonlyArray<number> {
  const order: number[] = [];
  let schema: Schema | undefined = root;
  let value = input;
  for (const segment of path) {
    if (typeof segment === 'number') {
      order.push(segment);
    } else {
      let def: Def | undefined = schema === undefined ? undefined : defOf(coreOf(schema));
      if (def?.type === 'union') {
        const option = optionOf(def, value);
        def = option === undefined ? undefined : defOf(coreOf(option));
      }
      const keys = def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
      const place = keys.indexOf(String(segment));
      order.push(place === -1 ? keys.length + 1 : place);
    }
    schema = schema === undefined ? undefined : schemaAt(schema, [segment], value);
    value = valueAt(value, [segment]);
  }
  return order;
}

/** Compares two orders of {@link orderOf}: a path before the paths inside it. */
export function compareOrders(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

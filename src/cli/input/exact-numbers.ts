import { inputError } from '../cli-error.js';
import { isYamlNumber, yamlNumber } from './parse-yaml.js';

type Schema = Readonly<Record<string, unknown>>;

/** Deeper than any partnership document; a hostile one stops here instead of the stack. */
const MAX_DEPTH = 64;

/**
 * The exact decimal text of a YAML number: `+12` → `12`, `007` → `7`, `0x10` → `16`, `0o17`
 * → `15`, `.5` → `0.5`, `-.5e3` → `-0.5e3`, `5.` → `5`; `560000.10` stays as written. `.inf`
 * and `.nan` have none: they stay as written, for the document's rules to refuse.
 */
export function decimalText(text: string): string {
  if (/^[-+]?[0-9]+$/.test(text) || /^0x[0-9a-fA-F]+$/.test(text) || /^0o[0-7]+$/.test(text)) {
    return BigInt(text.replace(/^\+/, '')).toString();
  }
  const match = /^([-+]?)([0-9]*)(?:\.([0-9]*))?([eE][-+]?[0-9]+)?$/.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', exponent = ''] = match;
  if (whole === '' && fraction === '') return text;
  return `${sign === '-' ? '-' : ''}${whole === '' ? '0' : whole}${fraction === '' ? '' : `.${fraction}`}${exponent}`;
}

function resolveRef(root: Schema, ref: string): Schema | undefined {
  const match = /^#\/\$defs\/(.+)$/.exec(ref);
  const definitions = root['$defs'] as Readonly<Record<string, Schema>> | undefined;
  return match === null ? undefined : definitions?.[match[1] as string];
}

/** A schema and everything it stands for: its `$ref` target and the branches of its unions. */
function expand(root: Schema, schema: Schema | undefined, out: Schema[] = [], depth = 0): Schema[] {
  if (schema === undefined || typeof schema !== 'object' || depth > MAX_DEPTH) return out;
  out.push(schema);
  if (typeof schema['$ref'] === 'string') {
    expand(root, resolveRef(root, schema['$ref']), out, depth + 1);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const branches = schema[key];
    if (Array.isArray(branches))
      for (const branch of branches) expand(root, branch, out, depth + 1);
  }
  return out;
}

/** The schemas of a property or an item, from every schema of its parent. */
function childSchemas(
  root: Schema,
  parents: ReadonlyArray<Schema>,
  key: string | number,
): Schema[] {
  const out: Schema[] = [];
  for (const parent of parents) {
    if (typeof key === 'number') {
      const items = parent['items'];
      if (typeof items === 'object' && items !== null) expand(root, items as Schema, out);
      continue;
    }
    const properties = parent['properties'] as Readonly<Record<string, Schema>> | undefined;
    if (properties !== undefined && Object.hasOwn(properties, key)) {
      expand(root, properties[key], out);
    }
    const additional = parent['additionalProperties'];
    if (typeof additional === 'object' && additional !== null) {
      expand(root, additional as Schema, out);
    }
  }
  return out;
}

/** Whether a place in the document takes a JSON number (a month, a year, a count of days...). */
function takesNumber(schemas: ReadonlyArray<Schema>): boolean {
  return schemas.some((schema) => {
    const type = schema['type'];
    const types = Array.isArray(type) ? type : [type];
    return (
      types.includes('number') || types.includes('integer') || typeof schema['const'] === 'number'
    );
  });
}

function convert(
  root: Schema,
  value: unknown,
  schemas: ReadonlyArray<Schema>,
  depth: number,
): unknown {
  if (depth > MAX_DEPTH) throw inputError('the document is nested too deeply to read');
  if (isYamlNumber(value)) {
    const text = decimalText(value[yamlNumber]);
    const number = Number(text);
    return takesNumber(schemas) && Number.isFinite(number) ? number : text;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      convert(root, item, childSchemas(root, schemas, index), depth + 1),
    );
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // Defined, not assigned: a key "__proto__" stays a key, as JSON.parse keeps it.
      Object.defineProperty(out, key, {
        value: convert(root, item, childSchemas(root, schemas, key), depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

/**
 * Turns data parsed from YAML into the JSON of a document described by a JSON Schema: each YAML
 * number becomes a JSON number where the schema takes a number (`startMonth: 7`), and the exact
 * decimal string of its text everywhere else (`target: 560000.10` → `"560000.10"`), which is what
 * a partnership document wants for money and every other quantity.
 */
export function toDocumentJson(value: unknown, schema: Schema): unknown {
  return convert(schema, value, expand(schema, schema), 0);
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fc, test } from '@fast-check/vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  DecimalString,
  type IssueCode,
  safeParsePartnership,
  samples,
  toJSONSchema,
} from '../../src/index.js';
import { malformed } from './malformed-documents.js';

const file = new URL('../../schema.json', import.meta.url);
const REGENERATE = 'UPDATE_SCHEMA=1 npx vitest run test/model/to-json-schema.test.ts';
const render = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;

if (process.env['UPDATE_SCHEMA'] === '1') {
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, render(toJSONSchema()));
}

// ajv 2020, strict: every keyword must be known and meaningful (strictTypes aside: the schema's
// if/then conditions name properties without repeating `type: object`). The first error is
// enough to refuse (with all errors, 100,000 empty goals take ajv minutes). ajv-formats is not a
// dependency: the one format the schema uses, RFC 3339 full-date (its pattern checks real dates).
const ajv = new Ajv2020.default({ strict: true, strictTypes: false });
ajv.addFormat('date', /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/);
const schema = toJSONSchema();
const validate = ajv.compile(schema);

/**
 * The checks JSON Schema cannot express, by issue code and the paths they report at, as
 * docs/documents.md lists them: a document refused by parsePartnership and accepted by ajv has
 * only issues of these checks.
 */
const beyondJsonSchema: ReadonlyArray<readonly [IssueCode, RegExp]> = [
  ['unknown-reference', /./],
  ['invalid-reference', /^economics\./],
  ['duplicate-id', /\.id$/],
  ['duplicate-entry', /\.(period|archetype)$/],
  ['sum-not-one', /\.(archetypes|weights)$/],
  ['outside-horizon', /(period|horizon)$/],
  ['horizon-reversed', /horizon\.end$/],
  ['wrong-count', /cascade\.shape\.weights$/],
  ['currency-mismatch', /currency$|vendorRevenue\.objective$/],
  ['period-not-on-calendar', /period$/],
  ['unsupported-granularity', /(period|granularity)$/],
  ['too-precise', /^(goals|actuals)\.\d+\.(target|value)$/],
  ['too-big', /horizon\.end$|\.(baseline|target|value)$/],
];
const isBeyond = (code: IssueCode, path: string): boolean =>
  beyondJsonSchema.some(([known, where]) => known === code && where.test(path));

/** Every `properties` entry of a JSON Schema, with its path. */
function* propertiesOf(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const properties = record['properties'];
  if (typeof properties === 'object' && properties !== null && !('if' in record)) {
    for (const [key, value] of Object.entries(properties)) {
      yield [`${path}.${key}`, value as Record<string, unknown>];
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'if' || key === 'then' || key === 'allOf') continue;
    if (typeof value === 'object') yield* propertiesOf(value, `${path}.${key}`);
  }
}

describe('toJSONSchema', () => {
  it('is a draft 2020-12 schema with an $id, a title and a description', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('urn:partner-alignment:partnership:1');
    expect(schema['title']).toBe('Partnership');
    expect(JSON.stringify(schema)).toContain('This library reads schemaVersion 1');
  });

  it('matches the committed schema.json', () => {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
    expect(committed === render(schema), `schema.json is out of date: run ${REGENERATE}`).toBe(
      true,
    );
  });

  it('describes every property, itself or through the definition it refers to', () => {
    const defs = schema['$defs'] as Record<string, Record<string, unknown>>;
    const undescribed = [...propertiesOf(schema['$defs'], '$defs')].filter(([, property]) => {
      if (typeof property['description'] === 'string') return false;
      const ref = property['$ref'];
      const target = typeof ref === 'string' ? defs[ref.replace('#/$defs/', '')] : undefined;
      return typeof target?.['description'] !== 'string';
    });
    expect(undescribed.map(([path]) => path)).toEqual([]);
  });

  it('is exported as partner-alignment/schema.json, a file both require() and import read', async () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(manifest.exports['./schema.json']).toBe('./schema.json');
    expect(manifest.files).toContain('schema.json');
    expect(createRequire(import.meta.url)('../../schema.json')).toEqual(schema);
    const imported = await import('../../schema.json', {
      with: { type: 'json' },
    });
    expect(imported.default).toEqual(schema);
  });

  it('accepts both samples when ajv validates them independently', () => {
    expect(validate(samples.northwindAdvisory), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(samples.lumenField), JSON.stringify(validate.errors)).toBe(true);
  });

  it('makes ajv refuse every malformed document that a rule of one field refuses', () => {
    const accepted = malformed
      .map(([name, document]) => {
        const result = safeParsePartnership(document);
        const issues = result.success ? [] : result.error.issues;
        return { name, issues, ajv: validate(document) };
      })
      .filter((entry) => entry.ajv);
    // The rest, by code: each needs a check across fields or documents, listed in the docs.
    for (const entry of accepted) {
      const expressible = entry.issues.filter(
        (issue) => !isBeyond(issue.code, issue.path.join('.')),
      );
      expect(expressible, `${entry.name} is accepted by ajv`).toEqual([]);
    }
    const codes = (entry: (typeof accepted)[number]) => [
      ...new Set(entry.issues.map((issue) => issue.code)),
    ];
    expect(
      Object.fromEntries(accepted.map((entry) => [entry.name, codes(entry)])),
    ).toMatchInlineSnapshot(`
      {
        "200 objectives with custom weights of the wrong length": [
          "wrong-count",
        ],
        "a 53rd week in a 52-week year": [
          "period-not-on-calendar",
        ],
        "a charter horizon of 25 years": [
          "too-big",
        ],
        "a commitment amount in another currency": [
          "currency-mismatch",
        ],
        "a commitment outside every horizon": [
          "outside-horizon",
        ],
        "a commitment to an unknown objective": [
          "unknown-reference",
        ],
        "a duplicate cadence id": [
          "duplicate-id",
        ],
        "a duplicate commitment id": [
          "duplicate-id",
        ],
        "a duplicate objective id": [
          "duplicate-id",
        ],
        "a duplicate opportunity id": [
          "duplicate-id",
        ],
        "a duplicate stakeholder id": [
          "duplicate-id",
        ],
        "a goal for an unknown objective": [
          "unknown-reference",
        ],
        "a goal of 4.5 deals": [
          "too-precise",
        ],
        "a goal outside its objective horizon": [
          "outside-horizon",
        ],
        "a horizon ending before it starts": [
          "horizon-reversed",
        ],
        "a metric currency unlike its opportunity": [
          "currency-mismatch",
        ],
        "a repeated archetype": [
          "duplicate-entry",
        ],
        "a review of an unknown cadence": [
          "unknown-reference",
        ],
        "a second actual for the same period": [
          "duplicate-entry",
        ],
        "a second goal for the same period": [
          "duplicate-entry",
        ],
        "a target too large to count in cents": [
          "too-big",
        ],
        "a week on a month-based calendar": [
          "unsupported-granularity",
        ],
        "an actual for an unknown objective": [
          "unknown-reference",
        ],
        "an actual outside its objective horizon": [
          "outside-horizon",
        ],
        "an objective horizon beyond the charter": [
          "outside-horizon",
        ],
        "an opportunity in another currency": [
          "currency-mismatch",
        ],
        "an unknown attendee": [
          "unknown-reference",
        ],
        "an unknown opportunity": [
          "unknown-reference",
        ],
        "an unknown stakeholder in agreedBy": [
          "unknown-reference",
        ],
        "archetype shares summing to 0.9": [
          "sum-not-one",
        ],
        "custom weights of the wrong count": [
          "wrong-count",
        ],
        "motive weights summing to 1.1": [
          "sum-not-one",
        ],
        "weekly cascade on a month-based calendar": [
          "unsupported-granularity",
        ],
      }
    `);
  });

  it('names in docs/documents.md every check JSON Schema cannot express, with its code', () => {
    const docs = readFileSync(new URL('../../docs/documents.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('## What JSON Schema cannot say'));
    for (const [code] of beyondJsonSchema) expect(section).toContain(`\`${code}\``);
  });

  const decimalSchema = (schema['$defs'] as Record<string, object>)['DecimalString'] as object;
  const checkDecimal = ajv.compile(decimalSchema);
  const plainDecimal = fc.oneof(
    fc.stringMatching(/^-?(?:0|[1-9]\d{0,40})(?:\.\d{1,30})?$/),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
    fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 36n }), fc.integer({ min: 0, max: 40 }))
      .map(([units, shift]) => {
        const digits = String(units).padStart(shift + 1, '0');
        return shift === 0 ? digits : `${digits.slice(0, -shift)}.${digits.slice(-shift)}`;
      }),
  );
  const exponent = fc.oneof(
    fc.integer({ min: -60, max: 60 }),
    fc.integer({ min: -1200, max: 1200 }),
  );
  const withExponent = fc
    .tuple(plainDecimal, fc.constantFrom('e', 'E', 'e+', 'e-0'), exponent)
    .map(([mantissa, mark, power]) => `${mantissa}${mark}${power}`)
    .filter((text) => /^-?(?:0|[1-9]\d*)(?:\.\d+)?[eE][+-]?\d+$/.test(text));

  test.prop([plainDecimal], { numRuns: 3000 })(
    'states the bounds of DecimalString exactly for decimals in plain notation',
    (text) => {
      expect(checkDecimal(text)).toBe(DecimalString.safeParse(text).success);
    },
  );

  test.prop([withExponent], { numRuns: 3000 })(
    'accepts every decimal DecimalString accepts, and refuses any of 1e30 or more, exponent or not',
    (text) => {
      const accepted = DecimalString.safeParse(text).success;
      if (accepted) expect(checkDecimal(text)).toBe(true);
      const tooLarge = /^[^eE]*[eE][+-]?\d+$/.test(text) && isAtLeast1e30(text);
      if (tooLarge && text.length <= 100) expect(checkDecimal(text)).toBe(false);
    },
  );
});

/** Whether a decimal string's absolute value is 1e30 or more (exactly, with BigInt). */
function isAtLeast1e30(text: string): boolean {
  const [mantissa = '', power = '0'] = text.replace(/^-/, '').split(/[eE]/);
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = BigInt(`${whole}${fraction}` || '0');
  const shift = Number(power) - fraction.length;
  if (digits === 0n) return false;
  if (shift >= 0) return digits * 10n ** BigInt(Math.min(shift, 2000)) >= 10n ** 30n;
  return digits >= 10n ** BigInt(30 - shift);
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { samples, toJSONSchema } from '../../src/index.js';

const file = new URL('../../schema/partnership.schema.json', import.meta.url);
const REGENERATE = 'UPDATE_SCHEMA=1 npx vitest run test/model/to-json-schema.test.ts';
const render = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;

if (process.env['UPDATE_SCHEMA'] === '1') {
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, render(toJSONSchema()));
}

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
// ajv-formats is not a dependency: the one format the schema uses, as RFC 3339 full-date.
ajv.addFormat('date', /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/);
const validate = ajv.compile(toJSONSchema());
const clone = <T>(value: T): T => structuredClone(value) as T;

describe('toJSONSchema', () => {
  it('is a draft 2020-12 schema of the partnership document', () => {
    const schema = toJSONSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(schema)).toContain('This library reads schemaVersion 1');
  });

  it('matches the committed schema/partnership.schema.json', () => {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
    expect(
      committed === render(toJSONSchema()),
      `schema/partnership.schema.json is out of date: run ${REGENERATE}`,
    ).toBe(true);
  });

  it('accepts both samples when ajv validates them independently', () => {
    expect(validate(samples.northwindAdvisory), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(samples.lumenField), JSON.stringify(validate.errors)).toBe(true);
  });

  it('makes ajv reject malformed documents', () => {
    const numberAmount = clone(samples.northwindAdvisory) as unknown as {
      terms: { resaleMargin: unknown };
    };
    numberAmount.terms.resaleMargin = 0.15;
    const unknownField = { ...samples.lumenField, owner: 'me' };
    const badKey = clone(samples.lumenField) as unknown as { goals: Array<{ period: string }> };
    (badKey.goals[0] as { period: string }).period = '2027-Q3';
    const missing: Record<string, unknown> = { ...samples.lumenField };
    delete missing['charter'];
    for (const document of [numberAmount, unknownField, badKey, missing, null, []]) {
      expect(validate(document)).toBe(false);
    }
  });
});

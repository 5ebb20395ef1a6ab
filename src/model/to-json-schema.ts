import { z } from 'zod';
import { isCurrencyCode, minorUnits } from '../money/currency.js';
import { CurrencyCode, DecimalString } from '../money/schemas.js';
import { Seasonality } from './cascade-spec.js';
import { DocumentMoney } from './internal/document-money.js';
import { decimalBoundsPattern, placesPattern } from './internal/json-schema-patterns.js';
import { StrategicObjective } from './objective.js';
import { Partnership } from './partnership.js';

/** The `$id` of the schema: a name for version 1 of the document format, not a web address. */
const SCHEMA_ID = 'urn:partner-alignment:partnership:1';

type JsonSchema = Record<string, unknown>;

/** A JSON Schema `if`/`then` pair: `consequence` applies to the values that match `condition`. */
function when(condition: JsonSchema, consequence: JsonSchema): JsonSchema {
  // biome-ignore lint/suspicious/noThenProperty: the keyword of JSON Schema, not a promise.
  return { if: condition, then: consequence };
}

/** Every currency code the library knows, by the number of decimals of its minor unit. */
function currenciesByDecimals(): ReadonlyMap<number, ReadonlyArray<string>> {
  const groups = new Map<number, string[]>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      for (const c of letters) {
        const code = `${a}${b}${c}`;
        if (!isCurrencyCode(code)) continue;
        const digits = minorUnits(code);
        const group = groups.get(digits);
        if (group === undefined) groups.set(digits, [code]);
        else group.push(code);
      }
    }
  }
  return new Map([...groups].sort(([a], [b]) => a - b));
}

/** `amount` with the decimals of its currency, for each group of currencies. */
function moneyPrecision(groups: ReadonlyMap<number, ReadonlyArray<string>>): JsonSchema[] {
  return [...groups].map(([places, codes]) =>
    when(
      { required: ['currency'], properties: { currency: { enum: codes } } },
      { properties: { amount: { pattern: placesPattern(places) } } },
    ),
  );
}

/** `baseline` and `target` with the decimals of the objective's metric. */
function objectivePrecision(groups: ReadonlyMap<number, ReadonlyArray<string>>): JsonSchema[] {
  const values = (places: number) => ({
    properties: {
      baseline: { pattern: placesPattern(places) },
      target: { pattern: placesPattern(places) },
    },
  });
  const metric = (condition: { properties: JsonSchema } & JsonSchema) => ({
    required: ['metric'],
    properties: {
      metric: {
        required: ['unit'],
        ...condition,
        properties: { unit: true, ...condition.properties },
      },
    },
  });
  const noPrecision = { not: { required: ['precision'], properties: { precision: true } } };
  const unit = (kinds: ReadonlyArray<string>, extra: JsonSchema = {}) => ({
    properties: { unit: { required: ['kind'], properties: { kind: { enum: kinds } }, ...extra } },
  });
  const rules: JsonSchema[] = [];
  for (let places = 0; places <= 6; places++) {
    rules.push(
      when(
        metric({ required: ['unit', 'precision'], properties: { precision: { const: places } } }),
        values(places),
      ),
    );
  }
  rules.push(when(metric({ ...noPrecision, ...unit(['count']) }), values(0)));
  rules.push(when(metric({ ...noPrecision, ...unit(['percent', 'hours']) }), values(1)));
  for (const [places, codes] of groups) {
    const money = unit(['money'], {
      required: ['kind', 'currency'],
      properties: { kind: { const: 'money' }, currency: { enum: codes } },
    });
    rules.push(when(metric({ ...noPrecision, ...money }), values(places)));
  }
  return rules;
}

/** Twelve seasonal weights by month, four by quarter. */
const seasonalCounts: JsonSchema[] = [
  ['month', 12],
  ['quarter', 4],
].map(([by, count]) =>
  when(
    { required: ['by'], properties: { by: { const: by } } },
    { properties: { weights: { minItems: count, maxItems: count } } },
  ),
);

/**
 * The JSON Schema (draft 2020-12) of a partnership document as written in JSON, for editors,
 * validators and products in other languages: an `$id`, a description on every field, an enum for
 * every closed set (currencies and motives included), patterns and bounds for decimals, dates,
 * period keys and lists, and the decimals of money and of metric values. The checks that JSON
 * Schema cannot express (references, sums, horizons, calendars; see docs/documents.md) are
 * {@link parsePartnership}'s. The package ships it as `partner-alignment/schema.json`.
 *
 * @returns the JSON Schema, a plain object
 * @example
 * ```ts
 * import { toJSONSchema } from 'partner-alignment';
 * const schema = toJSONSchema();
 * schema.$schema //=> 'https://json-schema.org/draft/2020-12/schema'
 * schema.$id //=> 'urn:partner-alignment:partnership:1'
 * ```
 * @category Model
 */
export function toJSONSchema(): Record<string, unknown> {
  const groups = currenciesByDecimals();
  const generated = z.toJSONSchema(Partnership, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const schema = jsonSchema as JsonSchema;
      if (zodSchema === CurrencyCode) schema['enum'] = [...groups.values()].flat().sort();
      if (zodSchema === DecimalString) schema['allOf'] = [{ pattern: decimalBoundsPattern(100) }];
      if (zodSchema === DocumentMoney) schema['allOf'] = moneyPrecision(groups);
      if (zodSchema === StrategicObjective) schema['allOf'] = objectivePrecision(groups);
      if (zodSchema === Seasonality) schema['allOf'] = seasonalCounts;
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Partnership',
    description:
      'A partnership document of partner-alignment (schemaVersion 1): the two companies, the currency and fiscal calendar, the charter, period goals, commitments, program terms, actuals and economics.',
    ...rest,
  };
}

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CurrencyCode,
  DecimalString,
  equals,
  fromMinorUnits,
  MoneyJson,
  MoneySchema,
  money,
  toMoneyJson,
} from '../../src/index.js';

const firstMessage = (schema: z.ZodType, input: unknown): string | undefined => {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join(' | ');
};

describe('DecimalString', () => {
  it.each([
    '0',
    '-0',
    '12.50',
    '-3',
    '1.25e3',
    '1E-5',
    '0.00000000000000000001',
    '999999999999999999999999999999e-1',
  ])('accepts %j', (input) => {
    expect(DecimalString.parse(input)).toBe(input);
  });

  it('rejects every malformed or out-of-bounds decimal, saying what is accepted', () => {
    const table = [
      'NaN',
      'Infinity',
      '-Infinity',
      '1e999',
      '1e30',
      '0x10',
      '',
      ' 1',
      '1 ',
      '1,5',
      '1.',
      '.5',
      '+1',
      '01',
      '0.000000000000000000001',
      '1234567890123456789012345678901.5',
      '0.12345678901234567890123456789012345',
      '1'.repeat(101),
      12.5,
      null,
      undefined,
    ].map((input) => [input, firstMessage(DecimalString, input)]);
    expect(table).toMatchInlineSnapshot(`
      [
        [
          "NaN",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "NaN"",
        ],
        [
          "Infinity",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "Infinity"",
        ],
        [
          "-Infinity",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "-Infinity"",
        ],
        [
          "1e999",
          "Expected a decimal string with an absolute value below 1e30; received "1e999"",
        ],
        [
          "1e30",
          "Expected a decimal string with an absolute value below 1e30; received "1e30"",
        ],
        [
          "0x10",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "0x10"",
        ],
        [
          "",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received """,
        ],
        [
          " 1",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received " 1"",
        ],
        [
          "1 ",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "1 "",
        ],
        [
          "1,5",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "1,5"",
        ],
        [
          "1.",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "1."",
        ],
        [
          ".5",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received ".5"",
        ],
        [
          "+1",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "+1"",
        ],
        [
          "01",
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received "01"",
        ],
        [
          "0.000000000000000000001",
          "Expected a decimal string with at most 20 decimal places; received "0.000000000000000000001"",
        ],
        [
          "1234567890123456789012345678901.5",
          "Expected a decimal string with an absolute value below 1e30; received "1234567890123456789012345678901.5"",
        ],
        [
          "0.12345678901234567890123456789012345",
          "Expected a decimal string with at most 34 significant digits; received "0.12345678901234567890123456789012345"",
        ],
        [
          "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111",
          "Expected at most 100 characters in a decimal string; received 101 characters, "1111111111111111111111111111111111111..."",
        ],
        [
          12.5,
          "Expected a decimal string such as "12.50", not a JSON number (binary floating point may change its digits); received the number 12.5",
        ],
        [
          null,
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received null",
        ],
        [
          undefined,
          "Expected a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity); received undefined",
        ],
      ]
    `);
  });
});

describe('CurrencyCode', () => {
  it('accepts known uppercase codes and explains the rest', () => {
    expect(CurrencyCode.parse('KWD')).toBe('KWD');
    expect(
      ['EUX', 'eur', 'EURO', 42].map((input) => firstMessage(CurrencyCode, input)),
    ).toMatchInlineSnapshot(`
      [
        "Expected an ISO 4217 currency code such as "EUR", "USD" or "JPY"; received the unknown code "EUX"",
        "Expected three uppercase letters such as "EUR"; received "eur"",
        "Expected three uppercase letters such as "EUR"; received "EURO"",
        "Expected a currency code such as "EUR"; received 42",
      ]
    `);
  });
});

describe('MoneyJson', () => {
  it('accepts exactly an amount string and a currency', () => {
    expect(MoneyJson.parse({ amount: '12.5', currency: 'EUR' })).toEqual({
      amount: '12.5',
      currency: 'EUR',
    });
  });

  it('rejects JSON numbers, unknown currencies and extra keys, including __proto__', () => {
    const issues = (input: unknown) => {
      const result = MoneyJson.safeParse(input);
      return result.success
        ? []
        : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
    };
    expect(issues({ amount: 12.5, currency: 'EUR' })).toMatchInlineSnapshot(`
      [
        [
          "amount",
          "Expected a decimal string such as "12.50", not a JSON number (binary floating point may change its digits); received the number 12.5",
        ],
      ]
    `);
    expect(issues({ amount: '1', currency: 'EUX' })).toMatchInlineSnapshot(`
      [
        [
          "currency",
          "Expected an ISO 4217 currency code such as "EUR", "USD" or "JPY"; received the unknown code "EUX"",
        ],
      ]
    `);
    expect(
      issues(JSON.parse('{"amount":"1","currency":"EUR","__proto__":{"polluted":true}}')),
    ).toMatchInlineSnapshot(`
      [
        [
          "",
          "Unrecognized key: "__proto__"",
        ],
      ]
    `);
    expect(issues({ amount: '1' })).toMatchInlineSnapshot(`
      [
        [
          "currency",
          "Expected a currency code such as "EUR"; received undefined",
        ],
      ]
    `);
  });

  it('generates a JSON Schema that reads like documentation', () => {
    const schema = z.toJSONSchema(MoneyJson, { io: 'input' });
    expect(schema).toMatchObject({
      $ref: '#/$defs/MoneyJson',
      $defs: {
        MoneyJson: { title: 'Money', type: 'object', additionalProperties: false },
        DecimalString: { title: 'Decimal string', type: 'string' },
        CurrencyCode: { title: 'Currency code', pattern: '^[A-Z]{3}$' },
      },
    });
    expect(JSON.stringify(schema)).toContain('ISO 4217');
  });
});

describe('MoneySchema', () => {
  it('decodes JSON into Money and encodes it back', () => {
    const price = MoneySchema.parse({ amount: '1.25e1', currency: 'EUR' });
    expect(equals(price, money('12.5', 'EUR'))).toBe(true);
    expect(z.encode(MoneySchema, price)).toEqual({ amount: '12.50', currency: 'EUR' });
  });

  test.prop([
    fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
    fc.constantFrom('EUR', 'JPY', 'KWD'),
  ])('round-trips through JSON with the same meaning', (units, currency) => {
    const value = fromMinorUnits(units, currency);
    const json = JSON.parse(JSON.stringify(toMoneyJson(value)));
    expect(equals(MoneySchema.parse(json), value)).toBe(true);
    expect(toMoneyJson(MoneySchema.parse(json))).toEqual(json);
  });
});

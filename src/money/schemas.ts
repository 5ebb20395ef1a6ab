/**
 * The JSON forms of decimals and money, as zod schemas: the single source of their types and of
 * their JSON Schema.
 *
 * @module
 */
import { z } from 'zod';
import { isCurrencyCode } from './currency.js';
import { checkMoney } from './internal/check-money.js';
import {
  DECIMAL_EXPECTED,
  DECIMAL_PATTERN,
  DecimalImpl,
  describeReceived,
  fromDecimalInstance,
  isDecimalInstance,
  readDecimalText,
} from './internal/decimal.js';
import { makeMoney } from './internal/make-money.js';
import type { Money, MoneyInput } from './money.js';
import type { Decimal } from './to-decimal.js';
import { plainAmount } from './to-decimal-string.js';

const MAX_SIGNIFICANT_DIGITS = 34;
const MAX_DECIMAL_PLACES = 20;
const MAX_LENGTH = 100;
const MAX_EXPONENT = 1000;
const LIMIT = new DecimalImpl('1e30');

/** Whether the written exponent (if any) is within ±MAX_EXPONENT; checked before decimal.js reads it. */
function hasSaneExponent(text: string): boolean {
  const exponent = /[eE]([+-]?\d+)$/.exec(text)?.[1];
  return exponent === undefined || Math.abs(Number(exponent)) <= MAX_EXPONENT;
}

/**
 * A decimal number written as a JSON string, such as `"12.50"` or `"1.25e3"`: the way money and
 * other exact quantities travel in documents. Plain or exponent notation; at most 34 significant
 * digits, at most 20 decimal places (after normalisation, so `"1.50"` has 1), an absolute
 * value below 10^30, and a written exponent from -1000 to 1000 (so `"0e99999"` is refused too). Refuses JSON numbers, `NaN`, `Infinity`, hex, commas, spaces and the empty
 * string, with a message saying what is accepted.
 *
 * @example
 * ```ts
 * import { DecimalString } from 'partner-alignment';
 * DecimalString.parse('12.50') //=> '12.50'
 * DecimalString.safeParse('1e999').success //=> false
 * DecimalString.safeParse(12.5).success //=> false
 * ```
 * @category Money
 */
export const DecimalString = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `Expected a decimal string such as "12.50", not a JSON number (binary floating point may change its digits); received the number ${issue.input}`
        : `Expected ${DECIMAL_EXPECTED}; received ${describeReceived(issue.input)}`,
  })
  .max(MAX_LENGTH, {
    error: (issue) =>
      `Expected at most ${MAX_LENGTH} characters in a decimal string; received ${String(issue.input).length} characters, ${describeReceived(issue.input)}`,
    abort: true,
  })
  .regex(DECIMAL_PATTERN, {
    error: (issue) => `Expected ${DECIMAL_EXPECTED}; received ${describeReceived(issue.input)}`,
    abort: true,
  })
  .superRefine((text, context) => {
    const value = hasSaneExponent(text) ? readDecimalText(text) : undefined;
    const problem =
      value === undefined
        ? `an exponent from -${MAX_EXPONENT} to ${MAX_EXPONENT}`
        : value.abs().gte(LIMIT)
          ? 'an absolute value below 1e30'
          : value.sd() > MAX_SIGNIFICANT_DIGITS
            ? `at most ${MAX_SIGNIFICANT_DIGITS} significant digits`
            : value.decimalPlaces() > MAX_DECIMAL_PLACES
              ? `at most ${MAX_DECIMAL_PLACES} decimal places`
              : undefined;
    if (problem !== undefined) {
      context.addIssue({
        code: 'custom',
        input: text,
        message: `Expected a decimal string with ${problem}; received ${describeReceived(text)}`,
        params: { code: 'decimal-out-of-range', expected: `a decimal string with ${problem}` },
        continue: false,
      });
    }
  })
  .meta({
    id: 'DecimalString',
    title: 'Decimal string',
    description:
      'An exact decimal number as a string, such as "12.50" or "1.25e3": at most 34 significant digits, at most 20 decimal places, absolute value below 1e30. Never a JSON number, so no digit is lost to binary floating point.',
  });
/** A decimal number written as a JSON string (see the schema of the same name). @category Money */
export type DecimalString = z.infer<typeof DecimalString>;

/**
 * An ISO 4217 currency code with a minor unit, from the library's own copy of the ISO list (see
 * {@link iso4217}; never the JavaScript engine's): three uppercase letters, such as `"EUR"`.
 *
 * @example
 * ```ts
 * import { CurrencyCode } from 'partner-alignment';
 * CurrencyCode.parse('EUR') //=> 'EUR'
 * CurrencyCode.safeParse('eur').success //=> false
 * CurrencyCode.safeParse('EUX').success //=> false
 * ```
 * @category Money
 */
export const CurrencyCode = z
  .string({
    error: (issue) =>
      `Expected a currency code such as "EUR"; received ${describeReceived(issue.input)}`,
  })
  .regex(/^[A-Z]{3}$/, {
    error: (issue) =>
      `Expected three uppercase letters such as "EUR"; received ${describeReceived(issue.input)}`,
    abort: true,
  })
  .refine(isCurrencyCode, {
    error: (issue) =>
      `Expected an ISO 4217 currency code such as "EUR", "USD" or "JPY"; received the unknown code ${describeReceived(issue.input)}`,
    params: { code: 'unknown-currency' },
  })
  .meta({
    id: 'CurrencyCode',
    title: 'Currency code',
    description:
      'An ISO 4217 currency code in uppercase with a minor unit, such as "EUR", "USD" or "JPY" (ISO 4217 List One as published on 2026-01-01).',
  });
/** An ISO 4217 currency code (see the schema of the same name). @category Money */
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * Money as it appears in JSON: an exact decimal string and a currency code, nothing else.
 *
 * @example
 * ```ts
 * import { MoneyJson } from 'partner-alignment';
 * MoneyJson.parse({ amount: '12.50', currency: 'EUR' }) //=> { amount: '12.50', currency: 'EUR' }
 * MoneyJson.safeParse({ amount: 12.5, currency: 'EUR' }).success //=> false
 * ```
 * @category Money
 */
export const MoneyJson = z.strictObject({ amount: DecimalString, currency: CurrencyCode }).meta({
  id: 'MoneyJson',
  title: 'Money',
  description:
    'An exact amount of money: the amount as a decimal string in major units (euros, not cents) and its ISO 4217 currency code.',
});
/** Money as it appears in JSON (see the schema of the same name). @category Money */
export type MoneyJson = z.infer<typeof MoneyJson>;

/**
 * Writes a {@link Money} as its JSON form: the amount as a plain decimal string (at least the
 * currency's minor units, every exact digit kept, never exponent notation) and the currency.
 *
 * @param value - the money to write
 * @returns the JSON form, accepted back by {@link MoneySchema} for amounts within its bounds (a
 *   declared currency's digits are not part of it: the document declares them)
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { money, toMoneyJson } from 'partner-alignment';
 * toMoneyJson(money('12.5', 'EUR')) //=> { amount: '12.50', currency: 'EUR' }
 * ```
 * @category Money
 */
export function toMoneyJson(value: MoneyInput): MoneyJson {
  const checked = checkMoney(value, 'Invalid money', ['value']);
  return { amount: plainAmount(checked), currency: checked.currency };
}

/**
 * A zod codec between money in JSON ({@link MoneyJson}) and {@link Money}: `parse` (or
 * `z.decode`) reads JSON into Money, `z.encode` writes Money back with {@link toMoneyJson}.
 *
 * @example
 * ```ts
 * import { MoneySchema } from 'partner-alignment';
 * import { z } from 'zod';
 * const price = MoneySchema.parse({ amount: '12.5', currency: 'EUR' });
 * price.amount.toString() //=> '12.5'
 * z.encode(MoneySchema, price) //=> { amount: '12.50', currency: 'EUR' }
 * ```
 * @category Money
 */
export const MoneySchema: z.ZodCodec<typeof MoneyJson, z.ZodCustom<Money, Money>> = z.codec(
  MoneyJson,
  z.custom<Money>((value) => typeof value === 'object' && value !== null && 'amount' in value),
  {
    decode: (json) => makeMoney(new DecimalImpl(json.amount), json.currency),
    encode: (value) => toMoneyJson(value),
  },
);

/**
 * A zod codec between a {@link DecimalString} in JSON and an exact {@link Decimal}: `parse` (or
 * `z.decode`) reads the string into the library's Decimal, `z.encode` writes it back in plain
 * notation (no exponent; trailing fraction zeros are not kept, the value is).
 *
 * @example
 * ```ts
 * import { DecimalSchema } from 'partner-alignment';
 * import { z } from 'zod';
 * const rate = DecimalSchema.parse('1.25e-1');
 * rate.toString() //=> '0.125'
 * z.encode(DecimalSchema, rate) //=> '0.125'
 * DecimalSchema.safeParse('NaN').success //=> false
 * ```
 * @category Money
 */
export const DecimalSchema: z.ZodCodec<
  typeof DecimalString,
  z.ZodCustom<Decimal, Decimal>
> = z.codec(DecimalString, z.custom<Decimal>(isDecimalInstance), {
  decode: (text) => fromDecimalInstance(new DecimalImpl(text)),
  encode: (value) => value.toFixed(),
});

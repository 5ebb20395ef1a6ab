/**
 * The input boundary of the money functions: a money argument is a {@link Money} the library
 * built (which passes after a few property reads) or its JSON form `{ amount, currency }` with
 * the amount as a decimal string (read within the decimal bounds). Anything else is refused with a
 * ValidationError naming the argument.
 *
 * @module
 */
import {
  argumentError,
  describeReceived,
  isRecord,
  kindOf,
  wrongType,
} from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import type { Money } from '../money.js';
import { checkDeclared, isDeclarable, isoDigits, unknownCode } from './currencies.js';
import { isDecimalInstance, isOwnDecimal } from './decimal.js';
import { makeMoney } from './make-money.js';
import { isWithinExponent, readDecimal } from './read-decimal.js';

export const MONEY_EXPECTED =
  'money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }';

/** The number of minor-unit digits of a money value's currency (ISO 4217, or as declared). */
export function digitsOf(value: Money): number {
  return value.digits ?? (isoDigits(value.currency) as number);
}

/** Whether a value is money the library can use as it is, without building a new one. */
function isReady(value: Readonly<Record<string, unknown>>): boolean {
  const { amount, currency, digits } = value;
  return (
    isOwnDecimal(amount) &&
    typeof currency === 'string' &&
    (digits === undefined
      ? typeof isoDigits(currency) === 'number'
      : isDeclarable(currency, digits)) &&
    amount.isFinite() &&
    isWithinExponent(amount)
  );
}

/**
 * Checks a money argument and returns it as {@link Money}: the very same object when the library
 * built it, a new frozen value when it came in its JSON form.
 *
 * @throws {ValidationError} naming `path` (or the field under it) for anything else
 */
export function checkMoney<C extends string = string>(
  value: unknown,
  summary: string,
  path: IssuePath,
): Money<C> {
  if (!isRecord(value)) throw wrongType(summary, path, value, MONEY_EXPECTED);
  if (isReady(value)) return value as unknown as Money<C>;
  const { amount, currency, digits } = value;
  if (typeof amount !== 'string' && !isDecimalInstance(amount)) {
    throw argumentError(
      summary,
      amount === undefined ? 'required' : 'invalid-type',
      [...path, 'amount'],
      `Expected the amount as a decimal string or a Decimal, received ${kindOf(amount)}`,
      describeReceived(amount),
      'a decimal string such as "12.50"',
    );
  }
  if (typeof amount === 'string') {
    for (const key in value) {
      if (Object.hasOwn(value, key) && key !== 'amount' && key !== 'currency' && key !== 'digits') {
        throw argumentError(
          summary,
          'unknown-field',
          [...path, key],
          `Unknown field ${JSON.stringify(key.slice(0, 40))} of money`,
          describeReceived(value[key]),
          'only amount and currency (and digits for a declared currency)',
        );
      }
    }
  }
  const exact = readDecimal(amount, [...path, 'amount'], summary);
  if (digits === undefined) {
    if (typeof currency !== 'string' || typeof isoDigits(currency) !== 'number') {
      return unknownCode(currency, summary, [...path, 'currency']);
    }
    return makeMoney(exact, currency as C);
  }
  const declared = checkDeclared(
    currency,
    digits,
    summary,
    [...path, 'currency'],
    [...path, 'digits'],
  );
  return makeMoney(exact, declared.code as C, declared.digits);
}

/** Checks a list of money arguments (an array), each named by its index under `path`. */
export function checkMoneyList<C extends string = string>(
  values: unknown,
  summary: string,
  path: IssuePath,
): Money<C>[] {
  if (!Array.isArray(values)) throw wrongType(summary, path, values, `a list of ${MONEY_EXPECTED}`);
  return values.map((value, index) => checkMoney<C>(value, summary, [...path, index]));
}

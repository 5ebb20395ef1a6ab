/**
 * Currencies as the money functions see them: an ISO 4217 code (digits from the library's own
 * copy of List One), or a currency the caller declares with its digits. Nothing here reads
 * `Intl`, and nothing is registered globally: a declared currency travels with its values.
 *
 * @module
 */
import {
  argumentError,
  checkWholeNumber,
  describeReceived,
  isRecord,
  kindOf,
} from '../../argument-checks.js';
import type { IssuePath } from '../../errors.js';
import { iso4217 } from '../iso-4217.js';

const isoTable: Readonly<Record<string, number | null>> = iso4217.minorUnits;

/** The most digits a declared currency may have (18 covers tokens counted in 10^-18 units). */
export const MAX_DECLARED_DIGITS = 18;

/** What a declared currency's code looks like: 3 to 12 uppercase letters or digits, a letter first. */
export const DECLARED_CODE_PATTERN: RegExp = /^[A-Z][A-Z0-9]{2,11}$/;

export const CURRENCY_EXPECTED =
  'an ISO 4217 code in uppercase, such as "EUR", "USD" or "JPY", or a declared currency such as { code: "PTS", digits: 0 }';

/** A currency resolved to its code and digits; `declared` when the caller gave the digits. */
export interface ResolvedCurrency {
  readonly code: string;
  readonly digits: number;
  readonly declared: boolean;
}

/**
 * The ISO 4217 digits of a code: a number, `null` for a code ISO lists without a minor unit,
 * `undefined` for anything ISO does not list.
 */
export function isoDigits(code: string): number | null | undefined {
  return isoTable[code];
}

/** Whether a currency with these digits may be declared under this code (see the rules in {@link checkDeclaredCurrency}). */
export function isDeclarable(code: string, digits: unknown): boolean {
  return (
    DECLARED_CODE_PATTERN.test(code) &&
    typeof isoTable[code] !== 'number' &&
    typeof digits === 'number' &&
    Number.isInteger(digits) &&
    digits >= 0 &&
    digits <= MAX_DECLARED_DIGITS
  );
}

/** Throws the right ValidationError for a currency code that is not a usable ISO code. */
export function unknownCode(code: unknown, summary: string, path: IssuePath): never {
  if (typeof code !== 'string') {
    throw argumentError(
      summary,
      code === undefined ? 'required' : 'invalid-type',
      path,
      `Expected a currency, received ${kindOf(code)}`,
      describeReceived(code),
      CURRENCY_EXPECTED,
    );
  }
  const upper = code.toUpperCase();
  const message =
    isoTable[code] === null
      ? `ISO 4217 lists ${code} without a minor unit; declare its digits, such as { code: "${code}", digits: 2 }`
      : /^[A-Za-z]{3}$/.test(code) && code !== upper && typeof isoTable[upper] === 'number'
        ? 'Currency code must be uppercase'
        : 'Unknown currency code';
  throw argumentError(
    summary,
    'unknown-currency',
    path,
    message,
    describeReceived(code),
    CURRENCY_EXPECTED,
  );
}

/**
 * Checks a declared currency `{ code, digits }`: a plain object with exactly those keys, a code
 * of 3 to 12 uppercase letters or digits that ISO 4217 does not list with a minor unit (ISO
 * decides the digits of its own codes; a code it lists without one, such as XAU, may be declared),
 * and whole digits from 0 to 18.
 */
export function checkDeclaredCurrency(
  value: Readonly<Record<string, unknown>>,
  summary: string,
  path: IssuePath,
): ResolvedCurrency {
  for (const key in value) {
    if (Object.hasOwn(value, key) && key !== 'code' && key !== 'digits') {
      throw argumentError(
        summary,
        'unknown-field',
        [...path, key],
        `Unknown field ${JSON.stringify(key.slice(0, 40))} of a currency definition`,
        describeReceived(value[key]),
        'only code and digits',
      );
    }
  }
  return checkDeclared(
    value['code'],
    value['digits'],
    summary,
    [...path, 'code'],
    [...path, 'digits'],
  );
}

/** Checks the code and digits of a declared currency (see {@link checkDeclaredCurrency}). */
export function checkDeclared(
  code: unknown,
  digits: unknown,
  summary: string,
  codePath: IssuePath,
  digitsPath: IssuePath,
): ResolvedCurrency {
  if (typeof code !== 'string' || !DECLARED_CODE_PATTERN.test(code)) {
    throw argumentError(
      summary,
      typeof code === 'string'
        ? 'invalid-format'
        : code === undefined
          ? 'required'
          : 'invalid-type',
      codePath,
      typeof code === 'string'
        ? 'A declared currency code has 3 to 12 uppercase letters or digits, a letter first'
        : `Expected a currency code, received ${kindOf(code)}`,
      describeReceived(code),
      'a code such as "PTS" or "CREDITS"',
    );
  }
  const iso = isoTable[code];
  if (typeof iso === 'number') {
    throw argumentError(
      summary,
      'invalid-argument',
      codePath,
      `${code} is an ISO 4217 currency with ${iso} digits, which ISO decides; pass the code "${code}" itself`,
      describeReceived(code),
      'a code ISO 4217 does not list with a minor unit',
      { code, digits: iso },
    );
  }
  checkWholeNumber(digits, 0, MAX_DECLARED_DIGITS, summary, digitsPath);
  return { code, digits: digits as number, declared: true };
}

/**
 * Resolves a currency argument: an ISO 4217 code with a minor unit, or a declared currency
 * `{ code, digits }`.
 *
 * @throws {ValidationError} naming `path` for anything else
 */
export function resolveCurrency(
  value: unknown,
  summary: string,
  path: IssuePath,
): ResolvedCurrency {
  if (typeof value === 'string') {
    const digits = isoTable[value];
    if (typeof digits === 'number') return { code: value, digits, declared: false };
    return unknownCode(value, summary, path);
  }
  if (isRecord(value)) return checkDeclaredCurrency(value, summary, path);
  return unknownCode(value, summary, path);
}

/**
 * The library's private Decimal constructor: a clone of decimal.js with its own settings, so the
 * library never changes (and is never changed by) the global `Decimal` of an application.
 *
 * @module
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { describeReceived as describeValue } from '../../argument-checks.js';

/** The Decimal constructor every money operation uses: 40 significant digits, half-even. */
export const DecimalImpl: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -50,
  toExpPos: 50,
});

/** An instance of decimal.js (any copy or clone of it). */
export type DecimalValue = InstanceType<typeof DecimalJs>;

/** The zero of the library's Decimal. */
export const ZERO: DecimalValue = new DecimalImpl(0);

/**
 * Tells whether a value is a decimal.js instance (from any clone or copy of decimal.js). Not
 * `Decimal.isDecimal` alone: it trusts a `toStringTag` property, which `JSON.parse` can give a
 * stranger's plain object (`{"toStringTag": "[object Decimal]"}`), whose missing methods would then
 * fail as raw `TypeError`s. So a value that is not of this copy of decimal.js must have the fields
 * decimal.js reads (`d`, `e`, `s`) and bring its methods.
 */
export function isDecimalInstance(value: unknown): value is DecimalValue {
  // Made by this copy of decimal.js (the library's clone or the application's): JSON cannot make
  // one, and parsing checks every decimal of a document here, so this answer comes first.
  if (value instanceof DecimalJs) return true;
  if (!DecimalJs.isDecimal(value)) return false;
  const { d, e, s } = value as unknown as { d: unknown; e: unknown; s: unknown };
  if (!((d === null || Array.isArray(d)) && typeof e === 'number' && typeof s === 'number')) {
    return false;
  }
  const methods = value as unknown as Record<string, unknown>;
  return (
    typeof methods['isFinite'] === 'function' &&
    typeof methods['isZero'] === 'function' &&
    typeof methods['toString'] === 'function'
  );
}

/**
 * Whether a value was made by the library's own Decimal. Not `instanceof`: every clone of one copy
 * of decimal.js shares one prototype, so an application's `Decimal` (20 digits) would pass, and
 * arithmetic on it would round to its precision, not to ours.
 */
export function isOwnDecimal(value: unknown): value is DecimalValue {
  return isDecimalInstance(value) && value.constructor === DecimalImpl;
}

/** Turns a decimal.js instance of any clone into one of ours, dropping a negative zero. */
export function fromDecimalInstance(value: DecimalValue): DecimalValue {
  if (value.isZero()) return ZERO;
  return isOwnDecimal(value) ? value : new DecimalImpl(value);
}

/** Normalises a result of arithmetic: a negative zero becomes zero. */
export function normalized(value: DecimalValue): DecimalValue {
  return value.isZero() ? ZERO : value;
}

/**
 * A decimal number as JSON writes it: optional minus, digits without leading zeros, optional
 * fraction, optional exponent. No spaces, signs other than minus, commas, hex, `NaN` or `Infinity`.
 */
export const DECIMAL_PATTERN: RegExp = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Reads a string matching {@link DECIMAL_PATTERN} exactly, or returns `undefined` when its
 * exponent takes it beyond what decimal.js can hold: decimal.js would silently turn such a value
 * into `Infinity` (`"1e9999999999999999"`) or into zero (`"1e-9999999999999999"`).
 */
export function readDecimalText(text: string): DecimalValue | undefined {
  const value = new DecimalImpl(text);
  if (!value.isFinite()) return undefined;
  if (value.isZero() && /[1-9]/.test(text.replace(/[eE].*$/, ''))) return undefined;
  return fromDecimalInstance(value);
}

/** What a decimal string may look like, for error messages. */
export const DECIMAL_EXPECTED =
  'a decimal string such as "12.50", "-3" or "1.25e3" (digits with an optional minus, fraction and exponent; no spaces, commas, hex, NaN or Infinity)';

/**
 * A short rendering of a received value for an error message (a Decimal as `Decimal 1.5`, its
 * text cut like any other). An object that only passes for a Decimal of another copy of
 * decimal.js may bring methods that throw or return anything: it is then shown as an object.
 */
export function describeReceived(value: unknown): string {
  if (isDecimalInstance(value)) {
    let text: unknown;
    try {
      text = value.isFinite() && Math.abs(value.e) > 40 ? value.toExponential(3) : value.toString();
    } catch {
      return describeValue(value);
    }
    if (typeof text !== 'string') return describeValue(value);
    return `Decimal ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
  }
  return describeValue(value);
}

const CONTEXT_DIGITS = 40;

/** The integer coefficient of a finite decimal scaled by `10^places` (which must be enough). */
function scaled(value: DecimalValue, places: number): bigint {
  return BigInt(value.toFixed(places).replace('.', ''));
}

/**
 * `a + b` exactly, whatever the sizes: decimal.js when the result fits the 40 digits of the
 * context, BigInt on the common scale otherwise.
 */
export function exactPlus(a: DecimalValue, b: DecimalValue): DecimalValue {
  const places = Math.max(a.decimalPlaces(), b.decimalPlaces());
  if (Math.max(a.e, b.e) + 2 + places <= CONTEXT_DIGITS) return normalized(a.plus(b));
  return normalized(new DecimalImpl(`${scaled(a, places) + scaled(b, places)}e-${places}`));
}

/** `a × b` exactly, whatever the sizes (see {@link exactPlus}). */
export function exactTimes(a: DecimalValue, b: DecimalValue): DecimalValue {
  if (a.sd() + b.sd() <= CONTEXT_DIGITS) return normalized(a.times(b));
  const pa = a.decimalPlaces();
  const pb = b.decimalPlaces();
  return normalized(new DecimalImpl(`${scaled(a, pa) * scaled(b, pb)}e-${pa + pb}`));
}

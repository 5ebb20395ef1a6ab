import { checkOptions, checkWholeNumber, isRecord } from '../argument-checks.js';
import { formatPeriodKey } from '../calendar/format-period-key.js';
import type { Period } from '../calendar/period.js';
import { isPartnerAlignmentError } from '../errors.js';
import type { MoneyInput } from '../money/money.js';
import { type Decimal, toDecimal } from '../money/to-decimal.js';
import { roundForDisplay } from './round-for-display.js';

/**
 * What {@link toDisplay} gives: plain JSON data (text, numbers, booleans, `null`, arrays and plain
 * objects), which `console.log`, `console.table`, notebooks and `JSON.stringify` all show well.
 *
 * @example
 * ```ts
 * import type { DisplayValue } from 'partner-alignment/report';
 * const shown: DisplayValue = { pace: '0.9', period: 'FY2027-Q1' };
 * shown //=> { pace: '0.9', period: 'FY2027-Q1' }
 * ```
 * @category Report
 */
export type DisplayValue =
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<DisplayValue>
  | { readonly [key: string]: DisplayValue };

/**
 * Options of {@link toDisplay}.
 *
 * @example
 * ```ts
 * import type { ToDisplayOptions } from 'partner-alignment/report';
 * const options: ToDisplayOptions = { places: 2 };
 * options.places //=> 2
 * ```
 * @category Report
 */
export interface ToDisplayOptions {
  /** Decimal places of decimals that are not money, from 0 to 20. Default 4. */
  readonly places?: number;
}

const SUMMARY = 'Invalid arguments to toDisplay';
const MAX_DEPTH = 64;
const granularities = new Set(['year', 'half', 'quarter', 'month', 'week']);

function isDecimal(value: object): value is Decimal {
  if (Object.getPrototypeOf(value) === Object.prototype) return false;
  const candidate = value as Partial<Decimal>;
  if (typeof candidate.toFixed !== 'function' || typeof candidate.decimalPlaces !== 'function') {
    return false;
  }
  try {
    toDecimal(value as Decimal);
    return true;
  } catch (error) {
    if (isPartnerAlignmentError(error)) return false;
    throw error;
  }
}

function periodKeyOf(value: Readonly<Record<string, unknown>>): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 4 || !granularities.has(value['granularity'] as string)) return undefined;
  try {
    return formatPeriodKey(value as unknown as Period);
  } catch (error) {
    if (isPartnerAlignmentError(error)) return undefined;
    throw error;
  }
}

function shown(
  value: unknown,
  places: number,
  open: Set<object>,
  depth: number,
): DisplayValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return undefined;
  if (isDecimal(value)) return roundForDisplay(value, { places });
  if (open.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[…]';
  open.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item) => shown(item, places, open, depth + 1) ?? null);
    }
    if (!isRecord(value)) return String(value);
    if ('amount' in value && 'currency' in value && isDecimal(value['amount'] as object)) {
      return `${roundForDisplay(value as unknown as MoneyInput)} ${String(value['currency'])}`;
    }
    const key = periodKeyOf(value);
    if (key !== undefined) return key;
    const out: Record<string, DisplayValue> = {};
    for (const name of Object.keys(value)) {
      const item = shown(value[name], places, open, depth + 1);
      if (item !== undefined) out[name] = item;
    }
    return out;
  } finally {
    open.delete(value);
  }
}

/**
 * A result as plain data for people: every Decimal rounded for display (see
 * {@link roundForDisplay}), money as `"548300.00 USD"`, every period as its key (`FY2027-Q1`, never
 * `[object Object]`), the rest as it is. The result itself is not changed and gains no method, so
 * it still passes `structuredClone` and worker threads; show this copy instead.
 *
 * @param value - any result of the library (or any value)
 * @param options - `places` for decimals that are not money (default 4)
 * @returns a plain copy for `console.log`, `console.table` or a notebook
 * @throws {@link index!ValidationError} for an invalid option
 * @example
 * ```ts
 * import { toDecimal } from 'partner-alignment';
 * import { toDisplay } from 'partner-alignment/report';
 * toDisplay({ pace: toDecimal(2).dividedBy(3), period: { calendar: 'calendar', granularity: 'quarter', year: 2027, index: 3 } })
 * //=> { pace: '0.6667', period: 'FY2027-Q3' }
 * ```
 * @category Report
 */
export function toDisplay(value: unknown, options?: ToDisplayOptions): DisplayValue {
  const given = checkOptions(options, ['places'], SUMMARY);
  const places =
    given['places'] === undefined
      ? 4
      : checkWholeNumber(given['places'], 0, 20, SUMMARY, ['options', 'places']);
  return shown(value, places, new Set(), 0) ?? null;
}

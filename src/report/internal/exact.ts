/**
 * A row's numbers come in pairs: a JS number to plot (`target`) beside the exact decimal string
 * it was rounded from (`targetExact`). The number is always `Number(exact)`, the nearest double to
 * the exact value, so the two never disagree by more than that rounding.
 *
 * @module
 */
import { withoutNegativeZero } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';

/** The exact decimal string of a value, in plain notation (no exponent), never `-0`. */
export function exactText(value: Decimal, places?: number): string {
  const clean = withoutNegativeZero(value);
  return places === undefined ? clean.toFixed() : clean.toFixed(places);
}

/** The exact decimal string of a value, or `null`. */
export function exactOrNull(value: Decimal | null, places?: number): string | null {
  return value === null ? null : exactText(value, places);
}

/** The number to plot for an exact decimal string: the nearest double. */
export function numberOf(text: string): number;
export function numberOf(text: string | null): number | null;
export function numberOf(text: string | null): number | null {
  return text === null ? null : Number(text);
}

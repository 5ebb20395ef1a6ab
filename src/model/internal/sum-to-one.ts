import type { Decimal } from '../../money/to-decimal.js';
import { toDecimal } from '../../money/to-decimal.js';

/** The exact sum of some decimals. */
export function sumDecimals(values: ReadonlyArray<Decimal>): Decimal {
  let total = toDecimal('0');
  for (const value of values) total = total.plus(value);
  return total;
}

/** Tells whether decimals add up to exactly 1. */
export function sumsToOne(values: ReadonlyArray<Decimal>): boolean {
  return sumDecimals(values).eq(1);
}

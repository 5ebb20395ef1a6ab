/**
 * The few number rules progress needs: direction-aware ratios, division that answers `null`
 * instead of Infinity, and the display rounding used in sentences and rows.
 *
 * @module
 */
import type { Direction } from '../../model/metric.js';
import { type Decimal, toDecimal } from '../../money/to-decimal.js';

export const ZERO: Decimal = toDecimal(0);
export const ONE: Decimal = toDecimal(1);
const TWO: Decimal = toDecimal(2);

/** Drops a negative zero, so JSON never shows `"-0"`. */
export function clean(value: Decimal): Decimal {
  return value.isZero() ? ZERO : value;
}

/** `a / b`, or `null` when `b` is zero. */
export function divide(a: Decimal, b: Decimal): Decimal | null {
  return b.isZero() ? null : clean(a.div(b));
}

/** The sum of some decimals. */
export function sum(values: ReadonlyArray<Decimal>): Decimal {
  return clean(values.reduce((total, value) => total.plus(value), ZERO));
}

/**
 * How a value compares with a reference in the metric's direction, as a ratio where 1 is "as
 * planned": `increase` → value / reference; `decrease` → 2 − value / reference (10 % under the
 * reference reads 1.1, 10 % over reads 0.9); `maintain` → 1 within the tolerance band, otherwise
 * 1 − |value / reference − 1|. `null` when the reference is zero.
 */
export function directionRatio(
  value: Decimal,
  reference: Decimal,
  direction: Direction,
  tolerance: Decimal,
): Decimal | null {
  const ratio = divide(value, reference);
  if (ratio === null) return null;
  switch (direction) {
    case 'increase':
      return ratio;
    case 'decrease':
      return clean(TWO.minus(ratio));
    case 'maintain':
      return maintainRatio(ratio, tolerance);
    default:
      return unreachable(direction);
  }
}

/** 1 when `ratio` is within `tolerance` of 1, otherwise 1 − |ratio − 1|. */
export function maintainRatio(ratio: Decimal, tolerance: Decimal): Decimal {
  const deviation = ratio.minus(ONE).abs();
  return deviation.lte(tolerance) ? ONE : clean(ONE.minus(deviation));
}

/** The display rule of sentences and rows: 4 decimals, half-even, no exponent. */
export function show(value: Decimal | null): string {
  return value === null ? 'n/a' : value.toFixed(4).replace(/\.?0+$/, '') || '0';
}

export function unreachable(value: never): never {
  throw new Error(`Unexpected value ${String(value)}`);
}

import type { Decimal } from '../../money/to-decimal.js';
import { toDecimal } from '../../money/to-decimal.js';
import { addIssue, type IssueSink } from './document-issue.js';

/** The exact sum of some decimals. */
export function sumDecimals(values: ReadonlyArray<Decimal>): Decimal {
  let total = toDecimal('0');
  for (const value of values) total = total.plus(value);
  return total;
}

/**
 * A decimal written for a message in at most about 40 characters: exact when it is short, in
 * exponent notation with 12 significant digits otherwise. Never `toFixed` of a huge number.
 */
export function renderDecimal(value: Decimal): string {
  if (value.isZero()) return '0';
  if (value.sd() <= 24 && value.e <= 20 && value.e >= -12) return value.toFixed();
  return value.toSignificantDigits(12).toExponential();
}

/**
 * Adds an issue at `path` unless the decimals add up to exactly 1, with the sum in the message:
 * "Motive weights must sum to 1; they sum to 0.9". Call it only with decimals that passed their
 * own rules (a `whenClean` refinement), so that no failed value is summed.
 */
export function requireSumOfOne(
  context: IssueSink,
  values: ReadonlyArray<Decimal>,
  where: { readonly path: string; readonly noun: string },
): void {
  const sum = sumDecimals(values);
  if (sum.eq(1)) return;
  const shown = renderDecimal(sum);
  addIssue(context, [where.path], {
    code: 'sum-not-one',
    message: `${where.noun[0]?.toUpperCase()}${where.noun.slice(1)} must sum to 1 (they sum to ${shown})`,
    received: `a sum of ${shown}`,
    expected: `${where.noun} summing to exactly 1`,
    params: { sum: shown },
  });
}

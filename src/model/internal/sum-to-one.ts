import type { z } from 'zod';
import type { Decimal } from '../../money/to-decimal.js';
import { toDecimal } from '../../money/to-decimal.js';

/** The exact sum of some decimals. */
export function sumDecimals(values: ReadonlyArray<Decimal>): Decimal {
  let total = toDecimal('0');
  for (const value of values) total = total.plus(value);
  return total;
}

/**
 * Adds an issue at `path` unless the decimals add up to exactly 1, with the sum in the message:
 * "Motive weights must sum to 1 (they sum to 0.9)".
 */
export function requireSumOfOne(
  context: z.RefinementCtx,
  values: ReadonlyArray<Decimal>,
  where: { readonly path: string; readonly noun: string },
): void {
  const sum = sumDecimals(values);
  if (sum.eq(1)) return;
  context.addIssue({
    code: 'custom',
    path: [where.path],
    input: sum.toFixed(),
    message: `${where.noun[0]?.toUpperCase()}${where.noun.slice(1)} must sum to 1 (they sum to ${sum.toFixed()})`,
    params: { expected: `${where.noun} summing to exactly 1` },
  });
}

/** Tells whether decimals add up to exactly 1. */
export function sumsToOne(values: ReadonlyArray<Decimal>): boolean {
  return sumDecimals(values).eq(1);
}

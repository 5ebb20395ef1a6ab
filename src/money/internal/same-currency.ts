import { CurrencyMismatchError } from '../errors.js';
import type { Money } from '../money.js';

function named(value: Money): string {
  return value.digits === undefined ? value.currency : `${value.currency} (${value.digits} digits)`;
}

/**
 * Throws a CurrencyMismatchError unless both amounts are in the same currency: the same code and,
 * for a declared currency, the same digits (two definitions of one code never mix).
 */
export function assertSameCurrency(operation: string, a: Money, b: Money): void {
  if (a.currency !== b.currency || a.digits !== b.digits) {
    throw new CurrencyMismatchError(operation, named(a), named(b));
  }
}

import { CurrencyMismatchError } from '../errors.js';
import type { Money } from '../money.js';

/** Throws a CurrencyMismatchError unless both amounts are in the same currency. */
export function assertSameCurrency(operation: string, a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(operation, a.currency, b.currency);
}

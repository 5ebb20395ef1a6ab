import type { Money } from '../money.js';
import type { Decimal } from '../to-decimal.js';
import { DecimalImpl, fromDecimalInstance } from './decimal.js';

/** Builds a money value from an already checked amount and currency (internal). */
export function makeMoney<C extends string>(amount: Decimal, currency: C): Money<C> {
  const normalized =
    amount instanceof DecimalImpl && !amount.isZero() ? amount : fromDecimalInstance(amount);
  return Object.freeze({ amount: normalized, currency });
}

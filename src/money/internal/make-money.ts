import type { Money } from '../money.js';
import type { Decimal } from '../to-decimal.js';
import { fromDecimalInstance } from './decimal.js';

/**
 * Builds a money value from an already checked amount and currency (internal). `digits` is given
 * for a declared currency only; ISO 4217 money carries none.
 */
export function makeMoney<C extends string>(
  amount: Decimal,
  currency: C,
  digits?: number,
): Money<C> {
  const normalized = fromDecimalInstance(amount);
  return Object.freeze(
    digits === undefined
      ? { amount: normalized, currency }
      : { amount: normalized, currency, digits },
  );
}

/** A new money value in the same currency (and, for a declared currency, the same digits). */
export function withAmount<C extends string>(template: Money<C>, amount: Decimal): Money<C> {
  return makeMoney(amount, template.currency, template.digits);
}

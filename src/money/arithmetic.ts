/**
 * Exact arithmetic on money: sums, differences, scaling, negation and ratios. Every function
 * returns a new value and never rounds to minor units (use `roundMoney` for that). Sums,
 * differences and products are exact at any size; only `ratioOf` (a division) rounds, to 40
 * significant digits.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import { DivisionByZeroError } from './errors.js';
import { assertCurrencyCode } from './internal/assert-currency-code.js';
import { describeReceived, exactPlus, exactTimes, normalized, ZERO } from './internal/decimal.js';
import { makeMoney } from './internal/make-money.js';
import { assertSameCurrency } from './internal/same-currency.js';
import type { Money } from './money.js';
import { type Decimal, type DecimalInput, toDecimal } from './to-decimal.js';

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `a + b`
 * @throws {@link CurrencyMismatchError} when the currencies differ (only possible for `Money<string>`)
 * @example
 * ```ts
 * import { add, money } from 'partner-alignment';
 * add(money('0.1', 'EUR'), money('0.2', 'EUR')) //=> { amount: '0.3', currency: 'EUR' }
 * ```
 * @category Money
 */
export function add<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency('add', a, b);
  return makeMoney(exactPlus(a.amount, b.amount), a.currency);
}

/**
 * Subtracts one amount from another of the same currency, exactly.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency
 * @returns `a - b`
 * @throws {@link CurrencyMismatchError} when the currencies differ (only possible for `Money<string>`)
 * @example
 * ```ts
 * import { money, subtract } from 'partner-alignment';
 * subtract(money('10', 'EUR'), money('12.5', 'EUR')) //=> { amount: '-2.5', currency: 'EUR' }
 * ```
 * @category Money
 */
export function subtract<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency('subtract', a, b);
  return makeMoney(exactPlus(a.amount, b.amount.neg()), a.currency);
}

/**
 * Multiplies an amount by a ratio (a growth factor, a share, a count). The product is exact,
 * however many digits it needs; it is not rounded to minor units.
 *
 * @param value - the amount
 * @param ratio - a Decimal, a decimal string such as `"1.07"`, or a safe integer
 * @returns `value × ratio`
 * @throws {@link ValidationError} for a malformed ratio (including binary floats such as `1.07`)
 * @example
 * ```ts
 * import { money, multiply } from 'partner-alignment';
 * multiply(money('19.99', 'EUR'), '1.07') //=> { amount: '21.3893', currency: 'EUR' }
 * multiply(money('19.99', 'EUR'), 3) //=> { amount: '59.97', currency: 'EUR' }
 * ```
 * @category Money
 */
export function multiply<C extends string>(value: Money<C>, ratio: DecimalInput): Money<C> {
  return makeMoney(exactTimes(value.amount, toDecimal(ratio)), value.currency);
}

/**
 * Flips the sign of an amount.
 *
 * @param value - the amount
 * @returns `-value` (zero stays zero)
 * @example
 * ```ts
 * import { money, negate } from 'partner-alignment';
 * negate(money('12.5', 'EUR')) //=> { amount: '-12.5', currency: 'EUR' }
 * ```
 * @category Money
 */
export function negate<C extends string>(value: Money<C>): Money<C> {
  return makeMoney(normalized(value.amount.neg()), value.currency);
}

/**
 * Adds up a list of amounts of one currency, exactly. An empty list sums to zero in the given
 * currency; without one, an empty list has no currency and is refused.
 *
 * @param values - the amounts, all in the same currency
 * @param currency - the currency of the sum; required when the list may be empty
 * @returns the total
 * @throws {@link CurrencyMismatchError} when the amounts (or the given currency) differ
 * @throws {@link ValidationError} for an empty list without a currency, or an unknown currency
 * @example
 * ```ts
 * import { money, sumMoney } from 'partner-alignment';
 * sumMoney([money('1.10', 'EUR'), money('2.20', 'EUR')]) //=> { amount: '3.3', currency: 'EUR' }
 * sumMoney([], 'EUR') //=> { amount: '0', currency: 'EUR' }
 * sumMoney([]) //!> ValidationError
 * ```
 * @category Money
 */
export function sumMoney<C extends string>(
  values: ReadonlyArray<Money<C>>,
  currency?: NoInfer<C>,
): Money<C> {
  const first = values[0];
  const target = currency ?? first?.currency;
  if (target === undefined) {
    throw new ValidationError('Cannot sum money', [
      {
        code: 'too-small',
        path: [],
        message: 'An empty list of amounts has no currency',
        received: '[]',
        expected: 'at least one amount, or the currency of the sum as the second argument',
      },
    ]);
  }
  assertCurrencyCode(target);
  let total = ZERO;
  const zero = makeMoney(ZERO, target);
  for (const value of values) {
    assertSameCurrency('sum', zero, value);
    total = exactPlus(total, value.amount);
  }
  return makeMoney(total, target);
}

/**
 * The ratio of one amount to another of the same currency (a share, an attainment): money
 * divided by money is a plain number. Exact when the quotient terminates within 40 significant
 * digits, otherwise rounded half-even to 40 digits.
 *
 * @param part - the numerator
 * @param whole - the denominator, in the same currency and not zero
 * @returns `part ÷ whole` as a Decimal
 * @throws {@link DivisionByZeroError} when `whole` is zero (never `Infinity`)
 * @throws {@link CurrencyMismatchError} when the currencies differ
 * @example
 * ```ts
 * import { money, ratioOf } from 'partner-alignment';
 * ratioOf(money('25', 'EUR'), money('200', 'EUR')) //=> '0.125'
 * ratioOf(money('25', 'EUR'), money('0', 'EUR')) //!> DivisionByZeroError
 * ```
 * @category Money
 */
export function ratioOf<C extends string>(part: Money<C>, whole: Money<NoInfer<C>>): Decimal {
  assertSameCurrency('take the ratio of', part, whole);
  if (whole.amount.isZero()) {
    throw new DivisionByZeroError(
      `Cannot take the ratio of ${part.amount.toFixed()} ${part.currency} to a zero whole (received ${describeReceived(whole.amount.toFixed())}); pass a non-zero whole`,
    );
  }
  return normalized(part.amount.div(whole.amount));
}

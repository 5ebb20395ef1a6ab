/**
 * Comparing amounts: order, equality, sign, smallest and largest.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import { checkMoney, checkMoneyList } from './internal/check-money.js';
import { assertSameCurrency } from './internal/same-currency.js';
import type { Money, MoneyInput } from './money.js';

const summaryOf = (name: string): string => `Invalid arguments to ${name}`;

/**
 * Orders two amounts of the same currency by value (`12.5` and `12.50` are equal).
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`
 * @throws {@link CurrencyMismatchError} when the currencies differ
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { compareMoney, money } from 'partner-alignment';
 * compareMoney(money('12.5', 'EUR'), money('12.50', 'EUR')) //=> 0
 * compareMoney(money('-1', 'EUR'), money('0', 'EUR')) //=> -1
 * ```
 * @category Money
 */
export function compareMoney<C extends string>(
  a: MoneyInput<C>,
  b: MoneyInput<NoInfer<C>>,
): -1 | 0 | 1 {
  const x = checkMoney(a, summaryOf('compareMoney'), ['a']);
  const y = checkMoney(b, summaryOf('compareMoney'), ['b']);
  return order(x, y);
}

function order(x: Money, y: Money): -1 | 0 | 1 {
  assertSameCurrency('compare', x, y);
  const order = x.amount.comparedTo(y.amount);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/**
 * Tells whether two amounts are equal in value and currency. Unlike {@link compareMoney}, different
 * currencies are simply not equal.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns `true` for the same currency and the same value
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { equals, money } from 'partner-alignment';
 * equals(money('12.5', 'EUR'), money('12.50', 'EUR')) //=> true
 * equals(money('12.5', 'EUR'), money('12.5', 'USD')) //=> false
 * ```
 * @category Money
 */
export function equals(a: MoneyInput, b: MoneyInput): boolean {
  const x = checkMoney(a, summaryOf('equals'), ['a']);
  const y = checkMoney(b, summaryOf('equals'), ['b']);
  return x.currency === y.currency && x.digits === y.digits && x.amount.eq(y.amount);
}

/**
 * Tells whether an amount is zero.
 *
 * @param value - the amount
 * @returns `true` for zero
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { isZero, money } from 'partner-alignment';
 * isZero(money('0.00', 'EUR')) //=> true
 * ```
 * @category Money
 */
export function isZero(value: MoneyInput): boolean {
  return checkMoney(value, summaryOf('isZero'), ['value']).amount.isZero();
}

/**
 * Tells whether an amount is greater than zero.
 *
 * @param value - the amount
 * @returns `true` for a positive amount (zero is not positive)
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { isPositive, money } from 'partner-alignment';
 * isPositive(money('0.01', 'EUR')) //=> true
 * isPositive(money('0', 'EUR')) //=> false
 * ```
 * @category Money
 */
export function isPositive(value: MoneyInput): boolean {
  return checkMoney(value, summaryOf('isPositive'), ['value']).amount.gt(0);
}

/**
 * Tells whether an amount is less than zero.
 *
 * @param value - the amount
 * @returns `true` for a negative amount (zero is not negative)
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { isNegative, money } from 'partner-alignment';
 * isNegative(money('-0.01', 'EUR')) //=> true
 * isNegative(money('0', 'EUR')) //=> false
 * ```
 * @category Money
 */
export function isNegative(value: MoneyInput): boolean {
  return checkMoney(value, summaryOf('isNegative'), ['value']).amount.lt(0);
}

/**
 * The smallest of one or more amounts of one currency (the first of equals).
 *
 * @param values - at least one amount, all in the same currency
 * @returns the smallest amount
 * @throws {@link CurrencyMismatchError} when the currencies differ
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { minMoney, money } from 'partner-alignment';
 * minMoney([money('3', 'EUR'), money('-1', 'EUR'), money('2', 'EUR')]) //=> { amount: '-1', currency: 'EUR' }
 * ```
 * @category Money
 */
export function minMoney<C extends string>(
  values: readonly [MoneyInput<C>, ...MoneyInput<C>[]],
): Money<C> {
  return pick('min', values, -1);
}

/**
 * The largest of one or more amounts of one currency (the first of equals).
 *
 * @param values - at least one amount, all in the same currency
 * @returns the largest amount
 * @throws {@link CurrencyMismatchError} when the currencies differ
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { maxMoney, money } from 'partner-alignment';
 * maxMoney([money('3', 'EUR'), money('-1', 'EUR'), money('2', 'EUR')]) //=> { amount: '3', currency: 'EUR' }
 * ```
 * @category Money
 */
export function maxMoney<C extends string>(
  values: readonly [MoneyInput<C>, ...MoneyInput<C>[]],
): Money<C> {
  return pick('max', values, 1);
}

function pick<C extends string>(
  name: string,
  values: ReadonlyArray<MoneyInput<C>>,
  sign: -1 | 1,
): Money<C> {
  const list = checkMoneyList<C>(values, summaryOf(`${name}Money`), ['values']);
  const [first] = list;
  if (first === undefined) {
    throw new ValidationError(`Cannot take the ${name} of money`, [
      {
        code: 'too-small',
        path: ['values'],
        message: 'The list of amounts is empty',
        received: '[]',
        expected: 'at least one amount',
      },
    ]);
  }
  let best = first;
  for (const value of list) {
    if (order(value, best) === sign) best = value;
  }
  return best;
}

/**
 * Exact arithmetic on money: sums, differences, scaling, negation and ratios. Every function
 * returns a new value and never rounds to minor units (use `roundMoney` for that). Sums,
 * differences and products are exact at any size; only `ratioOf` (a division) rounds, to 40
 * significant digits.
 *
 * @module
 */
import { ValidationError } from '../errors.js';
import type { CurrencyInput } from './currency.js';
import { DivisionByZeroError } from './errors.js';
import { checkMoney, checkMoneyList } from './internal/check-money.js';
import { resolveCurrency } from './internal/currencies.js';
import { describeReceived, exactPlus, exactTimes, normalized, ZERO } from './internal/decimal.js';
import { makeMoney, withAmount } from './internal/make-money.js';
import { checkResult, readDecimal } from './internal/read-decimal.js';
import { assertSameCurrency } from './internal/same-currency.js';
import type { Money, MoneyInput } from './money.js';
import type { Decimal, DecimalInput } from './to-decimal.js';

const summaryOf = (name: string): string => `Invalid arguments to ${name}`;

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `a + b`
 * @throws {@link CurrencyMismatchError} when the currencies differ (only possible for `Money<string>`)
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { add, money } from 'partner-alignment';
 * add(money('0.1', 'EUR'), money('0.2', 'EUR')) //=> { amount: '0.3', currency: 'EUR' }
 * ```
 * @category Money
 */
export function add<C extends string>(a: MoneyInput<C>, b: MoneyInput<NoInfer<C>>): Money<C> {
  const x = checkMoney<C>(a, summaryOf('add'), ['a']);
  const y = checkMoney<C>(b, summaryOf('add'), ['b']);
  assertSameCurrency('add', x, y);
  return withAmount(x, checkResult(exactPlus(x.amount, y.amount), 'add'));
}

/**
 * Subtracts one amount from another of the same currency, exactly.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency
 * @returns `a - b`
 * @throws {@link CurrencyMismatchError} when the currencies differ (only possible for `Money<string>`)
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { money, subtract } from 'partner-alignment';
 * subtract(money('10', 'EUR'), money('12.5', 'EUR')) //=> { amount: '-2.5', currency: 'EUR' }
 * ```
 * @category Money
 */
export function subtract<C extends string>(a: MoneyInput<C>, b: MoneyInput<NoInfer<C>>): Money<C> {
  const x = checkMoney<C>(a, summaryOf('subtract'), ['a']);
  const y = checkMoney<C>(b, summaryOf('subtract'), ['b']);
  assertSameCurrency('subtract', x, y);
  return withAmount(x, checkResult(exactPlus(x.amount, y.amount.neg()), 'subtract'));
}

/**
 * Multiplies an amount by a ratio (a growth factor, a share, a count). The product is exact,
 * however many digits it needs; it is not rounded to minor units.
 *
 * @param value - the amount
 * @param ratio - a Decimal, a decimal string such as `"1.07"`, or a safe integer
 * @returns `value × ratio`
 * @throws {@link ValidationError} for a value that is not money, a malformed ratio (including binary floats such as `1.07`), or a product beyond {@link decimalLimits}
 * @example
 * ```ts
 * import { money, multiply } from 'partner-alignment';
 * multiply(money('19.99', 'EUR'), '1.07') //=> { amount: '21.3893', currency: 'EUR' }
 * multiply(money('19.99', 'EUR'), 3) //=> { amount: '59.97', currency: 'EUR' }
 * ```
 * @category Money
 */
export function multiply<C extends string>(value: MoneyInput<C>, ratio: DecimalInput): Money<C> {
  const x = checkMoney<C>(value, summaryOf('multiply'), ['value']);
  const factor = readDecimal(ratio, ['ratio'], summaryOf('multiply'));
  return withAmount(x, checkResult(exactTimes(x.amount, factor), 'multiply'));
}

/**
 * Flips the sign of an amount.
 *
 * @param value - the amount
 * @returns `-value` (zero stays zero)
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { money, negate } from 'partner-alignment';
 * negate(money('12.5', 'EUR')) //=> { amount: '-12.5', currency: 'EUR' }
 * ```
 * @category Money
 */
export function negate<C extends string>(value: MoneyInput<C>): Money<C> {
  const x = checkMoney<C>(value, summaryOf('negate'), ['value']);
  return withAmount(x, normalized(x.amount.neg()));
}

/**
 * Adds up a list of amounts of one currency, exactly. An empty list sums to zero in the given
 * currency; without one, an empty list has no currency and is refused.
 *
 * @param values - the amounts, all in the same currency
 * @param currency - the currency of the sum (a code or a declared currency); required when the list may be empty
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
  values: ReadonlyArray<MoneyInput<C>>,
  currency?: NoInfer<C> | CurrencyInput<NoInfer<C>>,
): Money<C> {
  const summary = summaryOf('sumMoney');
  const list = checkMoneyList<C>(values, summary, ['values']);
  const first = list[0];
  if (currency === undefined && first === undefined) {
    throw new ValidationError('Cannot sum money', [
      {
        code: 'too-small',
        path: ['values'],
        message: 'An empty list of amounts has no currency',
        received: '[]',
        expected: 'at least one amount, or the currency of the sum as the second argument',
      },
    ]);
  }
  let zero: Money<C>;
  if (currency === undefined) zero = withAmount(first as Money<C>, ZERO);
  else {
    const target = resolveCurrency(currency, summary, ['currency']);
    zero = makeMoney(ZERO, target.code as C, target.declared ? target.digits : undefined);
  }
  let total = ZERO;
  for (const value of list) {
    assertSameCurrency('sum', zero, value);
    total = exactPlus(total, value.amount);
  }
  return withAmount(zero, checkResult(total, 'sum money'));
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
 * @throws {@link ValidationError} for an argument that is neither money nor its JSON form
 * @example
 * ```ts
 * import { money, ratioOf } from 'partner-alignment';
 * ratioOf(money('25', 'EUR'), money('200', 'EUR')) //=> '0.125'
 * ratioOf(money('25', 'EUR'), money('0', 'EUR')) //!> DivisionByZeroError
 * ```
 * @category Money
 */
export function ratioOf<C extends string>(
  part: MoneyInput<C>,
  whole: MoneyInput<NoInfer<C>>,
): Decimal {
  const x = checkMoney<C>(part, summaryOf('ratioOf'), ['part']);
  const y = checkMoney<C>(whole, summaryOf('ratioOf'), ['whole']);
  assertSameCurrency('take the ratio of', x, y);
  if (y.amount.isZero()) {
    throw new DivisionByZeroError(
      `Cannot take the ratio of ${x.amount.toFixed()} ${x.currency} to a zero whole (received ${describeReceived(y.amount.toFixed())}); pass a non-zero whole`,
    );
  }
  return checkResult(normalized(x.amount.div(y.amount)), 'take the ratio');
}

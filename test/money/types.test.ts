import { describe, expectTypeOf, it } from 'vitest';
import {
  add,
  allocate,
  compareMoney,
  type Decimal,
  type Money,
  type MoneyJson,
  money,
  ratioOf,
  subtract,
  sumMoney,
} from '../../src/index.js';

describe('Money types', () => {
  it('carries the currency code as a literal type', () => {
    expectTypeOf(money('1', 'EUR')).toEqualTypeOf<Money<'EUR'>>();
    expectTypeOf(add(money('1', 'EUR'), money('2', 'EUR'))).toEqualTypeOf<Money<'EUR'>>();
    expectTypeOf(allocate(money('1', 'JPY'), [1, 1])).toEqualTypeOf<Money<'JPY'>[]>();
    expectTypeOf(allocate('1', [1, 1], { decimals: 0 })).toEqualTypeOf<Decimal[]>();
    expectTypeOf(ratioOf(money('1', 'EUR'), money('2', 'EUR'))).toEqualTypeOf<Decimal>();
    expectTypeOf<MoneyJson>().toEqualTypeOf<{ amount: string; currency: string }>();
  });

  it('makes mixing currencies known at compile time a type error', () => {
    const eur = money('1', 'EUR');
    const usd = money('1', 'USD');
    // @ts-expect-error EUR and USD cannot be added
    expectTypeOf(() => add(eur, usd)).toBeFunction();
    // @ts-expect-error EUR and USD cannot be subtracted
    expectTypeOf(() => subtract(eur, usd)).toBeFunction();
    // @ts-expect-error EUR and USD cannot be compared
    expectTypeOf(() => compareMoney(eur, usd)).toBeFunction();
    // A mixed list infers Money<'EUR' | 'USD'>, so sumMoney checks currencies at run time.
    expectTypeOf(sumMoney<'EUR'>)
      .parameter(0)
      .not.toEqualTypeOf<ReadonlyArray<Money<'USD'>>>();
    // @ts-expect-error a quantity needs its decimals
    expectTypeOf(() => allocate('1', [1])).toBeFunction();
  });

  it('accepts currencies known only at run time, checked when the operation runs', () => {
    const a: Money = money('1', 'EUR');
    const b: Money = money('1', 'EUR');
    expectTypeOf(add(a, b)).toEqualTypeOf<Money<string>>();
  });
});

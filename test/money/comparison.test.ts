import { describe, expect, it } from 'vitest';
import {
  compareMoney,
  equals,
  isNegative,
  isPositive,
  isZero,
  type Money,
  maxMoney,
  minMoney,
  money,
} from '../../src/index.js';
import { deepFreeze } from './deep-freeze.js';

const eur = (amount: string) => deepFreeze(money(amount, 'EUR'));
const runtime = (amount: string, currency: string): Money => money(amount, currency);

describe('compareMoney', () => {
  it.each([
    ['1', '2', -1],
    ['12.5', '12.50', 0],
    ['-1', '-2', 1],
  ] as const)('orders %s against %s as %i', (a, b, order) => {
    expect(compareMoney(eur(a), eur(b))).toBe(order);
  });

  it('refuses to compare different currencies', () => {
    expect(() => compareMoney(runtime('1', 'EUR'), runtime('1', 'USD'))).toThrow(/Cannot compare/);
  });
});

describe('equals', () => {
  it('needs the same value and the same currency', () => {
    expect(equals(eur('1.0'), eur('1'))).toBe(true);
    expect(equals(eur('1'), eur('2'))).toBe(false);
    expect(equals(runtime('1', 'EUR'), runtime('1', 'USD'))).toBe(false);
  });
});

describe('isZero, isPositive, isNegative', () => {
  it.each([
    ['0', true, false, false],
    ['-0', true, false, false],
    ['0.01', false, true, false],
    ['-0.01', false, false, true],
  ] as const)('classifies %s', (amount, zero, positive, negative) => {
    expect([isZero(eur(amount)), isPositive(eur(amount)), isNegative(eur(amount))]).toEqual([
      zero,
      positive,
      negative,
    ]);
  });
});

describe('minMoney and maxMoney', () => {
  it('pick the smallest and largest, the first of equals', () => {
    const list = deepFreeze([eur('3'), eur('-1'), eur('3.0'), eur('-1.00')] as const);
    expect(minMoney(list)).toBe(list[1]);
    expect(maxMoney(list)).toBe(list[0]);
  });

  it('refuse an empty list and mixed currencies', () => {
    expect(() => minMoney([] as unknown as [Money])).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot take the min of money: 1 issue
        - values: The list of amounts is empty (received []; expected at least one amount)]
    `);
    expect(() => maxMoney([runtime('1', 'EUR'), runtime('2', 'USD')])).toThrow(/Cannot compare/);
  });
});

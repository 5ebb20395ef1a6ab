import { describe, expect, it } from 'vitest';
import { money, multiply, negate, subtract } from '../../../src/index.js';

describe('money built by the library', () => {
  it('never has a negative zero amount, which JSON would write as "-0"', () => {
    const eur = money('0', 'EUR');
    const zeros = [negate(eur), multiply(money('5', 'EUR'), '-0'), subtract(eur, eur)];
    expect(zeros.map((value) => [value.amount.isNeg(), JSON.stringify(value.amount)])).toEqual([
      [false, '"0"'],
      [false, '"0"'],
      [false, '"0"'],
    ]);
  });

  it('has only an amount and a currency for ISO 4217 money, and digits for a declared one', () => {
    expect(Object.keys(negate(money('1', 'EUR')))).toEqual(['amount', 'currency']);
    expect(Object.keys(negate(money('1', { code: 'PTS', digits: 0 })))).toEqual([
      'amount',
      'currency',
      'digits',
    ]);
  });
});

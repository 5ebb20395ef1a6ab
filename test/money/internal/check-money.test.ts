import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { maxMoney, money, negate } from '../../../src/index.js';
import { issueOf } from '../../issue-of.js';

describe('money the library built in a declared currency', () => {
  it('is passed on as it is, at both ends of the digits a currency may declare', () => {
    const points = money('1', { code: 'PTS', digits: 0 });
    const tokens = money('1', { code: 'TOKEN', digits: 18 });
    expect(maxMoney([points])).toBe(points);
    expect(maxMoney([tokens])).toBe(tokens);
  });
});

describe('money built by hand around a Decimal of the library', () => {
  // The amount is the library's own Decimal, as in money the library built; only the currency
  // or the digits beside it are wrong, and each is refused as in the JSON form.
  const amount = () => money('1', 'EUR').amount;
  it.each([
    ['an array holding a code', { currency: ['EUR'] }, ['invalid-type', 'value.currency']],
    ['a code ISO does not list', { currency: 'XYZ' }, ['unknown-currency', 'value.currency']],
    [
      'digits beside an ISO code',
      { currency: 'EUR', digits: 2 },
      ['invalid-argument', 'value.currency'],
    ],
    [
      'a lowercase declared code',
      { currency: 'pts', digits: 2 },
      ['invalid-format', 'value.currency'],
    ],
    [
      'a declared code in an array',
      { currency: ['PTS'], digits: 2 },
      ['invalid-type', 'value.currency'],
    ],
    ['fractional digits', { currency: 'PTS', digits: 1.5 }, ['not-an-integer', 'value.digits']],
    ['digits as a string', { currency: 'PTS', digits: '2' }, ['invalid-type', 'value.digits']],
    ['negative digits', { currency: 'PTS', digits: -1 }, ['too-small', 'value.digits']],
    ['too many digits', { currency: 'PTS', digits: 19 }, ['too-big', 'value.digits']],
  ])('refuses %s', (_case, fields, [code, path]) => {
    const issue = issueOf(() => negate({ amount: amount(), ...fields } as never));
    expect([issue.code, issue.path.join('.')]).toEqual([code, path]);
  });
});

describe('money in its JSON form', () => {
  it('is refused with what an amount looks like when the amount is no decimal', () => {
    const issue = issueOf(() => negate({ amount: 12.5, currency: 'EUR' } as never));
    expect([issue.code, issue.path.join('.'), issue.expected]).toEqual([
      'invalid-type',
      'value.amount',
      'a decimal string such as "12.50"',
    ]);
  });

  it('names an unknown field, cut to 40 characters, and says which fields there are', () => {
    const issue = issueOf(() =>
      negate({ amount: '1', currency: 'EUR', ['y'.repeat(50)]: 1 } as never),
    );
    expect([issue.code, issue.message, issue.expected]).toEqual([
      'unknown-field',
      `Unknown field "${'y'.repeat(40)}" of money`,
      'only amount and currency (and digits for a declared currency)',
    ]);
  });

  it('is strict about fields only with a string amount: a Decimal amount may travel with others', () => {
    const value = { amount: new ForeignDecimal('1.5'), currency: 'EUR', note: 'from a row' };
    expect(negate(value as never).amount.toFixed()).toBe('-1.5');
  });
});

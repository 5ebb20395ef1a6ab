import { describe, expect, it } from 'vitest';
import {
  isValidationError,
  maxMoney,
  money,
  negate,
  type ValidationIssue,
} from '../../../src/index.js';

function issueOf(call: () => unknown): ValidationIssue {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues[0] as ValidationIssue;
  }
  throw new Error('expected a ValidationError');
}

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

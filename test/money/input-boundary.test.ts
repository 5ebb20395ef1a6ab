import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  compareMoney,
  equals,
  formatMoney,
  fromMinorUnits,
  isNegative,
  isValidationError,
  maxMoney,
  minorUnits,
  money,
  multiply,
  negate,
  ratioOf,
  roundMoney,
  subtract,
  sumMoney,
  toDecimal,
  toDecimalString,
  toMinorUnits,
  toMoneyJson,
  type ValidationIssue,
} from '../../src/index.js';

/** The single issue of the ValidationError a call throws. */
function issueOf(call: () => unknown): ValidationIssue {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    expect(error.issues).toHaveLength(1);
    return error.issues[0] as ValidationIssue;
  }
  throw new Error('expected a ValidationError');
}
const brief = (issue: ValidationIssue) => [issue.code, issue.path.join('.'), issue.message];
// Arguments of the wrong type, as plain JavaScript callers pass them.
const anyValue = (value: unknown) => value as never;

describe('money functions with wrongly typed arguments', () => {
  it('name the total of allocate(120, [1, 1]) and say a number is not money', () => {
    const issue = issueOf(() => allocate(anyValue(120), [1, 1]));
    expect(issue).toMatchObject({ code: 'invalid-type', path: ['total'], received: '120' });
    expect(issue.message).toMatchInlineSnapshot(
      `"Expected money, received a number; a plain quantity is a decimal string with options.decimals"`,
    );
    expect(issue.expected).toMatchInlineSnapshot(
      `"money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }; or a quantity (a decimal string or a Decimal) with options.decimals"`,
    );
  });

  it.each([
    [
      'add',
      () => add(anyValue(null), money('1', 'EUR')),
      [
        'invalid-type',
        'a',
        'Expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received null',
      ],
    ],
    [
      'subtract',
      () => subtract(money('1', 'EUR'), anyValue('1')),
      [
        'invalid-type',
        'b',
        'Expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received a string',
      ],
    ],
    [
      'multiply',
      () => multiply(money('1', 'EUR'), anyValue({})),
      ['invalid-type', 'ratio', 'Expected a decimal, received an object'],
    ],
    [
      'negate',
      () => negate(anyValue([1])),
      [
        'invalid-type',
        'value',
        'Expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received an array',
      ],
    ],
    [
      'sumMoney',
      () => sumMoney(anyValue('EUR')),
      [
        'invalid-type',
        'values',
        'Expected a list of money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received a string',
      ],
    ],
    [
      'sumMoney item',
      () => sumMoney([money('1', 'EUR'), anyValue({ amount: 1, currency: 'EUR' })]),
      [
        'invalid-type',
        'values.1.amount',
        'Expected the amount as a decimal string or a Decimal, received a number',
      ],
    ],
    [
      'ratioOf',
      () => ratioOf(money('1', 'EUR'), anyValue({ amount: '1', currency: 'EUX' })),
      ['unknown-currency', 'whole.currency', 'Unknown currency code'],
    ],
    [
      'compare',
      () => compareMoney(anyValue(undefined), money('1', 'EUR')),
      [
        'required',
        'a',
        'Missing; expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }',
      ],
    ],
    [
      'equals',
      () => equals(money('1', 'EUR'), anyValue(1)),
      [
        'invalid-type',
        'b',
        'Expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received a number',
      ],
    ],
    [
      'isNegative',
      () => isNegative(anyValue({ amount: new ForeignDecimal('NaN'), currency: 'EUR' })),
      ['invalid-decimal', 'value.amount', 'Not a finite decimal'],
    ],
    [
      'maxMoney',
      () => maxMoney(anyValue([money('1', 'EUR'), 'x'])),
      [
        'invalid-type',
        'values.1',
        'Expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received a string',
      ],
    ],
    [
      'minorUnits',
      () => minorUnits(anyValue(978)),
      ['invalid-type', 'currency', 'Expected a currency, received a number'],
    ],
    [
      'fromMinorUnits',
      () => fromMinorUnits(anyValue('1999'), 'EUR'),
      [
        'invalid-type',
        'units',
        'Expected a bigint or a safe integer such as 1999, received a string',
      ],
    ],
    [
      'toMinorUnits',
      () => toMinorUnits(anyValue({ amount: '1', currency: 'EUR', extra: 1 })),
      ['unknown-field', 'value.extra', 'Unknown field "extra" of money'],
    ],
    [
      'roundMoney',
      () => roundMoney(anyValue('1.005')),
      [
        'invalid-type',
        'value',
        'Expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received a string',
      ],
    ],
    [
      'toDecimalString',
      () => toDecimalString(anyValue({ currency: 'EUR' })),
      [
        'required',
        'value.amount',
        'Expected the amount as a decimal string or a Decimal, received nothing',
      ],
    ],
    [
      'toMoneyJson',
      () => toMoneyJson(anyValue({ amount: '1', currency: 'eur' })),
      ['unknown-currency', 'value.currency', 'Currency code must be uppercase'],
    ],
    [
      'formatMoney',
      () => formatMoney(anyValue(12.5)),
      [
        'invalid-type',
        'value',
        'Expected money such as money("12.50", "EUR"), or its JSON form { "amount": "12.50", "currency": "EUR" }, received a number',
      ],
    ],
    [
      'money',
      () => money('1', anyValue(undefined)),
      ['required', 'currency', 'Expected a currency, received nothing'],
    ],
    [
      'toDecimal',
      () => toDecimal(anyValue(true)),
      ['invalid-type', 'value', 'Expected a decimal, received a boolean'],
    ],
  ] as const)('%s names the argument and says what it received', (_name, call, expected) => {
    expect(brief(issueOf(call))).toEqual(expected);
  });
});

describe('money functions with options', () => {
  it.each([
    [
      'an unknown rounding mode',
      () => roundMoney(money('1', 'EUR'), anyValue({ rounding: 'bogus' })),
      ['invalid-value', 'options.rounding', 'Not one of the accepted values'],
    ],
    [
      'a misspelled option',
      () => roundMoney(money('1', 'EUR'), anyValue({ roundng: 'up' })),
      ['unknown-field', 'options.roundng', 'Unknown option "roundng"'],
    ],
    [
      'options that are not an object',
      () => roundMoney(money('1', 'EUR'), anyValue('up')),
      ['invalid-type', 'options', 'Expected an options object, received a string'],
    ],
    [
      'an unknown tie-break',
      () => allocate(money('1', 'EUR'), [1], anyValue({ tieBreak: 'first' })),
      ['invalid-value', 'options.tieBreak', 'Not one of the accepted values'],
    ],
    [
      'an unknown allocate option',
      () => allocate(money('1', 'EUR'), [1], anyValue({ decimal: 2 })),
      ['unknown-field', 'options.decimal', 'Unknown option "decimal"'],
    ],
    [
      'an unknown display',
      () => formatMoney(money('1', 'EUR'), anyValue({ display: 'long' })),
      ['invalid-value', 'options.display', 'Not one of the accepted values'],
    ],
    [
      'a malformed locale',
      () => formatMoney(money('1', 'EUR'), { locale: 'no such locale' }),
      ['invalid-format', 'options.locale', 'Not a well-formed BCP 47 locale'],
    ],
    [
      'weights that are not a list',
      () => allocate(money('1', 'EUR'), anyValue('1,1')),
      ['invalid-type', 'weights', 'Expected a list of weights, received a string'],
    ],
  ] as const)('refuse %s', (_what, call, expected) => {
    expect(brief(issueOf(call))).toEqual(expected);
  });

  it('say what a rounding mode may be', () => {
    expect(
      issueOf(() => roundMoney(money('1', 'EUR'), anyValue({ rounding: 'bogus' }))).expected,
    ).toBe('"half-even", "half-up", "down", "up", "floor" or "ceiling"');
  });
});

describe('money in its JSON form', () => {
  it('is accepted wherever money is, and gives Money back', () => {
    const json = { amount: '12.50', currency: 'EUR' } as const;
    expect(add(json, { amount: '0.5', currency: 'EUR' }).amount.toFixed()).toBe('13');
    expect(allocate(json, [1, 1]).map((part) => part.amount.toFixed())).toEqual(['6.25', '6.25']);
    expect(toMinorUnits(json)).toBe(1250n);
    expect(equals(json, money('12.5', 'EUR'))).toBe(true);
  });

  it('round-trips through JSON.stringify, declared digits included', () => {
    const points = money('300', { code: 'PTS', digits: 0 });
    const back = JSON.parse(JSON.stringify(points));
    expect(equals(back, points)).toBe(true);
    expect(allocate(back, [1, 1]).map((part) => part.amount.toFixed())).toEqual(['150', '150']);
  });

  it('passes values the library built as they are, without copying them', () => {
    const value = money('1', 'EUR');
    expect(maxMoney([value])).toBe(value);
  });
});

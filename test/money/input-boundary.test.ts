import { Decimal as ForeignDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  compareMoney,
  defineCurrency,
  equals,
  formatMoney,
  fromMinorUnits,
  isCurrencyMismatchError,
  isNegative,
  isPositive,
  isValidationError,
  isZero,
  maxMoney,
  minMoney,
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

describe('money functions that refuse an argument', () => {
  /** The error's summary line, then the code and path of its one issue. */
  const where = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      if (!isValidationError(error)) throw error;
      const [issue] = error.issues;
      return [error.message.split(':')[0], issue?.code, issue?.path.join('.')];
    }
    throw new Error('expected a ValidationError');
  };
  const eur = money('1', 'EUR');
  const bad = anyValue('1 EUR');

  it('name the function in the summary and the argument in the path', () => {
    const cases = [
      [() => add(bad, eur), ['Invalid arguments to add', 'invalid-type', 'a']],
      [() => add(eur, bad), ['Invalid arguments to add', 'invalid-type', 'b']],
      [() => subtract(bad, eur), ['Invalid arguments to subtract', 'invalid-type', 'a']],
      [() => subtract(eur, bad), ['Invalid arguments to subtract', 'invalid-type', 'b']],
      [() => multiply(bad, '2'), ['Invalid arguments to multiply', 'invalid-type', 'value']],
      [() => multiply(eur, 'x'), ['Invalid arguments to multiply', 'invalid-decimal', 'ratio']],
      [() => negate(bad), ['Invalid arguments to negate', 'invalid-type', 'value']],
      [() => sumMoney(bad), ['Invalid arguments to sumMoney', 'invalid-type', 'values']],
      [
        () => sumMoney([], 'EUX'),
        ['Invalid arguments to sumMoney', 'unknown-currency', 'currency'],
      ],
      [() => sumMoney([]), ['Cannot sum money', 'too-small', 'values']],
      [() => ratioOf(bad, eur), ['Invalid arguments to ratioOf', 'invalid-type', 'part']],
      [() => ratioOf(eur, bad), ['Invalid arguments to ratioOf', 'invalid-type', 'whole']],
      [() => compareMoney(bad, eur), ['Invalid arguments to compareMoney', 'invalid-type', 'a']],
      [() => compareMoney(eur, bad), ['Invalid arguments to compareMoney', 'invalid-type', 'b']],
      [() => equals(bad, eur), ['Invalid arguments to equals', 'invalid-type', 'a']],
      [() => equals(eur, bad), ['Invalid arguments to equals', 'invalid-type', 'b']],
      [() => isZero(bad), ['Invalid arguments to isZero', 'invalid-type', 'value']],
      [() => isPositive(bad), ['Invalid arguments to isPositive', 'invalid-type', 'value']],
      [() => isNegative(bad), ['Invalid arguments to isNegative', 'invalid-type', 'value']],
      [() => maxMoney(bad), ['Invalid arguments to maxMoney', 'invalid-type', 'values']],
      [() => minMoney(bad), ['Invalid arguments to minMoney', 'invalid-type', 'values']],
      [() => maxMoney(anyValue([])), ['Cannot take the max of money', 'too-small', 'values']],
      [() => minMoney(anyValue([])), ['Cannot take the min of money', 'too-small', 'values']],
      [() => minorUnits(anyValue(['EUR'])), ['Invalid currency', 'invalid-type', 'currency']],
      [() => defineCurrency(bad), ['Invalid currency definition', 'invalid-type', 'definition']],
    ] as const;
    expect(cases.map(([call]) => where(call))).toEqual(cases.map(([, expected]) => expected));
  });

  it('name the operation whose result is beyond the range of a Decimal', () => {
    const huge = money('9e100', 'EUR');
    expect(where(() => add(huge, huge))).toEqual(['Cannot add', 'decimal-out-of-range', '']);
    expect(where(() => subtract(huge, negate(huge)))).toEqual([
      'Cannot subtract',
      'decimal-out-of-range',
      '',
    ]);
    expect(where(() => multiply(huge, '10'))).toEqual([
      'Cannot multiply',
      'decimal-out-of-range',
      '',
    ]);
    expect(where(() => sumMoney([huge, huge]))).toEqual([
      'Cannot sum money',
      'decimal-out-of-range',
      '',
    ]);
    expect(where(() => ratioOf(money('1e-100', 'EUR'), huge))).toEqual([
      'Cannot take the ratio',
      'decimal-out-of-range',
      '',
    ]);
  });

  it('name the operation that met two currencies', () => {
    // Typed as any currency: the point is the mismatch found at run time.
    const usd = anyValue(money('1', 'USD'));
    const message = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        if (isCurrencyMismatchError(error)) return error.message.split(':')[0];
        throw error;
      }
      throw new Error('expected a CurrencyMismatchError');
    };
    expect(
      [
        () => add(eur, usd),
        () => subtract(eur, usd),
        () => ratioOf(eur, usd),
        () => sumMoney([eur, usd]),
        () => compareMoney(eur, usd),
        () => maxMoney([eur, usd]),
      ].map(message),
    ).toEqual([
      'Cannot add amounts in different currencies',
      'Cannot subtract amounts in different currencies',
      'Cannot take the ratio of amounts in different currencies',
      'Cannot sum amounts in different currencies',
      'Cannot compare amounts in different currencies',
      'Cannot compare amounts in different currencies',
    ]);
  });

  it('say what a currency definition looks like', () => {
    expect(issueOf(() => defineCurrency(bad)).expected).toBe(
      'a currency definition such as { code: "PTS", digits: 0 }',
    );
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
    [
      'a missing total',
      () => allocate(anyValue(undefined), [1, 1]),
      ['required', 'total', 'Expected money, received nothing'],
    ],
    [
      'a total that is neither money nor a quantity',
      () => allocate(anyValue(true), [1, 1]),
      ['invalid-type', 'total', 'Expected money, received a boolean'],
    ],
    [
      'a number as the total even with decimals (a quantity is a string or a Decimal)',
      () => allocate(anyValue(120), [1, 1], { decimals: 0 }),
      ['invalid-type', 'total', 'Expected money, received a number'],
    ],
    [
      'a quantity that is not a decimal',
      () => allocate('12,5', [1, 1], { decimals: 1 }),
      ['invalid-decimal', 'total', 'Not a decimal number'],
    ],
    [
      'money whose amount is not a decimal',
      () => allocate(anyValue({ amount: '1,5', currency: 'EUR' }), [1, 1]),
      ['invalid-decimal', 'total.amount', 'Not a decimal number'],
    ],
    [
      'missing weights',
      () => allocate(money('1', 'EUR'), anyValue(undefined)),
      ['required', 'weights', 'Expected a list of weights, received nothing'],
    ],
    [
      'more than a million weights',
      () => allocate(money('1', 'EUR'), new Array<number>(1_000_001).fill(1)),
      ['too-big', 'weights', 'More than 1000000 weights'],
    ],
  ] as const)('refuse %s', (_what, call, expected) => {
    expect(brief(issueOf(call))).toEqual(expected);
  });

  it('say what allocate accepts as weights, and how many', () => {
    expect(issueOf(() => allocate(money('1', 'EUR'), anyValue('1,1')))).toMatchObject({
      received: '"1,1"',
      expected: 'an array of non-negative weights such as [1, 1, 2]',
    });
    expect(
      issueOf(() => allocate(money('1', 'EUR'), new Array<number>(1_000_001).fill(1))),
    ).toMatchObject({ received: '1000001 weights', expected: 'at most 1000000 weights' });
    // Exactly a million weights pass the count and are read: the first one is refused.
    const million = new Array<number>(1_000_000).fill(1);
    million[0] = -1;
    expect(() => allocate(money('1', 'EUR'), million)).toThrowError(/^Weight at index 0 is -1;/);
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

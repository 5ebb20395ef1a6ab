import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  type CurrencyDefinition,
  defineCurrency,
  equals,
  formatMoney,
  fromMinorUnits,
  isCurrencyCode,
  isCurrencyMismatchError,
  minorUnits,
  money,
  roundMoney,
  sumMoney,
  toDecimalString,
  toMinorUnits,
} from '../../src/index.js';
import { issueOf } from '../issue-of.js';

const points: CurrencyDefinition<'PTS'> = { code: 'PTS', digits: 0 };
/** Built in each test that uses it, not while the file loads: a definition that failed to build
 * would then fail that test rather than keep every test of the file from running. */
const credits = () => defineCurrency({ code: 'CREDITS', digits: 2 });
const amounts = (parts: ReadonlyArray<{ amount: { toFixed(): string } }>) =>
  parts.map((part) => part.amount.toFixed());
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('a declared currency', () => {
  it('makes plain, structured-clonable money that carries its digits', () => {
    const value = money('300', points);
    expect(JSON.parse(JSON.stringify(value))).toEqual({
      amount: '300',
      currency: 'PTS',
      digits: 0,
    });
    expect(structuredClone({ ...value, amount: value.amount.toFixed() })).toEqual({
      amount: '300',
      currency: 'PTS',
      digits: 0,
    });
    expect(Object.isFrozen(value)).toBe(true);
  });

  it('allocates, rounds, counts minor units and formats by its own digits', () => {
    // 10 points over three: 3 each and one left over, to the first (equal weights).
    expect(amounts(allocate(money('10', points), [1, 1, 1]))).toEqual(['4', '3', '3']);
    expect(roundMoney(money('2.5', points)).amount.toFixed()).toBe('2');
    expect(toMinorUnits(money('12.34', credits()))).toBe(1234n);
    expect(fromMinorUnits(1234, credits())).toMatchObject({ currency: 'CREDITS', digits: 2 });
    expect(toDecimalString(money('7', credits()))).toBe('7.00');
    expect(plain(formatMoney(money('1250.5', credits())))).toBe('CREDITS 1,250.50');
    expect(plain(formatMoney(money('1250', points), { locale: 'de-DE', display: 'name' }))).toBe(
      '1.250 PTS',
    );
    expect(minorUnits(points)).toBe(0);
  });

  it('adds and sums with money of the same definition', () => {
    expect(add(money('1', points), money('2', points))).toMatchObject({
      currency: 'PTS',
      digits: 0,
    });
    expect(sumMoney([], points)).toMatchObject({ currency: 'PTS', digits: 0 });
    expect(sumMoney([money('1.5', credits()), money('2', credits())]).amount.toFixed()).toBe('3.5');
  });

  it('never mixes two definitions of one code', () => {
    const fine = { code: 'PTS', digits: 2 } as const;
    try {
      add(money('1', points), money('1', fine));
      throw new Error('expected a throw');
    } catch (error) {
      expect(isCurrencyMismatchError(error)).toBe(true);
      expect((error as Error).message).toMatchInlineSnapshot(
        `"Cannot add amounts in different currencies: expected PTS (0 digits), received PTS (2 digits); convert one amount first so both are in PTS (0 digits)"`,
      );
    }
    expect(equals(money('1', points), money('1', fine))).toBe(false);
    expect(() => sumMoney([money('1', points)], fine)).toThrow(/PTS \(2 digits\)/);
  });

  it('is not registered anywhere: the bare code stays unknown', () => {
    money('1', points);
    expect(isCurrencyCode('PTS')).toBe(false);
    expect(issueOf(() => money('1', 'PTS')).message).toBe('Unknown currency code');
  });

  it('may give digits to a code ISO lists without a minor unit, such as gold', () => {
    expect(toDecimalString(money('1.5', { code: 'XAU', digits: 4 }))).toBe('1.5000');
    expect(issueOf(() => money('1', 'XAU')).message).toBe(
      'ISO 4217 lists XAU without a minor unit; declare its digits, such as { code: "XAU", digits: 2 }',
    );
  });
});

describe('defineCurrency', () => {
  it('checks and freezes a definition', () => {
    expect(Object.isFrozen(credits())).toBe(true);
    expect(credits()).toEqual({ code: 'CREDITS', digits: 2 });
  });

  it.each([
    [{ code: 'EUR', digits: 3 }, ['invalid-argument', 'definition.code']],
    [{ code: 'pts', digits: 0 }, ['invalid-format', 'definition.code']],
    [{ code: 'PTS', digits: 19 }, ['too-big', 'definition.digits']],
    [{ code: 'PTS', digits: 1.5 }, ['not-an-integer', 'definition.digits']],
    [{ code: 'PTS', digits: '0' }, ['invalid-type', 'definition.digits']],
    [{ code: 'PTS', digits: 0, name: 'Points' }, ['unknown-field', 'definition.name']],
    ['PTS', ['invalid-type', 'definition']],
  ])('refuses %j', (definition, [code, path]) => {
    const issue = issueOf(() => defineCurrency(definition as never));
    expect([issue.code, issue.path.join('.')]).toEqual([code, path]);
  });

  it('says what a definition looks like when given something else', () => {
    const issue = issueOf(() => defineCurrency('PTS' as never));
    expect([issue.message, issue.expected]).toEqual([
      'Expected a currency definition such as { code: "PTS", digits: 0 }, received a string',
      'a currency definition such as { code: "PTS", digits: 0 }',
    ]);
  });

  it('refuses an ISO code, whose digits ISO decides', () => {
    expect(issueOf(() => money('1', { code: 'EUR', digits: 3 })).message).toBe(
      'EUR is an ISO 4217 currency with 2 digits, which ISO decides; pass the code "EUR" itself',
    );
  });
});

import { Decimal as AppDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  AllocationError,
  add,
  allocate,
  money,
  multiply,
  roundMoney,
  toDecimal,
} from '../../src/index.js';
import { issueOf } from '../issue-of.js';

/** The message of the error a call throws, failing the test on any other outcome. */
function allocationMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof AllocationError) return error.message;
    throw error;
  }
  throw new Error('expected an AllocationError');
}

describe('allocate refusing a weight', () => {
  const total = money('10.00', 'EUR');

  it('shows a refused Decimal by its value, not as an object', () => {
    expect(allocationMessage(() => allocate(total, [new AppDecimal(-1), 2]))).toBe(
      'Weight at index 0 is Decimal -1; expected a finite number greater than or equal to 0 (a Decimal, a decimal string or a number)',
    );
    expect(allocationMessage(() => allocate(total, [1, new AppDecimal(Number.NaN)]))).toMatch(
      /^Weight at index 1 is Decimal NaN;/,
    );
    expect(allocationMessage(() => allocate(total, [1, new AppDecimal('-1e-500')]))).toMatch(
      /^Weight at index 1 is Decimal -1\.000e-500;/,
    );
  });

  it('cuts a long Decimal to 40 characters', () => {
    const long = new AppDecimal(`-0.${'1'.repeat(60)}`);
    // decimal.js at its default 20 significant digits keeps the literal's 60 digits: the text is
    // "-0." and 60 ones, cut to 37 characters and "...".
    expect(allocationMessage(() => allocate(total, [long]))).toContain(
      `is Decimal -0.${'1'.repeat(34)}...;`,
    );
  });

  it('refuses an object that only claims to be a Decimal with an AllocationError', () => {
    // decimal.js's own isDecimal trusts a toStringTag property; JSON.parse can make one.
    const claims: unknown[] = [
      { toStringTag: '[object Decimal]' },
      {
        toStringTag: '[object Decimal]',
        isFinite: () => true,
        toString: () => {
          throw new Error('hostile');
        },
      },
      { toStringTag: '[object Decimal]', isFinite: () => false, toString: () => 42 },
      JSON.parse('{"toStringTag": "[object Decimal]", "d": [1], "e": 0, "s": 1}'),
    ];
    for (const claim of claims) {
      expect(allocationMessage(() => allocate(total, [claim as never]))).toMatch(
        /^Weight at index 0 is an object;/,
      );
    }
  });
});

describe("a stranger's JSON object that claims to be a Decimal", () => {
  // A plain object from JSON.parse with decimal.js's tag and fields but none of its methods: it
  // reached decimal.js's methods and failed as a raw TypeError ("value.isFinite is not a function").
  const claim: unknown = JSON.parse(
    '{"toStringTag": "[object Decimal]", "d": [1], "e": 0, "s": 1}',
  );
  const one = money('1.00', 'EUR');

  it.each([
    ['money', () => money(claim as never, 'EUR'), 'amount'],
    ['toDecimal', () => toDecimal(claim as never), 'value'],
    ['add', () => add(one, { amount: claim, currency: 'EUR' } as never), 'b.amount'],
    ['multiply', () => multiply(one, claim as never), 'ratio'],
    ['roundMoney', () => roundMoney({ amount: claim, currency: 'EUR' } as never), 'value.amount'],
  ])('is refused by %s as an object at its path', (_name, call, path) => {
    const issue = issueOf(call);
    expect(issue.path.join('.')).toBe(path);
    expect(issue.received).toBe('an object');
  });
});

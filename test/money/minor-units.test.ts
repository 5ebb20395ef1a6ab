import { describe, expect, it } from 'vitest';
import {
  fromMinorUnits,
  isValidationError,
  toDecimalString,
  toMinorUnits,
  type ValidationIssue,
} from '../../src/index.js';

/** The summary of the error a call throws (before its issue count), then its first issue. */
function refusal(call: () => unknown): [string, ValidationIssue | undefined] {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return [error.message.split(':')[0] ?? '', error.issues[0]];
  }
  throw new Error('expected a ValidationError');
}

describe('fromMinorUnits', () => {
  it('refuses units written with more than 200 characters before reading them', () => {
    // 10^200 is a 1 and 200 zeros: 201 characters.
    const [summary, issue] = refusal(() => fromMinorUnits(10n ** 200n, 'EUR'));
    expect(summary).toBe('Invalid minor units');
    expect(issue).toMatchObject({
      code: 'decimal-out-of-range',
      path: ['units'],
      message: 'More than 200 characters',
      received: 'a bigint of 201 characters',
      expected: 'a whole number whose amount lies within decimalLimits',
    });
  });

  it('reads units of exactly 200 characters, then finds the amount beyond the decimal range', () => {
    // 10^199 has 200 characters: within the length, but 1e197 EUR is beyond 1e101.
    const [summary, issue] = refusal(() => fromMinorUnits(10n ** 199n, 'EUR'));
    expect(summary).toBe('Cannot make money from minor units');
    expect([issue?.code, issue?.path]).toEqual(['decimal-out-of-range', []]);
  });

  it('names what is wrong with units that are not whole, and with an unknown currency', () => {
    expect(refusal(() => fromMinorUnits(1.5, 'EUR'))[1]).toMatchObject({
      code: 'not-an-integer',
      path: ['units'],
      message: 'Minor units must be a whole number',
    });
    expect(refusal(() => fromMinorUnits(150, 'EUX' as never))[1]).toMatchObject({
      path: ['currency'],
    });
  });
});

describe('toMinorUnits and toDecimalString', () => {
  it('say the money they were given is invalid', () => {
    for (const call of [
      () => toMinorUnits('1 EUR' as never),
      () => toDecimalString('1 EUR' as never),
    ]) {
      const [summary, issue] = refusal(call);
      expect([summary, issue?.code, issue?.path]).toEqual([
        'Invalid money',
        'invalid-type',
        ['value'],
      ]);
    }
  });
});

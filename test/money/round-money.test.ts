import { describe, expect, it } from 'vitest';
import { isValidationError, money, roundMoney } from '../../src/index.js';

/** The summary of the error a call throws (before its issue count), then its first issue's code and path. */
function refusal(call: () => unknown): [string, string, string] {
  try {
    call();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    const issue = error.issues[0];
    return [error.message.split(':')[0] ?? '', issue?.code ?? '', issue?.path.join('.') ?? ''];
  }
  throw new Error('expected a ValidationError');
}

describe('roundMoney', () => {
  it('names itself and the argument it refuses', () => {
    expect(refusal(() => roundMoney('1 EUR' as never))).toEqual([
      'Invalid arguments to roundMoney',
      'invalid-type',
      'value',
    ]);
    expect(refusal(() => roundMoney(money('1', 'EUR'), { rounding: 'bogus' as never }))[0]).toBe(
      'Invalid arguments to roundMoney',
    );
  });
});

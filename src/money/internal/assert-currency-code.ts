import { ValidationError } from '../../errors.js';
import { isCurrencyCode } from '../currency.js';
import { describeReceived } from './decimal.js';

/** Throws a ValidationError unless the code is a known currency code. */
export function assertCurrencyCode(code: unknown): asserts code is string {
  if (isCurrencyCode(code)) return;
  throw new ValidationError('Invalid currency', [
    {
      code: 'unknown-currency',
      path: [],
      message:
        typeof code === 'string' && /^[A-Za-z]{3}$/.test(code) && code !== code.toUpperCase()
          ? 'Currency code must be uppercase'
          : 'Unknown currency code',
      received: describeReceived(code),
      expected: 'an ISO 4217 code in uppercase, such as "EUR", "USD" or "JPY"',
    },
  ]);
}

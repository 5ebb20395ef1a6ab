import { describe, expect, it } from 'vitest';
import {
  AllocationError,
  CurrencyMismatchError,
  DivisionByZeroError,
  isAllocationError,
  isCurrencyMismatchError,
  isDivisionByZeroError,
  isPrecisionError,
  PrecisionError,
  ValidationError,
} from '../../src/index.js';

/** One error of each kind, built in each test (not while the file loads, so that every test sees
 * the error classes as they are when it runs). */
const makeErrors = () => [
  new CurrencyMismatchError('add', 'EUR', 'USD'),
  new PrecisionError('too precise'),
  new AllocationError('bad weight', 2),
  new DivisionByZeroError('zero whole'),
  new ValidationError('Invalid input', []),
];
const guards = [
  isCurrencyMismatchError,
  isPrecisionError,
  isAllocationError,
  isDivisionByZeroError,
];

describe('the money errors', () => {
  it('carry their class name, code and details', () => {
    const errors = makeErrors();
    expect(errors.map((error) => [error.name, error.code])).toEqual([
      ['CurrencyMismatchError', 'CURRENCY_MISMATCH'],
      ['PrecisionError', 'PRECISION_EXCEEDED'],
      ['AllocationError', 'INVALID_ALLOCATION'],
      ['DivisionByZeroError', 'DIVISION_BY_ZERO'],
      ['ValidationError', 'VALIDATION_FAILED'],
    ]);
    expect(errors[0]).toMatchObject({ expected: 'EUR', received: 'USD' });
    expect(errors[2]).toMatchObject({ index: 2 });
  });

  it('are each recognised by their own guard and by no other', () => {
    const errors = makeErrors();
    expect(guards.map((guard) => errors.map((error) => guard(error)))).toEqual([
      [true, false, false, false, false],
      [false, true, false, false, false],
      [false, false, true, false, false],
      [false, false, false, true, false],
    ]);
  });

  it('are not mistaken for plain objects or other errors with the same code', () => {
    const lookalikes = (code: string) => [{ code }, Object.assign(new Error('x'), { code })];
    const codes = [
      'CURRENCY_MISMATCH',
      'PRECISION_EXCEEDED',
      'INVALID_ALLOCATION',
      'DIVISION_BY_ZERO',
    ];
    guards.forEach((guard, i) => {
      for (const value of lookalikes(codes[i] as string)) expect(guard(value)).toBe(false);
      for (const value of [undefined, null, 'CURRENCY_MISMATCH', 0])
        expect(guard(value)).toBe(false);
    });
  });
});

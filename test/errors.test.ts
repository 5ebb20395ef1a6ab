import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  formatIssuePath,
  isPartnerAlignmentError,
  isValidationError,
  PartnerAlignmentError,
  ValidationError,
} from '../src/index.js';

const issue = (path: Array<string | number>, message = 'Bad') => ({
  path,
  message,
  received: '"x"',
  expected: 'a y',
});

describe('formatIssuePath', () => {
  it.each([
    [[], '(root)'],
    [['a'], 'a'],
    [['a', 0, 'b'], 'a[0].b'],
    [[0, 'a'], '[0].a'],
    [['weights', 'custom:net new'], 'weights["custom:net new"]'],
    [['__proto__'], '__proto__'],
  ] as const)('renders %j as %s', (path, rendered) => {
    expect(formatIssuePath(path)).toBe(rendered);
  });
});

describe('ValidationError', () => {
  it('lists every issue in its message, one per line', () => {
    const error = new ValidationError('Invalid partnership', [
      issue(['a']),
      issue(['b', 1], 'Worse'),
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid partnership: 2 issues
        - a: Bad (received "x"; expected a y)
        - b[1]: Worse (received "x"; expected a y)"
    `);
    expect(error.issues).toHaveLength(2);
    expect(error.name).toBe('ValidationError');
    expect(error.code).toBe('VALIDATION_FAILED');
  });

  it('says "1 issue" in the singular', () => {
    expect(new ValidationError('Invalid money', [issue([])]).message).toMatch(
      /^Invalid money: 1 issue\n/,
    );
  });

  it('keeps its own frozen copy of the issues', () => {
    const issues = [issue(['a'])];
    const error = new ValidationError('Invalid', issues);
    issues.push(issue(['b']));
    expect(error.issues).toHaveLength(1);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('is a PartnerAlignmentError and an Error', () => {
    const error = new ValidationError('Invalid', []);
    expect(error).toBeInstanceOf(PartnerAlignmentError);
    expect(error).toBeInstanceOf(Error);
  });

  it('carries a cause through the base class', () => {
    const cause = new Error('root');
    expect(new PartnerAlignmentError('VALIDATION_FAILED', 'x', { cause }).cause).toBe(cause);
  });
});

describe('error guards', () => {
  it('recognise errors of this library and nothing else', () => {
    expect(isPartnerAlignmentError(new ValidationError('x', []))).toBe(true);
    expect(isValidationError(new ValidationError('x', []))).toBe(true);
    expect(isPartnerAlignmentError(new Error('x'))).toBe(false);
    expect(isValidationError(new PartnerAlignmentError('VALIDATION_FAILED', 'x'))).toBe(true);
    expect(isPartnerAlignmentError(null)).toBe(false);
    expect(isPartnerAlignmentError('VALIDATION_FAILED')).toBe(false);
    expect(isValidationError({ code: 'VALIDATION_FAILED' })).toBe(false);
  });

  it('recognise an error from another copy of the library by its brand', () => {
    const foreign = Object.assign(new Error('x'), {
      code: 'VALIDATION_FAILED',
      [Symbol.for('partner-alignment.error')]: true,
    });
    expect(isValidationError(foreign)).toBe(true);
  });
});

describe('formatIssue', () => {
  it('renders path, message, received and expected on one line', () => {
    expect(formatIssue(issue(['x', 0]))).toBe('x[0]: Bad (received "x"; expected a y)');
  });
});

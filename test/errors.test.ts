import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  formatIssuePath,
  isPartnerAlignmentError,
  isValidationError,
  labelOfPath,
  PartnerAlignmentError,
  ValidationError,
  validationLimits,
} from '../src/index.js';

const issue = (path: Array<string | number>, message = 'Bad') => ({
  code: 'invalid-value' as const,
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

describe('ValidationError bounds', () => {
  it('keeps the first 100 issues, lists 20 and counts the rest', () => {
    const issues = Array.from({ length: 250 }, (_, index) => issue(['goals', index]));
    const error = new ValidationError('Invalid partnership', issues, { omitted: 5 });
    expect(error.issues).toHaveLength(validationLimits.issues);
    expect(error.omittedIssues).toBe(155);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid partnership: 255 issues');
    expect(lines).toHaveLength(1 + validationLimits.listed + 1);
    expect(lines.at(-1)).toBe('  ... and 235 more');
  });

  it('cuts every text of an issue, so that no input makes a message long', () => {
    const long = 'x'.repeat(1_000_000);
    const error = new ValidationError(long, [
      { ...issue([long, 0]), message: long, received: long, expected: long, label: long },
    ]);
    expect(error.message.length).toBeLessThan(2_000);
    const [kept] = error.issues;
    for (const text of [kept?.label, kept?.message, kept?.received, kept?.expected]) {
      expect(text).toHaveLength(validationLimits.text);
    }
    expect(String(kept?.path[0])).toHaveLength(validationLimits.text);
  });

  it('gives each issue a label from its path and empty params unless given', () => {
    const [kept] = new ValidationError('x', [issue(['charter', 'objectives', 1, 'target'])]).issues;
    expect(kept?.label).toBe('Charter › Objective 2 › Target');
    expect(kept?.params).toEqual({});
    expect(Object.isFrozen(kept)).toBe(true);
  });
});

describe('labelOfPath', () => {
  it.each([
    [[], 'Whole input'],
    [['asOf'], 'As of'],
    [['charter', 'opportunities', 0, 'yearlySize'], 'Charter › Opportunity 1 › Yearly size'],
    [['charter', 'reviewsHeld', 2, 'attendees', 0], 'Charter › Review held 3 › Attendee 1'],
    [['goals', 4, 'provenance', 'agreedBy', 1], 'Goal 5 › Provenance › Agreed by 2'],
    [
      ['partner', 'motives', 'weights', 'custom:net-new'],
      'Partner › Motives › Weights › custom:net-new',
    ],
    [[3, 'value'], 'Item 4 › Value'],
    [['terms', 'funds', 0, 'amount'], 'Terms › Fund 1 › Amount'],
  ] as const)('labels %j as %s', (path, label) => {
    expect(labelOfPath(path)).toBe(label);
  });
});

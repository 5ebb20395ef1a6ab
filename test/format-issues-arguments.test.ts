import { describe, expect, it } from 'vitest';
import { formatIssues, ValidationError } from '../src/index.js';

const error = new ValidationError('Invalid partnership document', [
  { code: 'required', path: ['name'], message: 'Missing', received: 'nothing', expected: 'a name' },
  { code: 'required', path: ['id'], message: 'Missing', received: 'nothing', expected: 'an id' },
]);

describe('formatIssues', () => {
  it('lists as many issues as the limit says, then how many more there are', () => {
    // Two issues, a limit of 1: the summary, one issue on two lines, "... and 1 more".
    expect(formatIssues(error, { limit: 1 }).split('\n')).toEqual([
      'Invalid partnership document: 2 issues',
      '• Name: Missing',
      '  received nothing; expected a name',
      '... and 1 more',
    ]);
  });

  it.each([
    [Number.NaN, 'not-an-integer'],
    [-4, 'too-small'],
    [0, 'too-small'],
    [1.5, 'not-an-integer'],
    ['5', 'invalid-type'],
  ])('refuses the limit %s instead of using the default', (limit, code) => {
    expect(() => formatIssues(error, { limit: limit as number })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code, path: ['options', 'limit'] })],
      }),
    );
  });

  it('refuses what is not a validation error, and options that are no object', () => {
    expect(() => formatIssues(new TypeError('x') as never)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot format the issues: 1 issue
        - error: Expected a ValidationError, received an object (received an object; expected a ValidationError)]
    `);
    expect(() => formatIssues(error, 5 as never)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot format the issues: 1 issue
        - options: Expected an options object, received a number (received 5; expected an object with "limit")]
    `);
    expect(() => formatIssues(error, { max: 5 } as never)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Cannot format the issues: 1 issue
        - options.max: Unknown option "max" (received 5; expected only "limit")]
    `);
  });
});

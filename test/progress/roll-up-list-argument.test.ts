// What rollUpProgress says about a list that is not one, and the code of a bad status order.
import { describe, expect, it } from 'vitest';
import { isValidationError, rollUpProgress } from '../../src/index.js';
import { json } from './fixtures.js';

function issueOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return json(error.issues[0]);
    return `not a ValidationError: ${String(error)}`;
  }
  return 'no error';
}

describe('rollUpProgress', () => {
  it('refuses a list that is not an array, saying what it takes', () => {
    expect(issueOf(() => rollUpProgress('results' as never))).toMatchInlineSnapshot(`
      {
        "code": "invalid-type",
        "expected": "a list of progress results of evaluateProgress",
        "label": "List",
        "message": "Expected a list of progress results of evaluateProgress, received a string",
        "params": {},
        "path": [
          "list",
        ],
        "received": ""results"",
      }
    `);
  });

  it('refuses an incomplete status order as an invalid value', () => {
    expect(issueOf(() => rollUpProgress([], { statusOrder: ['off-track'] }))).toMatchObject({
      code: 'invalid-value',
      path: ['options', 'statusOrder'],
    });
  });
});

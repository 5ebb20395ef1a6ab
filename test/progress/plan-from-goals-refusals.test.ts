// What planFromGoals says when it cannot find the objective asked for.
import { describe, expect, it } from 'vitest';
import { isValidationError, planFromGoals } from '../../src/index.js';
import { json, objectiveJson, partnershipJson } from './fixtures.js';

const withObjectives = (ids: ReadonlyArray<string>) =>
  partnershipJson(
    ids.map((id) => objectiveJson(id)),
    [],
    [],
  );

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `objective-${i + 1}`);

/** The first issue of the ValidationError a call throws. */
function issueOf(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return json(error.issues[0]);
    return `not a ValidationError: ${String(error)}`;
  }
  return 'no error';
}

describe('planFromGoals', () => {
  it('refuses an unknown objective id, naming the objectives the partnership has', () => {
    expect(
      issueOf(() => planFromGoals(withObjectives(['deals', 'users']), 'nope')),
    ).toMatchInlineSnapshot(`
        {
          "code": "unknown-reference",
          "expected": "one of "deals", "users"",
          "label": "Objective id",
          "message": "No objective of the partnership has this id",
          "params": {
            "id": "nope",
            "kind": "objective",
          },
          "path": [
            "objectiveId",
          ],
          "received": ""nope"",
        }
      `);
  });

  it('says so when the partnership has no objective', () => {
    expect(issueOf(() => planFromGoals(withObjectives([]), 'nope'))).toMatchObject({
      expected: 'an objective of the partnership (it has none)',
    });
  });

  it('names at most ten objectives and counts the others', () => {
    const expected = (count: number) =>
      (
        issueOf(() => planFromGoals(withObjectives(numbered(count)), 'nope')) as {
          expected: string;
        }
      ).expected;
    expect([10, 11, 12].map(expected)).toMatchInlineSnapshot(`
      [
        "one of "objective-1", "objective-2", "objective-3", "objective-4", "objective-5", "objective-6", "objective-7", "objective-8", "objective-9", "objective-10"",
        "one of "objective-1", "objective-2", "objective-3", "objective-4", "objective-5", "objective-6", "objective-7", "objective-8", "objective-9", "objective-10" and 1 more",
        "one of "objective-1", "objective-2", "objective-3", "objective-4", "objective-5", "objective-6", "objective-7", "objective-8", "objective-9", "objective-10" and 2 more",
      ]
    `);
  });

  it('cuts a long unknown id to 100 characters in the params', () => {
    const id = `${'a'.repeat(100)}${'b'.repeat(50)}`;
    expect(issueOf(() => planFromGoals(withObjectives(['deals']), id))).toMatchObject({
      path: ['objectiveId'],
      params: { kind: 'objective', id: 'a'.repeat(100) },
    });
  });

  it('refuses an objective id that is not a string', () => {
    expect(
      issueOf(() => planFromGoals(withObjectives(['deals']), 7 as never)),
    ).toMatchInlineSnapshot(`
        {
          "code": "invalid-type",
          "expected": "an objective id",
          "label": "Objective id",
          "message": "Expected an objective id, received a number",
          "params": {},
          "path": [
            "objectiveId",
          ],
          "received": "7",
        }
      `);
  });
});

// The `steps` option of evaluatePartnershipProgress at its boundary: what is refused and how the
// error says it, which keys are read, and where the findings of given steps point.
import { describe, expect, it } from 'vitest';
import { evaluatePartnershipProgress, isValidationError } from '../../src/index.js';
import { json, objectiveJson, partnershipJson } from './fixtures.js';

/** A partnership with the given objective ids, no goals and no actuals. */
const withObjectives = (ids: ReadonlyArray<string>) =>
  partnershipJson(
    ids.map((id) => objectiveJson(id)),
    [],
    [],
  );

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `objective-${i + 1}`);

/** The ValidationError a call throws: its message and its issues, as JSON. */
function refusal(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return { message: error.message, issues: json(error.issues) };
    return `not a ValidationError: ${String(error)}`;
  }
  return 'no error';
}

/** The `expected` of the one issue a call throws. */
function expectedOf(call: () => unknown): unknown {
  const result = refusal(call);
  return typeof result === 'string'
    ? result
    : (result.issues as Array<{ expected: string }>)[0]?.expected;
}

const stepsFor = (id: string) => ({ [id]: [{ period: 'FY2027', target: '40' }] });

describe('evaluatePartnershipProgress', () => {
  it('refuses steps for an unknown objective, naming the objectives it has', () => {
    const call = () =>
      evaluatePartnershipProgress(withObjectives(['deals', 'users']), {
        asOf: '2027-04-15',
        steps: stepsFor('nope'),
      });
    expect(refusal(call)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "unknown-reference",
            "expected": "one of "deals", "users"",
            "label": "Options › Steps › Nope",
            "message": "No objective of the partnership has this id",
            "params": {
              "id": "nope",
              "kind": "objective",
            },
            "path": [
              "options",
              "steps",
              "nope",
            ],
            "received": ""nope"",
          },
        ],
        "message": "Invalid arguments to evaluatePartnershipProgress: 1 issue
        - options.steps.nope: No objective of the partnership has this id (received "nope"; expected one of "deals", "users")",
      }
    `);
  });

  it('says so when the partnership has no objective at all', () => {
    const call = () =>
      evaluatePartnershipProgress(withObjectives([]), { asOf: '2027-04-15', steps: stepsFor('x') });
    expect(refusal(call)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "unknown-reference",
            "expected": "an objective of the partnership (it has none)",
            "label": "Options › Steps › X",
            "message": "No objective of the partnership has this id",
            "params": {
              "id": "x",
              "kind": "objective",
            },
            "path": [
              "options",
              "steps",
              "x",
            ],
            "received": ""x"",
          },
        ],
        "message": "Invalid arguments to evaluatePartnershipProgress: 1 issue
        - options.steps.x: No objective of the partnership has this id (received "x"; expected an objective of the partnership (it has none))",
      }
    `);
  });

  it('names at most ten objectives and counts the others', () => {
    const call = (count: number) => () =>
      evaluatePartnershipProgress(withObjectives(numbered(count)), {
        asOf: '2027-04-15',
        steps: stepsFor('nope'),
      });
    expect([10, 11, 12].map((count) => expectedOf(call(count)))).toMatchInlineSnapshot(`
      [
        "one of "objective-1", "objective-2", "objective-3", "objective-4", "objective-5", "objective-6", "objective-7", "objective-8", "objective-9", "objective-10"",
        "one of "objective-1", "objective-2", "objective-3", "objective-4", "objective-5", "objective-6", "objective-7", "objective-8", "objective-9", "objective-10" and 1 more",
        "one of "objective-1", "objective-2", "objective-3", "objective-4", "objective-5", "objective-6", "objective-7", "objective-8", "objective-9", "objective-10" and 2 more",
      ]
    `);
  });

  it('cuts a long unknown id to 100 characters in the path and the params', () => {
    const id = `${'a'.repeat(100)}${'b'.repeat(50)}`;
    const call = () =>
      evaluatePartnershipProgress(withObjectives(['deals']), {
        asOf: '2027-04-15',
        steps: stepsFor(id),
      });
    const result = refusal(call);
    const issue = typeof result === 'string' ? result : (result.issues as unknown[])[0];
    expect(issue).toMatchObject({
      code: 'unknown-reference',
      path: ['options', 'steps', 'a'.repeat(100)],
      params: { kind: 'objective', id: 'a'.repeat(100) },
    });
  });

  it('refuses steps that are not an object by objective id', () => {
    const document = withObjectives(['deals']);
    const cases = ['deals', [], null, 3].map((steps) =>
      refusal(() =>
        evaluatePartnershipProgress(document, { asOf: '2027-04-15', steps: steps as never }),
      ),
    );
    expect(cases).toMatchInlineSnapshot(`
      [
        {
          "issues": [
            {
              "code": "invalid-type",
              "expected": "steps by objective id",
              "label": "Options › Steps",
              "message": "Expected steps by objective id, received a string",
              "params": {},
              "path": [
                "options",
                "steps",
              ],
              "received": ""deals"",
            },
          ],
          "message": "Invalid arguments to evaluatePartnershipProgress: 1 issue
        - options.steps: Expected steps by objective id, received a string (received "deals"; expected steps by objective id)",
        },
        {
          "issues": [
            {
              "code": "invalid-type",
              "expected": "steps by objective id",
              "label": "Options › Steps",
              "message": "Expected steps by objective id, received an array",
              "params": {},
              "path": [
                "options",
                "steps",
              ],
              "received": "an array",
            },
          ],
          "message": "Invalid arguments to evaluatePartnershipProgress: 1 issue
        - options.steps: Expected steps by objective id, received an array (received an array; expected steps by objective id)",
        },
        {
          "issues": [
            {
              "code": "invalid-type",
              "expected": "steps by objective id",
              "label": "Options › Steps",
              "message": "Expected steps by objective id, received null",
              "params": {},
              "path": [
                "options",
                "steps",
              ],
              "received": "null",
            },
          ],
          "message": "Invalid arguments to evaluatePartnershipProgress: 1 issue
        - options.steps: Expected steps by objective id, received null (received null; expected steps by objective id)",
        },
        {
          "issues": [
            {
              "code": "invalid-type",
              "expected": "steps by objective id",
              "label": "Options › Steps",
              "message": "Expected steps by objective id, received a number",
              "params": {},
              "path": [
                "options",
                "steps",
              ],
              "received": "3",
            },
          ],
          "message": "Invalid arguments to evaluatePartnershipProgress: 1 issue
        - options.steps: Expected steps by objective id, received a number (received 3; expected steps by objective id)",
        },
      ]
    `);
  });

  it('reads only the own keys of the steps, not inherited ones', () => {
    const document = withObjectives(['deals']);
    const inherited = Object.create(stepsFor('nope')) as Record<string, never>;
    expect(
      json(evaluatePartnershipProgress(document, { asOf: '2027-04-15', steps: inherited })),
    ).toEqual(json(evaluatePartnershipProgress(document, { asOf: '2027-04-15' })));
  });

  it('points the evidence of findings about given steps into the steps option', () => {
    const document = partnershipJson(
      [objectiveJson('deals')],
      [['deals', 'FY2027', '40']],
      [['deals', 'FY2027-Q2', '9']],
    );
    const steps = {
      deals: [
        { period: 'FY2027-Q1', target: '10' },
        { period: 'FY2027-Q2', target: '10' },
      ],
    };
    const [deals] = evaluatePartnershipProgress(document, { asOf: '2027-07-31', steps }).objectives;
    expect(deals?.findings.map((f) => [f.code, f.evidence.map((e) => e.path)])).toEqual([
      ['actuals-missing', [['options', 'steps', 'deals', 0, 'period']]],
    ]);
  });
});

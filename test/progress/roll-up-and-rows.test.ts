import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  evaluateProgress,
  isValidationError,
  type ObjectiveProgress,
  type ProgressStatus,
  parsePartnership,
  planFromGoals,
  progressStatusOrder,
  rollUpProgress,
} from '../../src/index.js';
import { progressRows } from '../../src/report.js';
import { deepFreeze } from '../money/deep-freeze.js';
import {
  actualsOf,
  errorMessage,
  json,
  objectiveJson,
  partnershipJson,
  planOf,
  quarter,
} from './fixtures.js';

const quarters = (targets: ReadonlyArray<number | string>) =>
  targets.map((target, i) => [quarter(i + 1), target] as const);
const evaluate = (
  id: string,
  actuals: ReadonlyArray<number>,
  options: { weight?: number; asOf?: string } = {},
): ObjectiveProgress =>
  evaluateProgress(
    planOf({
      id,
      target: 100,
      steps: quarters([25, 25, 25, 25]),
      ...(options.weight === undefined ? {} : { weight: options.weight }),
    }),
    actualsOf(quarters(actuals)),
    calendarYear,
    { asOf: options.asOf ?? '2027-06-30' },
  );

describe('rollUpProgress', () => {
  it('weights attainment by the objectives’ weights', () => {
    // a: 50/100 = 0.5 with weight 3; b: 20/100 = 0.2 with weight 1 → (1.5 + 0.2) / 4 = 0.425.
    const rollUp = rollUpProgress([
      evaluate('a', [25, 25], { weight: 3 }),
      evaluate('b', [10, 10], { weight: 1 }),
    ]);
    expect(json(rollUp.attainment)).toBe('0.425');
    expect(json(rollUp.weakest)).toEqual({
      status: 'off-track',
      objective: 'b',
      rule: 'Pace 0.4 (actual 20 against 50 expected to date) is below the at-risk threshold 0.8.',
    });
  });

  it('weights equally without weights and leaves out objectives without attainment', () => {
    const rollUp = rollUpProgress([
      evaluate('a', [25, 25]),
      evaluate('b', [25, 15]),
      evaluate('c', [25]),
    ]);
    // (0.5 + 0.4) / 2 = 0.45; c lacks Q2, so it is unknown and excluded, never read as zero.
    expect(json(rollUp.attainment)).toBe('0.45');
    expect(rollUp.excluded.map((e) => e.objective)).toEqual(['c']);
    expect(rollUp.excluded[0]?.reason).toBe(
      'No attainment (unknown): No pace: actuals are missing for FY2027-Q2.',
    );
    // at-risk (b, pace 0.8) is weaker than unknown (c) in the default order.
    expect(rollUp.weakest?.objective).toBe('b');
    const unknownFirst: ProgressStatus[] = [
      'unknown',
      ...progressStatusOrder.filter((s) => s !== 'unknown'),
    ];
    expect(
      rollUpProgress([evaluate('b', [25, 15]), evaluate('c', [25])], { statusOrder: unknownFirst })
        .weakest?.objective,
    ).toBe('c');
  });

  it('answers null for an empty list and rejects an incomplete status order', () => {
    expect(rollUpProgress([])).toEqual({
      attainment: null,
      objectives: [],
      excluded: [],
      weakest: null,
    });
    let error: unknown;
    try {
      rollUpProgress([], { statusOrder: ['off-track'] });
    } catch (caught) {
      error = caught;
    }
    expect(isValidationError(error) && error.issues[0]?.path).toEqual(['options', 'statusOrder']);
  });
});

describe('planFromGoals', () => {
  const document = partnershipJson(
    [objectiveJson('deals', { target: '20' }), objectiveJson('other')],
    [
      ['deals', 'FY2027-Q1', '4'],
      ['other', 'FY2027-Q1', '9'],
      ['deals', 'FY2027-Q2', '6'],
    ],
    [],
  );
  it('takes the objective and its goals as steps, whatever their provenance', () => {
    const parsed = parsePartnership(document);
    const plan = planFromGoals(parsed, 'deals');
    expect(plan.objective).toBe(parsed.charter.objectives[0]);
    expect(json(plan.steps.map((s) => s.target))).toEqual(['4', '6']);
    // The JSON document gives the same plan.
    expect(json(planFromGoals(document, 'deals'))).toEqual(json(plan));
    // Goals work like a cascade's steps: 4 + 6 planned, 10 delivered → pace 1.
    const p = evaluateProgress(plan, actualsOf(quarters([4, 6])), calendarYear, {
      asOf: '2027-06-30',
    });
    expect([p.pace?.toString(), p.status.status]).toEqual(['1', 'on-track']);
  });

  it('names the known objectives when the id is unknown', () => {
    expect(errorMessage(() => planFromGoals(document, 'nope'))).toMatchInlineSnapshot(`
      "Invalid arguments to planFromGoals: 1 issue
        - objectiveId: No objective of the partnership has this id (received "nope"; expected one of "deals", "other")"
    `);
    expect(
      errorMessage(() => planFromGoals(partnershipJson([], [], []), 'nope')),
    ).toMatchInlineSnapshot(`
      "Invalid arguments to planFromGoals: 1 issue
        - objectiveId: No objective of the partnership has this id (received "nope"; expected an objective of the partnership (it has none))"
    `);
  });

  it('refuses what is not a partnership, with the path of the issue', () => {
    const partial = errorMessage(() =>
      planFromGoals({ charter: { objectives: [] }, goals: [] } as never, 'deals'),
    );
    expect(partial.split('\n').slice(0, 3)).toMatchInlineSnapshot(`
      [
        "Invalid arguments to planFromGoals: 1 issue",
        "  - partnership.schemaVersion: This library reads schemaVersion 1 (received nothing; expected 1)",
      ]
    `);
    expect(errorMessage(() => planFromGoals(document, 3 as never))).toMatchInlineSnapshot(`
      "Invalid arguments to planFromGoals: 1 issue
        - objectiveId: Expected an objective id, received a number (received 3; expected an objective id)"
    `);
  });
});

describe('progress functions', () => {
  it('never mutate their inputs', () => {
    const plan = deepFreeze(
      planOf({
        aggregation: 'last',
        baseline: 8,
        target: 40,
        steps: quarters([16, 24, 32, 40]),
        weight: 2,
      }),
    );
    const actuals = deepFreeze(actualsOf(quarters([10, 20])));
    const before = JSON.stringify([plan, actuals]);
    const progress = deepFreeze(
      evaluateProgress(
        plan,
        actuals,
        calendarYear,
        deepFreeze({ asOf: '2027-08-01', thresholds: { onTrack: '0.9' } }),
      ),
    );
    const flow = deepFreeze(evaluate('a', [25, 25]));
    rollUpProgress(deepFreeze([progress, flow]));
    progressRows(deepFreeze([progress, flow]));
    const document = deepFreeze(
      partnershipJson([objectiveJson('deals')], [['deals', 'FY2027-Q1', '3']], []),
    );
    const text = JSON.stringify(document);
    planFromGoals(document, 'deals');
    expect(JSON.stringify(document)).toBe(text);
    expect(JSON.stringify([plan, actuals])).toBe(before);
  });
});

// The roll-up's rules that other tests leave open: the reason of an objective left out without a
// finding, the first of equally weak objectives, the default weight, and the status order option.
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  evaluateProgress,
  isValidationError,
  progressStatusOrder,
  rollUpProgress,
} from '../../src/index.js';
import { actualsOf, json, planOf, quarter } from './fixtures.js';

const evaluate = (id: string, values: ReadonlyArray<number>, asOf: string, weight?: number) =>
  evaluateProgress(
    planOf({
      id,
      target: 40,
      steps: [1, 2, 3, 4].map((i) => [quarter(i), 10] as const),
      ...(weight === undefined ? {} : { weight }),
    }),
    actualsOf(values.map((value, i) => [quarter(i + 1), value] as const)),
    calendarYear,
    { asOf },
  );

function refusal(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error.message;
    return `not a ValidationError: ${String(error)}`;
  }
  return 'no error';
}

describe('rollUpProgress', () => {
  it('gives the status rule as the reason of an objective left out without a finding that explains it', () => {
    // A stock with no level before its horizon: no attainment, and no finding to say why.
    const early = evaluateProgress(
      planOf({
        id: 'early',
        aggregation: 'last',
        baseline: 8,
        target: 40,
        steps: [[quarter(1), 16]],
      }),
      [],
      calendarYear,
      { asOf: '2026-12-15' },
    );
    expect(early.findings).toEqual([]);
    const rollUp = rollUpProgress([early]);
    expect(rollUp.excluded).toEqual([
      {
        objective: 'early',
        reason:
          'No attainment (not-started): The horizon starts on 2027-01-01, after the as-of date 2026-12-15.',
      },
    ]);
  });

  it('names the first of equally weak objectives', () => {
    const rollUp = rollUpProgress([
      evaluate('first', [9], '2027-03-31'),
      evaluate('second', [9], '2027-03-31'),
    ]);
    expect(rollUp.weakest?.objective).toBe('first');
  });

  it('weighs an objective without a weight as 1 beside a weighted one', () => {
    // 10/40 = 0.25 with weight 3, 20/40 = 0.5 with weight 1: (0.75 + 0.5) / 4 = 0.3125.
    const rollUp = rollUpProgress([
      evaluate('weighted', [10], '2027-03-31', 3),
      evaluate('plain', [20], '2027-03-31'),
    ]);
    expect(json(rollUp.objectives.map((o) => [o.objective, o.weight]))).toEqual([
      ['weighted', '3'],
      ['plain', '1'],
    ]);
    expect(json(rollUp.attainment)).toBe('0.3125');
  });

  it('refuses a status order that is not an array, misses a status or repeats one', () => {
    const repeated = [...progressStatusOrder.slice(0, 6), 'off-track'];
    const longer = [...progressStatusOrder, 'off-track'];
    expect([
      refusal(() => rollUpProgress([], { statusOrder: 'weakest' as never })),
      refusal(() => rollUpProgress([], { statusOrder: repeated as never })),
      refusal(() => rollUpProgress([], { statusOrder: longer as never })),
    ]).toMatchInlineSnapshot(`
      [
        "Invalid arguments to rollUpProgress: 1 issue
        - options.statusOrder: Expected an array of every status, received a string (received "weakest"; expected an array of every status)",
        "Invalid arguments to rollUpProgress: 1 issue
        - options.statusOrder: statusOrder must list every status exactly once (received "[\\"off-track\\",\\"at-risk\\",\\"unknown\\",\\"not..."; expected the statuses "off-track", "at-risk", "unknown", "not-started", "on-track", "ahead", "achieved" in any order, weakest first)",
        "Invalid arguments to rollUpProgress: 1 issue
        - options.statusOrder: statusOrder must list every status exactly once (received "[\\"off-track\\",\\"at-risk\\",\\"unknown\\",\\"not..."; expected the statuses "off-track", "at-risk", "unknown", "not-started", "on-track", "ahead", "achieved" in any order, weakest first)",
      ]
    `);
  });

  it('takes every status in any order', () => {
    const reversed = [...progressStatusOrder].reverse();
    const rollUp = rollUpProgress(
      [evaluate('behind', [7], '2027-03-31'), evaluate('ahead', [11], '2027-03-31')],
      { statusOrder: reversed },
    );
    expect(rollUp.weakest?.objective).toBe('ahead');
  });
});

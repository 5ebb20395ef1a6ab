// Why the roll-up leaves an objective out: the findings that explain a missing attainment, all
// of them, and only those.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress, rollUpProgress } from '../../src/index.js';
import { actualsOf, planOf, quarter } from './fixtures.js';

describe('rollUpProgress', () => {
  it('gives every finding that explains a missing attainment as the reason, and no other', () => {
    // A plan of no steps with a zero target: no steps, no actual yet, a zero target — three
    // findings that explain; the actual outside the plan explains nothing.
    const plan = planOf({ id: 'empty', target: 0, steps: [] });
    const progress = evaluateProgress(plan, actualsOf([[quarter(3), 2]]), calendarYear, {
      asOf: '2027-04-01',
    });
    expect(progress.findings.map((finding) => finding.code)).toContain('actual-outside-plan');
    expect(rollUpProgress([progress]).excluded).toMatchInlineSnapshot(`
      [
        {
          "objective": "empty",
          "reason": "No attainment (unknown): The plan has no steps, so nothing is expected to date: give it a cascade’s steps or period goals. No pace: no period of the plan has completed and the running one has no actual yet. No attainment: the objective’s target is zero.",
        },
      ]
    `);
  });
});

// The objective's name in a progress result: carried from the plan, or null without one.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { planOf, quarter } from './fixtures.js';

describe('evaluateProgress', () => {
  it('names the objective as the plan does, and null when the plan gives no name', () => {
    const plan = planOf({ target: 10, steps: [[quarter(1), 10]] });
    const named = { ...plan, objective: { ...plan.objective, name: 'New deals' } };
    const asOf = { asOf: '2027-03-31' };
    expect([
      evaluateProgress(named, [], calendarYear, asOf).name,
      evaluateProgress(plan, [], calendarYear, asOf).name,
    ]).toEqual(['New deals', null]);
  });
});

// The straight-line comparison reads "achieved" as the plan does: early for what may be met
// early (an increasing flow, a moving level), never early for a maintained level.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { actualsOf, planOf, quarter } from './fixtures.js';

const quarters = (values: ReadonlyArray<number>) =>
  values.map((value, i) => [quarter(i + 1), value] as const);

describe('evaluateProgress', () => {
  it('reads a flow that met its target early as achieved against the straight line too', () => {
    const plan = planOf({ target: 40, steps: quarters([10, 10, 10, 10]) });
    const p = evaluateProgress(plan, actualsOf(quarters([40])), calendarYear, {
      asOf: '2027-03-31',
    });
    expect([p.status.status, p.straightLine.status]).toEqual(['achieved', 'achieved']);
  });

  it('reads a stock at its target early as achieved, a maintained level as on pace', () => {
    const stock = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 40]),
    });
    const held = planOf({
      aggregation: 'last',
      direction: 'maintain',
      baseline: 98,
      target: 100,
      steps: quarters([100, 100, 100, 100]),
    });
    const asOf = { asOf: '2027-06-30' };
    const early = evaluateProgress(stock, actualsOf([[quarter(2), 40]]), calendarYear, asOf);
    const kept = evaluateProgress(held, actualsOf([[quarter(2), 100]]), calendarYear, asOf);
    expect([early.straightLine.status, kept.straightLine.status]).toEqual(['achieved', 'on-track']);
  });
});

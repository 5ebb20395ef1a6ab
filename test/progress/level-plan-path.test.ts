// The path a level plan draws, read at its edges: an average period that begins before the
// horizon or runs past its end, and a level recorded before the horizon started.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress, type ProgressPlan } from '../../src/index.js';
import { actualsOf, json, month, planOf, quarter } from './fixtures.js';

/** Utilization (an average) from 0.5, with the given horizon and steps. */
function average(
  horizon: { start: string; end: string },
  steps: ReadonlyArray<readonly [ReturnType<typeof month>, string]>,
): ProgressPlan {
  const plan = planOf({ aggregation: 'average', baseline: '0.5', target: '0.8', steps });
  return { ...plan, objective: { ...plan.objective, horizon } };
}

describe('evaluateProgress', () => {
  it('plans the days of an average period before the horizon at the baseline', () => {
    // The horizon starts on 2027-01-31, so the baseline 0.5 holds through 2027-01-30 and January's
    // checkpoint 0.6 is reached on the 31st: 30 days at 0.5 and one at 0.6, a mean of
    // (15 + 0.6) / 31 = 0.503226.
    const plan = average({ start: '2027-01-31', end: '2027-12-31' }, [
      [month(1), '0.6'],
      [month(12), '0.8'],
    ]);
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2027-01-15' });
    expect(p.periods[0]?.planned.toFixed(6)).toBe('0.503226');
  });

  it('plans the days of an average period after the horizon at the target', () => {
    // The horizon ends on 2027-12-15 (day 349 after the baseline's 2026-12-31). December's days 1
    // to 15 climb from 0.5 on the line to 0.8: Σ = 15 × 0.5 + 0.3 × 15 × (335 + 349) / (2 × 349);
    // the 16 days after hold 0.8. The mean over 31 days is 0.797088.
    const plan = average({ start: '2027-01-01', end: '2027-12-15' }, [[month(12), '0.8']]);
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2027-01-15' });
    expect(p.periods[0]?.planned.toFixed(6)).toBe('0.797088');
  });

  it('expects the baseline of a level recorded before the horizon started', () => {
    // The latest level is Q3 2026's (to 2026-09-30), before the horizon: the plan expected the
    // baseline 8 then, not a line drawn back in time.
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: [1, 2, 3, 4].map((i) => [quarter(i), 8 + 8 * i] as const),
    });
    const p = evaluateProgress(plan, actualsOf([[quarter(3, 2026), 7]]), calendarYear, {
      asOf: '2027-02-01',
    });
    expect([p.measuredAt, json(p.expectedToDate)]).toEqual(['2026-09-30', '8']);
  });

  it('expects the baseline on the eve of the horizon, even where a step ends that day', () => {
    // A goal for Q4 2026 ends on 2026-12-31, the baseline's day; the level recorded for it is
    // measured against the baseline 8.
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: [
        [quarter(4, 2026), 8],
        [quarter(1), 16],
        [quarter(2), 24],
        [quarter(3), 32],
        [quarter(4), 40],
      ],
    });
    const p = evaluateProgress(plan, actualsOf([[quarter(4, 2026), 8]]), calendarYear, {
      asOf: '2027-01-10',
    });
    expect([p.measuredAt, json(p.expectedToDate)]).toEqual(['2026-12-31', '8']);
  });
});

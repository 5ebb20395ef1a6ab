// Before the horizon starts the status is not-started, and names no missing period even when a
// step before the horizon lacks its actual.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { planOf, quarter } from './fixtures.js';

describe('evaluateProgress', () => {
  it('names no missing period while the horizon has not started', () => {
    // A goal for Q4 2026 lies before the 2027 horizon; as of 2026-12-31 it is complete without
    // an actual, but nothing is judged yet.
    const plan = planOf({
      target: 40,
      steps: [
        [quarter(4, 2026), 5],
        [quarter(1), 10],
      ],
    });
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2026-12-31' });
    expect([p.missingActuals, p.status.status, p.status.missingPeriods]).toEqual([
      ['FY2026-Q4'],
      'not-started',
      [],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { cascade, cascadeSteps } from '../../src/index.js';
import { metric, objective, retail445 } from './fixtures.js';

describe('the steps of a weekly cascade', () => {
  it('run from the first week to the last, partial at both ends', () => {
    // 4-4-5 year ending on the last Saturday of December: FY2027 starts on Sunday 27 December
    // 2026. 1 to 20 January 2027 meets W01 (27 Dec - 2 Jan, 2 days), W02, W03 and W04
    // (17 - 23 Jan, 4 days).
    const plan = cascade(
      {
        ...objective('sum', '0', '20', '2027-01-01', '2027-01-20'),
        metric: metric('sum', { kind: 'count' }),
      },
      retail445,
      { granularity: 'week' },
    );
    expect(cascadeSteps(plan).map((s) => [s.start, s.end, s.days, s.partial])).toEqual([
      ['2026-12-27', '2027-01-02', 2, true],
      ['2027-01-03', '2027-01-09', 7, false],
      ['2027-01-10', '2027-01-16', 7, false],
      ['2027-01-17', '2027-01-23', 4, true],
    ]);
  });
});

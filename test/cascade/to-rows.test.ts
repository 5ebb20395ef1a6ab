import { describe, expect, it } from 'vitest';
import { cascade, toRows } from '../../src/index.js';
import { julyFy, metric, objective } from './fixtures.js';

const plan = cascade(
  {
    ...objective('last', '64.0', '75.0', '2026-08-15', '2027-06-30'),
    metric: metric('last', { kind: 'percent' }),
  },
  julyFy,
  { granularity: 'quarter' },
);

describe('toRows', () => {
  it('gives flat rows with keys, dates, fixed-precision targets and shares', () => {
    // Weights 47/92, 1, 1, 1 (sum 3.5108696): the climb of 110 tenths runs 16.006, 47.337,
    // 78.669, 110 and rounds to 16, 47, 79, 110: levels 65.6, 68.7, 71.9, 75.0.
    expect(toRows(plan)).toEqual([
      {
        objective: 'objective',
        period: 'FY2027-Q1',
        granularity: 'quarter',
        start: '2026-07-01',
        end: '2026-09-30',
        days: 47,
        partial: true,
        target: '65.6',
        cumulative: '1.6',
        share: '0.1455108359',
      },
      {
        objective: 'objective',
        period: 'FY2027-Q2',
        granularity: 'quarter',
        start: '2026-10-01',
        end: '2026-12-31',
        days: 92,
        partial: false,
        target: '68.7',
        cumulative: '4.7',
        share: '0.2848297214',
      },
      {
        objective: 'objective',
        period: 'FY2027-Q3',
        granularity: 'quarter',
        start: '2027-01-01',
        end: '2027-03-31',
        days: 90,
        partial: false,
        target: '71.9',
        cumulative: '7.9',
        share: '0.2848297214',
      },
      {
        objective: 'objective',
        period: 'FY2027-Q4',
        granularity: 'quarter',
        start: '2027-04-01',
        end: '2027-06-30',
        days: 91,
        partial: false,
        target: '75.0',
        cumulative: '11.0',
        share: '0.2848297214',
      },
    ]);
  });
});

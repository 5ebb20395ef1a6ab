import { describe, expect, it } from 'vitest';
import { cascade, toDecimal, toPeriodGoals, toRows } from '../../src/index.js';
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
    // Weights 47/92, 1, 1, 1 (sum 3.5108696): a climb of 110 tenths splits 16.006, 31.331 ×3;
    // the floors leave 1, which the tied .331s give to the earliest.
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
        target: '68.8',
        cumulative: '4.8',
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

describe('toPeriodGoals', () => {
  it('proposes every step as a JSON-ready period goal, with or without a date', () => {
    expect(toPeriodGoals(plan, { proposedBy: 'vendor' })[3]).toEqual({
      objective: 'objective',
      period: 'FY2027-Q4',
      target: '75.0',
      provenance: { status: 'proposed', proposedBy: 'vendor' },
    });
    const dated = toPeriodGoals(plan, { proposedBy: 'partner', proposedOn: '2026-07-20' });
    expect(JSON.parse(JSON.stringify(dated)).map((g: { target: string }) => g.target)).toEqual([
      '65.6',
      '68.8',
      '71.9',
      '75.0',
    ]);
    expect(dated[0]?.provenance).toEqual({
      status: 'proposed',
      proposedBy: 'partner',
      proposedOn: '2026-07-20',
    });
    expect(toDecimal(dated[0]?.target ?? '').toString()).toBe('65.6');
  });
});

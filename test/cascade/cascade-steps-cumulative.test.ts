import { describe, expect, it } from 'vitest';
import { calendarYear, cascade, cascadeSteps } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

/** A count objective over 2027 by quarter. */
function quarterly(aggregation: 'sum' | 'last' | 'average', baseline: string, target: string) {
  return cascade(
    {
      ...objective(aggregation, baseline, target, '2027-01-01', '2027-12-31'),
      metric: metric(aggregation, { kind: 'count' }),
    },
    calendarYear,
    { granularity: 'quarter' },
  );
}

const row = (step: { target: { toString(): string }; cumulative: { toString(): string } }) => [
  step.target.toString(),
  step.cumulative.toString(),
];

describe('cascadeSteps cumulative', () => {
  it('runs a flow total up, step by step', () => {
    // 10 deals over four whole quarters of equal weight: running totals 2.5, 5, 7.5, 10; the
    // halves go to the earlier of two equal weights (rounded up): 3, 5, 8, 10, so steps 3, 2, 3, 2.
    expect(cascadeSteps(quarterly('sum', '0', '10')).map(row)).toEqual([
      ['3', '3'],
      ['2', '5'],
      ['3', '8'],
      ['2', '10'],
    ]);
  });

  it('measures a stock as its climb from the baseline', () => {
    // 8 → 40 consultants: checkpoints 16, 24, 32, 40, that is 8, 16, 24, 32 above the baseline.
    expect(cascadeSteps(quarterly('last', '8', '40')).map(row)).toEqual([
      ['16', '8'],
      ['24', '16'],
      ['32', '24'],
      ['40', '32'],
    ]);
  });

  it('measures an average level as its climb from the baseline', () => {
    // 50 → 30 open cases, falling 5 a quarter: 45, 40, 35, 30, that is -5, -10, -15, -20.
    expect(cascadeSteps(quarterly('average', '50', '30')).map(row)).toEqual([
      ['45', '-5'],
      ['40', '-10'],
      ['35', '-15'],
      ['30', '-20'],
    ]);
  });
});

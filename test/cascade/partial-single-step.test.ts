import { describe, expect, it } from 'vitest';
import { calendarYear, cascade } from '../../src/index.js';
import { metric, objective } from './fixtures.js';

describe('a cascade of one partial step', () => {
  it('weighs its step by its covered share once', () => {
    // 1 January to 15 February 2027 covers 31 + 15 = 46 of Q1's 90 days.
    const plan = cascade(
      {
        ...objective('sum', '0', '10', '2027-01-01', '2027-02-15'),
        metric: metric('sum', { kind: 'count' }),
      },
      calendarYear,
      { granularity: 'quarter' },
    );
    expect([Array.from(plan.weights), Array.from(plan.units)]).toEqual([[46 / 90], [10]]);
  });
});

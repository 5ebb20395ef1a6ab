// Actuals are matched to the steps of their own period, whatever the year and granularity.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { actualsOf, json, month, planOf } from './fixtures.js';

describe('evaluateProgress', () => {
  it('matches each actual to its own period on a plan over many years', () => {
    // Steps a few months and years apart; each has its own actual (hand-set goals may lie outside
    // the horizon, and keep their periods).
    const periods = [month(5), month(9), month(1, 2028), month(4, 2035)];
    const plan = planOf({ target: 40, steps: periods.map((period) => [period, 10] as const) });
    const actuals = actualsOf(periods.map((period, i) => [period, i + 1] as const));
    const p = evaluateProgress(plan, actuals, calendarYear, { asOf: '2036-01-01' });
    expect(json(p.periods.map((row) => [row.key, row.actual]))).toEqual([
      ['FY2027-M05', '1'],
      ['FY2027-M09', '2'],
      ['FY2028-M01', '3'],
      ['FY2035-M04', '4'],
    ]);
    expect(p.findings.map((finding) => finding.code)).not.toContain('actual-duplicate');
  });
});

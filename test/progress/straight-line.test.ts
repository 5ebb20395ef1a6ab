// evaluateProgress read against a straight line from the baseline to the target, beside the
// plan's own shape: what tells a partner that only looks behind from one that is.
import { describe, expect, it } from 'vitest';
import { calendarYear, evaluateProgress } from '../../src/index.js';
import { actualsOf, codesOf, json, month, planOf, quarter } from './fixtures.js';

const months = (targets: ReadonlyArray<number>) =>
  targets.map((target, i) => [month(i + 1), target] as const);
const quarters = (targets: ReadonlyArray<number>) =>
  targets.map((target, i) => [quarter(i + 1), target] as const);

describe('evaluateProgress against a straight line', () => {
  it('tells a flow on its seasonal plan but behind a straight line that it only looks behind', () => {
    // Plan 5 a month to August, then 10, 15, 15, 20 (total 100). By 2027-08-15 January to July
    // are in at 5 each: 35 against 35 planned → pace 1. A straight line spreads 100 over 365 days;
    // the actuals cover January to July, 212 days: 100 × 212/365 = 58.0822 expected, pace
    // 35 / 58.0822 = 0.6026 → off-track against the line.
    const plan = planOf({ target: 100, steps: months([5, 5, 5, 5, 5, 5, 5, 5, 10, 15, 15, 20]) });
    const p = evaluateProgress(plan, actualsOf(months([5, 5, 5, 5, 5, 5, 5])), calendarYear, {
      asOf: '2027-08-15',
    });
    expect(p.status.status).toBe('on-track');
    const line = p.straightLine;
    expect([line.expectedToDate.toFixed(4), line.gap?.toFixed(4), line.pace?.toFixed(4)]).toEqual([
      '58.0822',
      '-23.0822',
      '0.6026',
    ]);
    expect(line.status).toBe('off-track');
    const finding = p.findings.find((f) => f.code === 'behind-straight-line-only');
    expect(json(finding)).toEqual({
      code: 'behind-straight-line-only',
      severity: 'info',
      subjects: [{ kind: 'objective', id: 'objective' }],
      evidence: [
        { label: 'Expected to date on the plan’s shape', value: '35' },
        { label: 'Expected to date on a straight line', value: line.expectedToDate.toFixed() },
        { label: 'Actual to date', value: '35' },
      ],
      params: {
        objective: 'objective',
        pace: '1',
        status: 'on-track',
        straightLinePace: '0.6026',
        straightLineStatus: 'off-track',
      },
      message:
        'On pace against the plan’s own shape (pace 1, on-track) but off-track against a straight line from the baseline to the target (pace 0.6026): the plan expects more of the way later, so the partner only looks behind.',
    });
  });

  it('reads a partner behind on both as behind, without the finding', () => {
    // Flat plan 10 a month; 6 a month to June: 36 of 60 on the plan, and of 120 × 181/365 =
    // 59.5068 on the line → pace 0.6 and 0.605: off-track on both.
    const plan = planOf({ target: 120, steps: months(Array(12).fill(10)) });
    const p = evaluateProgress(plan, actualsOf(months(Array(6).fill(6))), calendarYear, {
      asOf: '2027-06-30',
    });
    expect([p.status.status, p.straightLine.status]).toEqual(['off-track', 'off-track']);
    expect(p.straightLine.expectedToDate.toFixed(4)).toBe('59.5068');
    expect(codesOf(p)).not.toContain('behind-straight-line-only');
  });

  it('draws a stock’s line from the baseline the day before the horizon to the target at its end', () => {
    // Certified consultants from 8 to 40, back-loaded: 10, 14, 24, 40. Q2 closes at 14 → pace 1 on
    // the plan. The line at 2027-06-30 (181 days in): 8 + 32 × 181/365 = 23.8685; moved 6 of a
    // planned 15.8685 → pace 0.3781, off-track.
    const plan = planOf({
      aggregation: 'last',
      baseline: 8,
      target: 40,
      steps: quarters([10, 14, 24, 40]),
    });
    const p = evaluateProgress(plan, actualsOf([[quarter(2), 14]]), calendarYear, {
      asOf: '2027-07-10',
    });
    expect([json(p.pace), p.status.status]).toEqual(['1', 'on-track']);
    expect([
      p.straightLine.expectedToDate.toFixed(4),
      p.straightLine.pace?.toFixed(4),
      p.straightLine.status,
    ]).toEqual(['23.8685', '0.3781', 'off-track']);
    expect(codesOf(p)).toContain('behind-straight-line-only');
  });

  it('takes an average’s mean of the line over the days its actual covers', () => {
    // Utilization averaged 11.9 over Q1; the line from 8 to 40 over 365 days has a mean over days
    // 1..90 of 8 + 32 × 45.5/365 = 11.9890 → pace 3.9 / 3.9890 = 0.9777, on-track.
    const plan = planOf({
      aggregation: 'average',
      baseline: 8,
      target: 40,
      steps: quarters([16, 24, 32, 40]),
    });
    const p = evaluateProgress(plan, actualsOf([[quarter(1), '11.9']]), calendarYear, {
      asOf: '2027-04-10',
    });
    expect([
      p.straightLine.expectedToDate.toFixed(4),
      p.straightLine.pace?.toFixed(4),
      p.straightLine.status,
    ]).toEqual(['11.9890', '0.9777', 'on-track']);
  });

  it('expects nothing on the line before any period counts', () => {
    const plan = planOf({ target: 120, steps: months(Array(12).fill(10)) });
    const p = evaluateProgress(plan, [], calendarYear, { asOf: '2027-01-15' });
    expect(
      json([p.straightLine.expectedToDate, p.straightLine.pace, p.straightLine.status]),
    ).toEqual(['0', null, 'unknown']);
  });
});

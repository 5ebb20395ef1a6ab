import { describe, expect, it } from 'vitest';
import {
  evaluateProgress,
  type ObjectiveProgress,
  type Partnership,
  parsePartnership,
  planFromGoals,
  rollUpProgress,
  samples,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';

/** Every objective of a partnership against its hand-set goals, as of a date. */
function progressOf(partnership: Partnership, asOf: string): ObjectiveProgress[] {
  return partnership.charter.objectives.map((objective) =>
    evaluateProgress(
      planFromGoals(partnership, objective.id),
      partnership.actuals,
      partnership.calendar,
      { asOf },
    ),
  );
}

describe('progress of the bundled samples against their period goals', () => {
  it('reads Northwind Advisory as of 2026-11-15', () => {
    const northwind = deepFreeze(parsePartnership(samples.northwindAdvisory));
    const list = progressOf(northwind, '2026-11-15');
    const byId = new Map<string, ObjectiveProgress>(list.map((p) => [p.objective, p]));
    // Services revenue: Q1 (Jul–Sep 2026) goal 560 000, actual 548 300; Q2 is running without an
    // actual, so it is left out: pace 548 300 / 560 000 = 0.97910… → on-track.
    const services = byId.get('services-revenue');
    expect([services?.pace?.toFixed(4), services?.status.status]).toEqual(['0.9791', 'on-track']);
    expect(services?.gap?.toString()).toBe('-11700');
    expect(byId.get('new-deals')?.status.status).toBe('on-track');
    // Certified consultants: one goal, 11 at Q2's end (2026-12-31). At Q1's end (92 of the 184 days
    // from the baseline) the plan expects 8 + 3 × 92/184 = 9.5; 10 were certified → pace 2 / 1.5.
    const certified = byId.get('certified-consultants');
    expect([
      certified?.expectedToDate.toString(),
      certified?.pace?.toFixed(4),
      certified?.status.status,
    ]).toEqual(['9.5', '1.3333', 'ahead']);
    expect(certified?.progress?.toString()).toBe('0.0625');
    // Utilization has no goals: a straight line from 64 to 75 over 1096 days; 92 days in → 64.9234.
    const utilization = byId.get('practice-utilization');
    expect([utilization?.expectedToDate.toFixed(4), utilization?.status.status]).toEqual([
      '64.9234',
      'ahead',
    ]);
    // Resold ARR (a stock): baseline 2 000 000 on 2026-07-01, one FY2027 goal of 2 700 000 at
    // 2027-06-30 (365 days). At Q1's end (92 days) the plan expects 2 000 000 + 700 000 × 92/365
    // = 2 176 438.36; the Q1 actual is 2 180 000 → pace 180 000 / 176 438.36 = 1.0202 → on-track;
    // progress towards the 5 000 000 target: 180 000 / 3 000 000 = 0.06.
    const resale = byId.get('resale-arr');
    expect([
      resale?.expectedToDate.toFixed(2),
      resale?.pace?.toFixed(4),
      resale?.progress?.toString(),
      resale?.status.status,
    ]).toEqual(['2176438.36', '1.0202', '0.06', 'on-track']);
    // The weakest is services revenue, on track at pace 0.9791.
    expect(rollUpProgress(list).weakest).toMatchObject({
      status: 'on-track',
      objective: 'services-revenue',
    });
  });

  it('reads Lumen Field as of 2026-11-15 with every status explained', () => {
    const lumen = parsePartnership(samples.lumenField);
    const list = progressOf(lumen, '2026-11-15');
    for (const progress of list) expect(progress.status.rule.length).toBeGreaterThan(20);
    const discount = list.find((p) => p.objective === 'discount-depth');
    // Discount depth from 22 % towards 12 %: 19.9 at Q3's end is progress in the right direction.
    expect(discount?.progress?.gt(0)).toBe(true);
  });
});

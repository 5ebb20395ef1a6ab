import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  calendarYear,
  evaluateProgress,
  type ObjectiveProgress,
  type ProgressActual,
  type ProgressActualJson,
  type ProgressFinding,
  type ProgressFindingCode,
  type ProgressPlan,
} from '../../src/index.js';
import type { Finding } from '../../src/model/finding.js';
import { actualsOf, planOf, quarter } from './fixtures.js';

const quarters = (targets: ReadonlyArray<number>) =>
  targets.map((target, i) => [quarter(i + 1), target] as const);
const run = (
  plan: ProgressPlan,
  actuals: ReadonlyArray<ProgressActual | ProgressActualJson>,
  asOf: string,
): ObjectiveProgress => evaluateProgress(plan, actuals, calendarYear, { asOf });

const flow = planOf({ target: 40, steps: quarters([10, 10, 10, 10]) });
const stock = planOf({
  aggregation: 'last',
  baseline: 8,
  target: 40,
  steps: quarters([16, 24, 32, 40]),
});

/** One case per code: the progress that finds it, and the severity it has there. */
const cases: Record<ProgressFindingCode, readonly [() => ObjectiveProgress, string]> = {
  'actuals-missing': [() => run(flow, actualsOf([[quarter(2), 10]]), '2027-06-30'), 'warning'],
  'actual-granularity-mismatch': [
    () => run(flow, [{ period: 'FY2027-M01', value: '3' }], '2027-02-01'),
    'warning',
  ],
  'actual-outside-plan': [
    () => run(flow, [{ period: 'FY2028-Q1', value: '3' }], '2027-02-01'),
    'info',
  ],
  'actual-duplicate': [
    () =>
      run(
        flow,
        actualsOf([
          [quarter(1), 9],
          [quarter(1), 10],
        ]),
        '2027-03-31',
      ),
    'info',
  ],
  'plan-without-steps': [() => run(planOf({ target: 40, steps: [] }), [], '2027-03-31'), 'warning'],
  'no-actual-yet': [() => run(flow, [], '2027-02-01'), 'info'],
  'nothing-expected-to-date': [
    () =>
      run(
        planOf({ target: 30, steps: quarters([0, 10, 10, 10]) }),
        actualsOf([[quarter(1), 5]]),
        '2027-03-31',
      ),
    'info',
  ],
  'planned-level-zero': [
    () =>
      run(
        planOf({
          aggregation: 'last',
          direction: 'maintain',
          target: 0,
          steps: quarters([0, 0, 0, 0]),
        }),
        actualsOf([[quarter(1), 1]]),
        '2027-03-31',
      ),
    'info',
  ],
  'target-zero': [
    () =>
      run(
        planOf({ target: 0, steps: quarters([0, 0, 0, 0]) }),
        actualsOf([[quarter(1), 0]]),
        '2027-03-31',
      ),
    'info',
  ],
  'target-equals-baseline': [
    () =>
      run(
        planOf({ aggregation: 'last', baseline: 5, target: 5, steps: quarters([5, 5, 5, 5]) }),
        actualsOf([[quarter(1), 5]]),
        '2027-03-31',
      ),
    'info',
  ],
  'attainment-at-horizon-end': [
    () =>
      run(
        planOf({ direction: 'decrease', target: 40, steps: quarters([10, 10, 10, 10]) }),
        actualsOf([[quarter(1), 8]]),
        '2027-03-31',
      ),
    'info',
  ],
  'behind-straight-line-only': [
    () =>
      run(
        planOf({ target: 100, steps: quarters([10, 10, 20, 60]) }),
        actualsOf([[quarter(1), 10]]),
        '2027-04-10',
      ),
    'info',
  ],
};

describe('progress findings', () => {
  it.each(Object.entries(cases))(
    'finds %s with its severity and the objective as subject',
    (code, [make, severity]) => {
      const found = make().findings.find((finding) => finding.code === code);
      expect(found?.severity).toBe(severity);
      expect(found?.subjects[0]).toEqual({ kind: 'objective', id: 'objective' });
      expect(found?.params['objective']).toBe('objective');
      expect(found?.message.length).toBeGreaterThan(20);
      // Evidence values are exact decimal strings or keys, never numbers or NaN.
      for (const item of found?.evidence ?? [])
        expect(item.value).not.toMatch(/NaN|Infinity|e[+-]/);
    },
  );

  it('says which of two actuals for a period counts, pointing to both', () => {
    const p = cases['actual-duplicate'][0]();
    const found = p.findings.find((finding) => finding.code === 'actual-duplicate');
    expect(found?.message).toBe('Two actuals for FY2027-Q1 (9 and 10): the later, 10, counts.');
    expect(found?.evidence.map((e) => e.path)).toEqual([
      ['actuals', 0],
      ['actuals', 1],
    ]);
    expect(p.periods[0]?.actual?.toString()).toBe('10');
  });

  it('reads a stock with an earlier gap from its latest level, saying which levels are missing', () => {
    // Q1 has no level, Q2 closed at 23: the latest level is read; Q1 is missing data.
    const p = run(stock, actualsOf([[quarter(2), 23]]), '2027-07-01');
    expect(p.missingActuals).toEqual(['FY2027-Q1']);
    expect(p.status.status).not.toBe('unknown');
    const found = p.findings.find((finding) => finding.code === 'actuals-missing');
    expect(found?.severity).toBe('info');
    expect(found?.message).toBe(
      'No level was recorded for FY2027-Q1; the latest level, 23 for FY2027-Q2, is read instead.',
    );
  });

  it('is the library’s one Finding type with progress codes', () => {
    expectTypeOf<ProgressFinding>().toEqualTypeOf<Finding<ProgressFindingCode>>();
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  evaluatePartnershipProgress,
  evaluateProgress,
  type ObjectiveProgress,
  samples,
} from '../../src/index.js';
import { progressRows, progressStatusRows } from '../../src/report.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { actualsOf, planOf, quarter } from '../progress/fixtures.js';

const quarters = (targets: ReadonlyArray<number | string>) =>
  targets.map((target, i) => [quarter(i + 1), target] as const);
const evaluate = (
  id: string,
  actuals: ReadonlyArray<number>,
  options: { asOf?: string; aggregation?: 'sum' | 'last' } = {},
): ObjectiveProgress =>
  evaluateProgress(
    planOf({
      id,
      aggregation: options.aggregation ?? 'sum',
      target: 100,
      steps: quarters(options.aggregation === 'last' ? [25, 50, 75, 100] : [25, 25, 25, 25]),
    }),
    actualsOf(quarters(actuals)),
    calendarYear,
    { asOf: options.asOf ?? '2027-06-30' },
  );

function issueOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const issue = (error as { issues?: Array<{ code: string; path: unknown[] }> }).issues?.[0];
    return `${issue?.code} at ${issue?.path.join('.')}`;
  }
  return 'no error';
}

describe('progressRows', () => {
  it('writes each period with its plan, actual and both to date, numbers beside exact strings', () => {
    const rows = progressRows([evaluate('a', [25, 20]), evaluate('b', [30])]);
    expect(rows).toHaveLength(8);
    // Flow a: targets 25, 25 → planned to date 50; actuals 25, 20 → 45; Q2 attainment 20/25 = 0.8.
    expect(rows[1]).toEqual({
      objective: 'a',
      kind: 'flow',
      period: 'FY2027-Q2',
      state: 'completed',
      target: 25,
      targetExact: '25',
      planned: 25,
      plannedExact: '25',
      actual: 20,
      actualExact: '20',
      attainment: 0.8,
      attainmentExact: '0.8',
      plannedToDate: 50,
      plannedToDateExact: '50',
      actualToDate: 45,
      actualToDateExact: '45',
    });
    // b lacks Q2: no actual, and no total to date from there on (never read as zero).
    expect(rows.slice(4).map((row) => [row.period, row.actual, row.actualToDate])).toEqual([
      ['FY2027-Q1', 30, 30],
      ['FY2027-Q2', null, null],
      ['FY2027-Q3', null, null],
      ['FY2027-Q4', null, null],
    ]);
  });

  it('gives a stock its levels to date, not a running total', () => {
    const rows = progressRows(evaluate('s', [20, 55], { aggregation: 'last' }));
    expect(rows.map((row) => [row.plannedToDate, row.actualToDate])).toEqual([
      [25, 20],
      [50, 55],
      [75, null],
      [100, null],
    ]);
  });

  it('reads a partnership’s progress and the JSON of a result alike', () => {
    const partnership = evaluatePartnershipProgress(samples.northwindAdvisory, {
      asOf: '2026-11-15',
    });
    const rows = progressRows(partnership);
    expect(rows).toEqual(progressRows(partnership.objectives));
    expect(progressRows(JSON.parse(JSON.stringify(partnership)))).toEqual(rows);
    // An objective without period goals has no periods, so no rows (practice-utilization).
    expect(new Set(rows.map((row) => row.objective))).toEqual(
      new Set(partnership.objectives.filter((o) => o.periods.length > 0).map((o) => o.objective)),
    );
  });

  it('refuses what is not progress, naming the path', () => {
    const progress = evaluate('a', [25]);
    expect([
      issueOf(() => progressRows(undefined as never)),
      issueOf(() => progressRows({ ...progress, periods: null } as never)),
      issueOf(() => progressRows([progress, { ...progress, pace: 'fast' }] as never)),
      issueOf(() => progressRows({ ...progress, kind: 'river' } as never)),
    ]).toEqual([
      'required at progress',
      'invalid-type at progress.periods',
      'invalid-decimal at progress.1.pace',
      'invalid-value at progress.kind',
    ]);
  });

  it('never changes the progress it reads', () => {
    const list = deepFreeze([
      evaluate('a', [25, 20]),
      evaluate('s', [20], { aggregation: 'last' }),
    ]);
    const before = JSON.stringify(list);
    progressRows(list);
    progressStatusRows(list);
    progressRows(deepFreeze(JSON.parse(before)));
    expect(JSON.stringify(list)).toBe(before);
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 4, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 4 }),
    fc.integer({ min: 0, max: 6 }),
  ])(
    'has numbers equal to their exact strings, and flows’ totals to date add up',
    (targets, actuals, cents) => {
      const scale = 10 ** cents;
      const text = (n: number) => (n / scale).toFixed(cents);
      const total = targets.reduce((a, b) => a + b, 0);
      const progress = evaluateProgress(
        planOf({ target: text(total), steps: quarters(targets.map(text)) }),
        actualsOf(quarters(actuals.map(text))),
        calendarYear,
        { asOf: '2027-12-31' },
      );
      const rows = progressRows(progress);
      for (const row of rows) {
        for (const key of [
          'target',
          'planned',
          'actual',
          'attainment',
          'plannedToDate',
          'actualToDate',
        ] as const) {
          const exact = row[`${key}Exact`];
          expect(row[key]).toBe(exact === null ? null : Number(exact));
        }
      }
      expect(rows.at(-1)?.plannedToDateExact).toBe(
        progress.periods
          .reduce(
            (a, p) => a.plus(p.target),
            progress.expectedToDate.minus(progress.expectedToDate),
          )
          .toFixed(),
      );
      const known = actuals.length === 4 ? actuals.reduce((a, b) => a + b, 0) : null;
      expect(rows.at(-1)?.actualToDate).toBe(known === null ? null : Number(text(known)));
    },
  );
});

describe('progressStatusRows', () => {
  it('writes one row per objective with its status, figures and forecast', () => {
    const [row] = progressStatusRows(evaluate('a', [25, 20]));
    // Expected to date 50, actual 45: gap −5, pace 0.9, attainment 45/100 = 0.45.
    expect(row).toMatchObject({
      objective: 'a',
      kind: 'flow',
      asOf: '2027-06-30',
      status: 'at-risk',
      expectedToDate: 50,
      actualToDate: 45,
      gap: -5,
      gapExact: '-5',
      pace: 0.9,
      attainment: 0.45,
      forecastMethod: 'plan-shape',
    });
    for (const key of [
      'expectedToDate',
      'actualToDate',
      'gap',
      'pace',
      'attainment',
      'forecast',
      'requiredRatio',
    ] as const) {
      const exact = row?.[`${key}Exact`];
      expect(row?.[key]).toBe(exact === null || exact === undefined ? null : Number(exact));
    }
  });
});

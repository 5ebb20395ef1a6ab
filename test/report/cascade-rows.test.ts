import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Cascade,
  type CascadeObjective,
  cascade,
  cascadeTotal,
  isValidationError,
  toDecimal,
} from '../../src/index.js';
import { cascadeRows } from '../../src/report.js';
import { julyFy, metric, objective } from '../cascade/fixtures.js';
import { deepFreeze } from '../money/deep-freeze.js';

const plan = cascade(
  {
    ...objective('last', '64.0', '75.0', '2026-08-15', '2027-06-30'),
    metric: metric('last', { kind: 'percent' }),
  },
  julyFy,
  { granularity: 'quarter' },
);

describe('cascadeRows', () => {
  it('gives flat rows with keys, dates, targets and levels as numbers beside exact strings', () => {
    // Weights 47/92, 1, 1, 1 (sum 3.5108696): the climb of 110 tenths runs 16.006, 47.337,
    // 78.669, 110 and rounds to 16, 47, 79, 110: levels 65.6, 68.7, 71.9, 75.0. A stock's
    // plannedToDate is its level, the same as its target.
    expect(cascadeRows(plan)[0]).toEqual({
      objective: 'objective',
      kind: 'stock',
      period: 'FY2027-Q1',
      granularity: 'quarter',
      start: '2026-07-01',
      end: '2026-09-30',
      days: 47,
      partial: true,
      target: 65.6,
      targetExact: '65.6',
      plannedToDate: 65.6,
      plannedToDateExact: '65.6',
      share: 0.1455108359,
      shareExact: '0.1455108359',
    });
    expect(cascadeRows(plan).map((row) => row.targetExact)).toEqual([
      '65.6',
      '68.7',
      '71.9',
      '75.0',
    ]);
  });

  it('gives a flow its running total as plannedToDate', () => {
    const fees = cascade({ ...objective('sum', '0', '100', '2027-01-01', '2027-12-31') }, julyFy, {
      granularity: 'quarter',
    });
    // July fiscal year: 2027-01..06 are FY2027 Q3, Q4; 2027-07..12 are FY2028 Q1, Q2.
    // An even shape weighs whole quarters alike: 100.00 / 4 = 25.00 each, running 25, 50, 75, 100.
    expect(
      cascadeRows(fees).map((row) => [row.period, row.targetExact, row.plannedToDateExact]),
    ).toEqual([
      ['FY2027-Q3', '25.00', '25.00'],
      ['FY2027-Q4', '25.00', '50.00'],
      ['FY2028-Q1', '25.00', '75.00'],
      ['FY2028-Q2', '25.00', '100.00'],
    ]);
  });

  it('gives the same rows for the JSON of a cascade, and refuses what is not one', () => {
    const back = JSON.parse(JSON.stringify(plan)) as Cascade;
    expect(cascadeRows(back)).toEqual(cascadeRows(plan));
    let error: unknown;
    try {
      cascadeRows([] as never);
    } catch (caught) {
      error = caught;
    }
    expect(isValidationError(error) && error.message.split('\n')[0]).toBe(
      'Cannot write the cascade as rows: 1 issue',
    );
    expect(isValidationError(error) && error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-type', ['plan']],
    ]);
  });

  it('never changes the cascade it reads', () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(plan)) as Cascade);
    const before = JSON.stringify(frozen);
    cascadeRows(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
  });

  const objectives = fc.record({
    aggregation: fc.constantFrom('sum', 'last', 'average') as fc.Arbitrary<
      'sum' | 'last' | 'average'
    >,
    baseline: fc.integer({ min: 0, max: 10_000 }),
    target: fc.integer({ min: 0, max: 10_000_000 }),
    months: fc.integer({ min: 1, max: 36 }),
    cents: fc.boolean(),
  });

  test.prop([objectives])(
    'has numbers equal to their exact strings, and sums (flows) or ends (stocks) as the cascade',
    ({ aggregation, baseline, target, months, cents }) => {
      const end = new Date(Date.UTC(2027, months, 0)).toISOString().slice(0, 10);
      const spec: CascadeObjective = {
        ...objective(
          aggregation,
          String(baseline),
          cents ? `${target / 100}` : String(target),
          '2027-01-01',
          end,
        ),
        metric: metric(aggregation, cents ? { kind: 'money', currency: 'EUR' } : { kind: 'count' }),
      };
      const steps = cascade(spec, julyFy, { granularity: 'month' });
      const rows = cascadeRows(steps);
      for (const row of rows) {
        expect(row.target).toBe(Number(row.targetExact));
        expect(row.plannedToDate).toBe(Number(row.plannedToDateExact));
        expect(row.share).toBe(row.shareExact === null ? null : Number(row.shareExact));
      }
      const total = cascadeTotal(steps);
      const last = rows.at(-1);
      if (aggregation === 'sum') {
        const sum = rows.reduce((acc, row) => acc.plus(row.targetExact), toDecimal(0));
        expect(sum.eq(total)).toBe(true);
        expect(toDecimal(last?.plannedToDateExact ?? '0').eq(total)).toBe(true);
      } else {
        expect(toDecimal(last?.targetExact ?? '0').eq(total)).toBe(true);
        expect(last?.plannedToDateExact).toBe(last?.targetExact);
      }
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  evaluatePartnershipProgress,
  formatIssues,
  formatPeriodKey,
  parsePartnership,
  samples,
  toActuals,
  toDecimal,
  ValidationError,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';

const northwind = samples.northwindAdvisory;
const lumen = samples.lumenField;
type Row = Record<string, unknown>;

/** The actuals as `[objective, period key, value]` triples, easy to read in an expectation. */
const triples = (rows: ReadonlyArray<Row>, partnership = northwind, options = {}) =>
  toActuals(rows, partnership, options).map((a) => [
    a.objective,
    formatPeriodKey(a.period),
    a.value.toString(),
  ]);

function errorOf(run: () => unknown): ValidationError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  return caught as ValidationError;
}

describe('toActuals', () => {
  it('reads rows with a period key as one actual each, on the partnership calendar', () => {
    const [actual] = toActuals(
      [{ objective: 'new-deals', period: 'FY2027-Q2', value: '5' }],
      northwind,
    );
    expect(actual?.period).toEqual({
      calendar: 'stratus-fy',
      granularity: 'quarter',
      year: 2027,
      index: 2,
    });
    expect(actual?.value.toString()).toBe('5');
  });

  it('puts a dated row in the period of the objective cascade granularity', () => {
    // Northwind's fiscal year starts in July: 2026-10-02 is in FY2027-Q2, 2027-01-05 in FY2027-Q3.
    expect(
      triples([
        { objective: 'new-deals', date: '2026-10-02', value: '2' },
        { objective: 'new-deals', date: '2027-01-05', value: '1' },
      ]),
    ).toEqual([
      ['new-deals', 'FY2027-Q2', '2'],
      ['new-deals', 'FY2027-Q3', '1'],
    ]);
  });

  it('adds up the rows of a flow that fall in one period (one row per deal)', () => {
    // 250000.10 + 180000.20 + 182000.05 = 612000.35
    expect(
      triples([
        { objective: 'services-revenue', date: '2026-10-01', value: '250000.10' },
        { objective: 'services-revenue', date: '2026-11-15', value: '180000.20' },
        { objective: 'services-revenue', period: 'FY2027-Q2', value: '182000.05' },
      ]),
    ).toEqual([['services-revenue', 'FY2027-Q2', '612000.35']]);
  });

  it('takes the latest dated value of a stock in a period (its level at the end)', () => {
    // Resale ARR cascades by year: both dates fall in FY2027; 2027-03-31 is the later.
    expect(
      triples([
        { objective: 'resale-arr', date: '2027-03-31', value: '2300000.00' },
        { objective: 'resale-arr', date: '2026-09-30', value: '2180000.00' },
      ]),
    ).toEqual([['resale-arr', 'FY2027', '2300000']]);
  });

  it('uses the granularity option for every dated row', () => {
    expect(
      triples([{ objective: 'resale-arr', date: '2026-09-30', value: '2180000.00' }], northwind, {
        granularity: 'month',
      }),
    ).toEqual([['resale-arr', 'FY2027-M03', '2180000']]);
  });

  it('reads the fields under the column names given', () => {
    const rows = [{ Objective: 'new-deals', 'Close Date': '2026-08-01', Amount: '3', Owner: 'x' }];
    expect(
      triples(rows, northwind, {
        columns: { objective: 'Objective', date: 'Close Date', value: 'Amount' },
      }),
    ).toEqual([['new-deals', 'FY2027-Q1', '3']]);
  });

  it('orders the actuals by the charter order of objectives, then by period', () => {
    expect(
      triples([
        { objective: 'new-deals', period: 'FY2027-Q3', value: '1' },
        { objective: 'services-revenue', period: 'FY2027-Q3', value: '1' },
        { objective: 'new-deals', period: 'FY2027-Q1', value: '1' },
      ]).map(([objective, period]) => `${objective} ${period}`),
    ).toEqual(['services-revenue FY2027-Q3', 'new-deals FY2027-Q1', 'new-deals FY2027-Q3']);
  });

  it('accepts safe integers as values, as toDecimal does', () => {
    expect(triples([{ objective: 'new-deals', period: 'FY2027-Q1', value: 4 }])).toEqual([
      ['new-deals', 'FY2027-Q1', '4'],
    ]);
  });

  it('gives actuals that replace the document ones and feed progress', () => {
    const actuals = toActuals(
      [{ objective: 'services-revenue', period: 'FY2027-Q1', value: '560000.00' }],
      northwind,
    );
    const partnership = parsePartnership(northwind);
    const progress = evaluatePartnershipProgress(
      { ...partnership, actuals },
      { asOf: '2026-11-15' },
    );
    // 560000 actual against 560000 expected to date: pace 1.
    expect(progress.objectives[0]?.pace?.toString()).toBe('1');
  });

  it('returns no actuals for no rows', () => {
    expect(toActuals([], northwind)).toEqual([]);
  });

  it('reports every bad row with its index and column, dropping none', () => {
    const error = errorOf(() =>
      toActuals(
        [
          { objective: 'new-deal', period: 'FY2027-Q2', value: '5' },
          { objective: 'new-deals', period: 'FY2031-Q2', value: '5.5' },
          { objective: 'new-deals', period: 'FY2027-Q2', date: '2026-10-01', value: '' },
          { objective: 'new-deals', value: '1' },
          { objective: 'certified-consultants', period: 'FY2027-Q2', value: '12' },
          { objective: 'certified-consultants', period: 'FY2027-Q2', value: '13' },
          { objective: 'practice-utilization', date: '2026-13-01', value: '1,5' },
          { objective: 'resale-arr', date: '2026-10-01', value: '1' },
          { objective: 'resale-arr', date: '2026-10-01', value: '2' },
          { objective: 'new-deals', period: 'FY2027-W01', value: '1' },
          { objective: 'new-deals', date: '2030-01-01', value: '1' },
          5 as unknown as Row,
        ],
        northwind,
      ),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['unknown-reference', 'rows.0.objective'],
      ['outside-horizon', 'rows.1.period'],
      ['too-precise', 'rows.1.value'],
      ['invalid-value', 'rows.2.period'],
      ['required', 'rows.2.value'],
      ['required', 'rows.3.period'],
      ['duplicate-entry', 'rows.5.period'],
      ['invalid-date', 'rows.6.date'],
      ['invalid-decimal', 'rows.6.value'],
      ['duplicate-entry', 'rows.8.date'],
      ['unsupported-granularity', 'rows.9.period'],
      ['outside-horizon', 'rows.10.date'],
      ['invalid-type', 'rows.11'],
    ]);
    expect(formatIssues(error, { limit: 4 })).toMatchInlineSnapshot(`
      "Invalid rows of actuals: 13 issues
      • Row 1 › Objective: No objective of the partnership has this id
        received "new-deal"; expected the id of an objective of the partnership, such as "services-revenue"
      • Row 2 › Period: FY2031-Q2 lies outside the horizon of objective "new-deals" (2026-07-01 to 2029-06-30)
        received "FY2031-Q2"; expected a period overlapping 2026-07-01 to 2029-06-30
      • Row 2 › Value: More decimals than the 0 of objective "new-deals"
        received "5.5"; expected a value with at most 0 decimal places
      • Row 3 › Period: Both a period and a date: the row must give one
        received "FY2027-Q2" and "2026-10-01"; expected a period key in "period" or a date in "date", not both
      ... and 9 more"
    `);
  });

  it('names the first of two rows that give a stock a value for one period', () => {
    const error = errorOf(() =>
      toActuals(
        [
          { objective: 'certified-consultants', period: 'FY2027-Q2', value: '12' },
          { objective: 'certified-consultants', date: '2026-12-01', value: '13' },
        ],
        northwind,
      ),
    );
    expect(error.issues[0]?.message).toMatchInlineSnapshot(
      `"Row 1 already gives objective "certified-consultants" a value for FY2027-Q2; a stock takes one level per period, or the latest of dated values"`,
    );
    expect(error.issues[0]?.params).toEqual({
      objective: 'certified-consultants',
      period: 'FY2027-Q2',
      first: 1,
    });
  });

  it('refuses two values of an average metric for one period', () => {
    const rows = [
      { objective: 'modules-per-customer', period: 'FY2027-Q1', value: '2' },
      { objective: 'modules-per-customer', period: 'FY2027-Q1', value: '3' },
    ];
    expect(errorOf(() => toActuals(rows, lumen)).issues[0]?.message).toContain(
      'an average takes one value per period',
    );
  });

  it('refuses a date for an objective without a cascade granularity, unless one is given', () => {
    const rows = [{ objective: 'modules-per-customer', date: '2026-03-10', value: '2' }];
    expect(errorOf(() => toActuals(rows, lumen)).issues[0]?.message).toBe(
      'Objective "modules-per-customer" has no cascade granularity to put a date into a period',
    );
    // Lumen's year starts in February: March is in its first quarter (February to April).
    expect(triples(rows, lumen, { granularity: 'quarter' })).toEqual([
      ['modules-per-customer', 'FY2027-Q1', '2'],
    ]);
  });

  it('checks its arguments', () => {
    expect(errorOf(() => toActuals('rows' as never, northwind)).issues[0]?.path).toEqual(['rows']);
    expect(
      errorOf(() => toActuals([], northwind, { granularity: 'day' } as never)).issues[0],
    ).toMatchObject({
      code: 'invalid-value',
      path: ['options', 'granularity'],
    });
    expect(
      errorOf(() => toActuals([], northwind, { colums: {} } as never)).issues[0],
    ).toMatchObject({
      code: 'unknown-field',
      path: ['options', 'colums'],
    });
    expect(
      errorOf(() => toActuals([], northwind, { columns: { value: '' } })).issues[0]?.path,
    ).toEqual(['options', 'columns', 'value']);
    expect(errorOf(() => toActuals([], { name: 'x' } as never)).issues[0]?.path[0]).toBe(
      'partnership',
    );
  });

  it('changes neither the rows nor the partnership', () => {
    const rows = deepFreeze([
      { objective: 'new-deals', date: '2026-10-02', value: '2' },
      { objective: 'new-deals', date: '2026-10-03', value: '2' },
    ]);
    expect(triples(rows, deepFreeze(structuredClone(northwind)))).toEqual([
      ['new-deals', 'FY2027-Q2', '4'],
    ]);
  });

  test.prop([
    fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 364 }),
        value: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      }),
      { maxLength: 40 },
    ),
  ])('keeps the total of a flow, in any row order', (deals) => {
    const date = (day: number) =>
      new Date(Date.UTC(2026, 6, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const rows = deals.map(({ day, value }) => ({
      objective: 'services-revenue',
      date: date(day),
      value: `${value}.01`,
    }));
    const total = (list: ReadonlyArray<Row>) =>
      toActuals(list, northwind)
        .reduce((sum, actual) => sum.plus(actual.value), toDecimal(0))
        .toString();
    const expected = rows.reduce((sum, row) => sum.plus(row.value), toDecimal(0)).toString();
    expect(total(rows)).toBe(expected);
    expect(total([...rows].reverse())).toBe(expected);
  });
});

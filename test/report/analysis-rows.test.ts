import { describe, expect, it } from 'vitest';
import {
  analyzePartnership,
  analyzePortfolio,
  type PartnershipAnalysis,
  samples,
} from '../../src/index.js';
import { diagnosisCauseRows, objectivePlanRows, portfolioRows } from '../../src/report.js';
import { deepFreeze } from '../money/deep-freeze.js';

const asOf = '2026-11-27';
const northwind = analyzePartnership(samples.northwindAdvisory, { asOf });
const lumen = analyzePartnership(samples.lumenField, { asOf });
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Every numeric column equals its exact decimal string read as a number (null with null). */
function expectPairsAgree(rows: ReadonlyArray<object>): void {
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    const pairs = Object.keys(record).filter((k) => k.endsWith('Exact'));
    expect(pairs.length).toBeGreaterThan(0);
    for (const key of pairs) {
      const exact = record[key] as string | null;
      expect(record[key.slice(0, -'Exact'.length)]).toBe(exact === null ? null : Number(exact));
    }
  }
}

function issueOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const [first] = (error as { issues: Array<{ code: string; path: unknown[] }> }).issues;
    return `${first?.code} at ${first?.path.join('.')}`;
  }
  return 'no error';
}

describe('diagnosisCauseRows', () => {
  it('lists the causes ranked, each with its remedy and the points it gains', () => {
    const rows = diagnosisCauseRows(lumen);
    expect(rows.map((r) => [r.rank, r.code, r.severity, r.objectives, r.remedyGainExact])).toEqual([
      [1, 'goals-assigned', 'warning', 'discount-depth; joint-wins', '3.33333333333'],
      [2, 'margin-below-benchmark', 'warning', '', '2.75'],
      [3, 'actuals-missing', 'warning', 'modules-per-customer', null],
      [4, 'behind-straight-line-only', 'info', 'active-users; joint-wins', null],
    ]);
    expect(rows[1]?.remedy).toBe('Raise the resale margin from 10% to the benchmark of 12%');
    expect(rows[2]?.remedy).toBeNull();
    expect(rows[0]?.evidence).toBe(
      'Goal of discount-depth assigned by the vendor: 19.5 (goals[3].provenance.status); Goal of joint-wins assigned by the vendor: 3 (goals[4].provenance.status)',
    );
    expectPairsAgree(rows);
  });

  it('reads the analysis from JSON, and refuses what is not one', () => {
    expect(diagnosisCauseRows(json(lumen))).toEqual(diagnosisCauseRows(lumen));
    expect(
      [
        () => diagnosisCauseRows(undefined as never),
        () =>
          diagnosisCauseRows({
            ...json(lumen),
            diagnosis: { ...json(lumen).diagnosis, causes: 'none' },
          } as never),
      ].map(issueOf),
    ).toMatchInlineSnapshot(`
      [
        "required at analysis",
        "invalid-type at analysis.diagnosis.causes",
      ]
    `);
  });

  it('never changes the analysis it reads', () => {
    const frozen = deepFreeze(json(northwind)) as PartnershipAnalysis;
    expect(diagnosisCauseRows(frozen)).toEqual(diagnosisCauseRows(northwind));
  });
});

describe('objectivePlanRows', () => {
  it('writes each objective’s plan per period: step, goal, departure, plan, actual, replan', () => {
    const rows = objectivePlanRows(northwind);
    const services = rows.filter((r) => r.objective === 'services-revenue');
    // FY2027-Q1: the agreed goal 560,000 departs from the step 690,135.94 by −130,135.94, that is
    // −18.9 % of the step; the plan holds the goal, and the actual was 548,300.
    expect(services[0]).toMatchObject({
      period: 'FY2027-Q1',
      state: 'completed',
      stepExact: '690135.94',
      goalExact: '560000.00',
      provenance: 'agreed',
      departureExact: '-130135.94',
      departurePercent: -18.9,
      plannedExact: '560000.00',
      actual: 548300,
      replanned: null,
    });
    // FY2027-Q2 is running: no actual yet, and a replanned value after Q1's shortfall.
    expect(services[1]).toMatchObject({
      state: 'current',
      actual: null,
      replannedExact: '818785.25',
    });
    expect(new Set(rows.map((r) => r.objective)).size).toBe(northwind.objectives.length);
    expect(rows.length).toBe(
      northwind.objectives.reduce((sum, o) => sum + o.plan.periods.length, 0),
    );
    expectPairsAgree(rows);
    expectPairsAgree(objectivePlanRows(lumen));
  });

  it('sums to the plan: a flow’s planned amounts add up to what the analysis plans', () => {
    for (const analysis of [northwind, lumen]) {
      for (const objective of analysis.objectives) {
        const rows = objectivePlanRows(analysis).filter((r) => r.objective === objective.objective);
        expect(rows.map((r) => r.plannedExact)).toEqual(
          objective.plan.periods.map((p) => p.planned),
        );
      }
    }
  });

  it('refuses what is not an analysis', () => {
    expect(issueOf(() => objectivePlanRows({ objectives: [] } as never))).toMatchInlineSnapshot(
      `"required at analysis.asOf"`,
    );
  });
});

describe('portfolioRows', () => {
  const items = [
    { id: 'northwind.json', document: samples.northwindAdvisory },
    { id: 'lumen.json', document: samples.lumenField },
  ];

  it('writes one flat row per partnership analysed, from the analysis or its rows', async () => {
    const portfolio = await analyzePortfolio(items, { asOf });
    const rows = portfolioRows(portfolio);
    expect(rows.map((r) => [r.id, r.status, r.atRisk, r.grade, r.topCause])).toEqual([
      ['northwind.json', 'on-plan', false, 'B', 'goals-assigned'],
      ['lumen.json', 'behind', true, 'B', 'goals-assigned'],
    ]);
    expect(rows[0]).toMatchObject({
      partner: 'Northwind Advisory',
      currency: 'USD',
      scoreExact: '82.9124892327024',
      display: '82.9',
      causes: 'goals-assigned; capacity-shortfall; behind-straight-line-only',
      flowTargetExact: '11510749.39',
      objectives: 5,
    });
    expect(portfolioRows(portfolio.rows)).toEqual(rows);
    expect(portfolioRows(json(portfolio))).toEqual(rows);
    expectPairsAgree(rows);
    for (const row of rows) {
      for (const value of Object.values(row)) {
        expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
      }
    }
  });

  it('refuses what is neither a portfolio nor its rows', () => {
    expect(
      [
        () => portfolioRows('rows' as never),
        () => portfolioRows({ rows: [{ kind: 'analysed' }] } as never),
      ].map(issueOf),
    ).toMatchInlineSnapshot(`
      [
        "invalid-type at portfolio",
        "required at portfolio.rows.0.id",
      ]
    `);
  });
});

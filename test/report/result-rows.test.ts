import { describe, expect, it } from 'vitest';
import {
  computeEconomics,
  parsePartnership,
  rankImprovements,
  rankLevers,
  samples,
  scoreAlignment,
  toDecimal,
} from '../../src/index.js';
import {
  alignmentComponentRows,
  economicsSourceRows,
  findingRows,
  improvementRows,
  leverRows,
  motiveRows,
} from '../../src/report.js';
import { deepFreeze } from '../money/deep-freeze.js';

const asOf = '2026-11-27';
const northwind = parsePartnership(samples.northwindAdvisory);
const lumen = parsePartnership(samples.lumenField);
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Every numeric column equals its exact decimal string read as a number (null with null). */
function expectPairsAgree(rows: ReadonlyArray<object>): void {
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (const key of Object.keys(record).filter((k) => k.endsWith('Exact'))) {
      const exact = record[key] as string | null;
      expect(record[key.slice(0, -'Exact'.length)]).toBe(exact === null ? null : Number(exact));
    }
  }
}

function issueOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const issue = (error as { issues?: Array<{ code: string; path: unknown[] }> }).issues?.[0];
    return `${issue?.code} at ${issue?.path.join('.')}`;
  }
  return 'no error';
}

describe('alignmentComponentRows and motiveRows', () => {
  for (const partnership of [northwind, lumen]) {
    const score = scoreAlignment(partnership, { asOf });
    it(`add up to the score's subtotal and motive fit for ${partnership.id}`, () => {
      const components = alignmentComponentRows(score);
      expectPairsAgree(components);
      const points = components.reduce((sum, row) => sum.plus(row.pointsExact), toDecimal(0));
      expect(points.eq(score.subtotal)).toBe(true);
      const motives = motiveRows(score);
      expectPairsAgree(motives);
      const fit = components.find((row) => row.component === 'motive-fit');
      const motivePoints = motives.reduce((sum, row) => sum.plus(row.pointsExact), toDecimal(0));
      expect(motivePoints.eq(fit?.pointsExact ?? '0')).toBe(true);
      expect(motiveRows(json(score))).toEqual(motives);
      expect(alignmentComponentRows(json(score))).toEqual(components);
    });
  }

  it('show the economics component of Northwind as the score explains it', () => {
    // Economics scores 90 with weight 0.1: 9 points (AlignmentComponent's example).
    const row = alignmentComponentRows(scoreAlignment(northwind, { asOf }))[1];
    expect([row?.component, row?.score, row?.weightExact, row?.points]).toEqual([
      'economics',
      90,
      '0.1',
      9,
    ]);
  });

  it('refuse what is not a score', () => {
    const score = json(scoreAlignment(northwind, { asOf }));
    expect([
      issueOf(() => alignmentComponentRows(null as never)),
      issueOf(() =>
        motiveRows({ ...score, motives: [{ ...score.motives[0], coverage: 'most' }] } as never),
      ),
      issueOf(() => alignmentComponentRows({ ...score, components: [{ id: 'charm' }] } as never)),
    ]).toEqual([
      'invalid-type at score',
      'invalid-decimal at score.motives.0.coverage',
      'invalid-value at score.components.0.id',
    ]);
  });
});

describe('findingRows', () => {
  it('writes subjects, message and evidence with document paths as text', () => {
    const rows = findingRows([
      {
        code: 'goals-assigned',
        severity: 'warning',
        subjects: [{ kind: 'goal', id: 'FY2027-Q1' }, { kind: 'partnership' }],
        evidence: [
          { label: 'Goal target', value: '1200000', path: ['goals', 3, 'target'] },
          { label: 'Assigned goals', value: '4' },
        ],
        params: {},
        message: '4 of 5 goals were assigned, not agreed',
      },
    ]);
    expect(rows).toEqual([
      {
        code: 'goals-assigned',
        severity: 'warning',
        subjects: 'goal FY2027-Q1; partnership',
        message: '4 of 5 goals were assigned, not agreed',
        evidence: 'Goal target: 1200000 (goals[3].target); Assigned goals: 4',
      },
    ]);
  });

  it('reads the findings of every engine, as returned or as JSON', () => {
    const score = scoreAlignment(northwind, { asOf });
    const economics = computeEconomics(northwind);
    expect(findingRows(score.findings).map((row) => row.code)).toEqual(
      score.findings.map((finding) => finding.code),
    );
    expect(findingRows(json(economics.findings))).toEqual(findingRows(economics.findings));
    expect(issueOf(() => findingRows([{ code: 'x', severity: 'fatal' }] as never))).toBe(
      'invalid-value at findings.0.severity',
    );
  });
});

describe('improvementRows', () => {
  it('ranks from 1 and drops the changed partnership', () => {
    const improvements = rankImprovements(northwind, { asOf });
    const rows = improvementRows(improvements);
    expectPairsAgree(rows);
    expect(rows.map((row) => row.rank)).toEqual(improvements.map((_, i) => i + 1));
    expect(rows[0]).toMatchObject({ kind: 'serve-motive', subject: 'retention' });
    expect(Object.keys(rows[0] ?? {})).not.toContain('partnership');
    expect(improvementRows(json(improvements))).toEqual(rows);
    expect(issueOf(() => improvementRows([{ ...improvements[0], kind: 'bribe' }] as never))).toBe(
      'invalid-value at improvements.0.kind',
    );
  });
});

describe('economicsSourceRows and leverRows', () => {
  const economics = computeEconomics(northwind);
  it('add up to the total revenue and gross profit, by total and by period', () => {
    const total = economicsSourceRows(economics);
    expectPairsAgree(total);
    expect(total.every((row) => row.period === null && row.currency === 'USD')).toBe(true);
    const sum = (rows: typeof total, key: 'revenueExact' | 'grossProfitExact') =>
      rows.reduce((acc, row) => acc.plus(row[key]), toDecimal(0));
    expect(sum(total, 'grossProfitExact').eq(economics.total.grossProfit.amount)).toBe(true);
    expect(sum(total, 'revenueExact').eq(economics.total.revenue.amount)).toBe(true);
    const byPeriod = economicsSourceRows(economics, { by: 'period' });
    expectPairsAgree(byPeriod);
    expect(byPeriod).toHaveLength(economics.periods.length * economics.total.sources.length);
    expect(sum(byPeriod, 'grossProfitExact').eq(economics.total.grossProfit.amount)).toBe(true);
    expect(economicsSourceRows(json(economics), { by: 'period' })).toEqual(byPeriod);
    expect(issueOf(() => economicsSourceRows(economics, { by: 'year' } as never))).toBe(
      'invalid-value at options.by',
    );
  });

  it('list ranked levers first, then those that do not apply with their reason', () => {
    const ranking = rankLevers(lumen, { source: 'actuals' });
    const rows = leverRows(ranking);
    expectPairsAgree(rows);
    const ranked = rows.filter((row) => row.applies);
    expect(ranked.map((row) => row.rank)).toEqual(ranked.map((_, i) => i + 1));
    expect(rows.slice(ranked.length).every((row) => row.rank === null && row.reason !== null)).toBe(
      true,
    );
    expect(leverRows(json(ranking))).toEqual(rows);
    expect(issueOf(() => leverRows({ ...json(ranking), currency: 7 } as never))).toBe(
      'invalid-type at ranking.currency',
    );
  });

  it('never change what they read', () => {
    const frozen = deepFreeze(json(economics));
    const before = JSON.stringify(frozen);
    economicsSourceRows(frozen, { by: 'period' });
    findingRows(frozen.findings);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

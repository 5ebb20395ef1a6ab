// The article's claims (shared/seed) as tests on the bundled samples: margin is the price of entry;
// partners act on their own strategic objectives; goals set together beat assigned quota.
import { describe, expect, it } from 'vitest';
import type { AlignmentScore } from '../../src/alignment/alignment-score.js';
import { rankImprovements } from '../../src/alignment/rank-improvements.js';
import { scoreAlignment } from '../../src/alignment/score-alignment.js';
import { ObjectiveId } from '../../src/model/ids.js';
import type { MotiveId } from '../../src/model/motive.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { Partnership } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { toDecimal } from '../../src/money/to-decimal.js';
import { deepFreeze } from '../money/deep-freeze.js';

const asOf = '2026-11-27';
const northwind: Partnership = parsePartnership(samples.northwindAdvisory);
const lumen: Partnership = parsePartnership(samples.lumenField);
const score = (p: Partnership): AlignmentScore => scoreAlignment(p, { asOf });
const withMargin = (p: Partnership, margin: string): Partnership => ({
  ...p,
  terms: { ...p.terms, resaleMargin: toDecimal(margin) },
});
const withStatus = (p: Partnership, status: 'agreed' | 'assigned'): Partnership => ({
  ...p,
  goals: p.goals.map((goal) => ({
    ...goal,
    provenance:
      status === 'agreed'
        ? { status, agreedBy: [p.charter.stakeholders[0]?.id ?? ('x' as never)], agreedOn: asOf }
        : { status, assignedBy: 'vendor' as const },
  })),
});
/** Adds a joint objective over the charter horizon that serves one motive strongly. */
const withObjective = (p: Partnership, motive: MotiveId): Partnership => {
  const base = p.charter.objectives[0];
  if (base === undefined) throw new Error('the sample has objectives');
  return {
    ...p,
    charter: {
      ...p.charter,
      objectives: [
        ...p.charter.objectives,
        {
          ...base,
          id: ObjectiveId.parse(`extra-${motive}`),
          metric: { ...base.metric, motives: [motive] },
          contributions: [{ motive, strength: 'strong' }],
        },
      ],
    },
  };
};
/** Removes every way the plan serves some motives: contributions and metric motives. */
const without = (p: Partnership, motives: ReadonlyArray<string>): Partnership => ({
  ...p,
  charter: {
    ...p.charter,
    objectives: p.charter.objectives.map((o) => ({
      ...o,
      contributions: o.contributions.filter((c) => !motives.includes(c.motive)),
      metric: { ...o.metric, motives: o.metric.motives.filter((m) => !motives.includes(m)) },
    })),
  },
});

describe('the article’s claims on the consulting-house sample (Northwind)', () => {
  it('has its margin at the benchmark, as the claims assume', () => {
    expect(northwind.terms.resaleMargin.eq(northwind.terms.benchmarkMargin)).toBe(true);
  });

  it('gains less from four more margin points than from one objective strongly serving utilization', () => {
    const base = score(northwind).score;
    const margin = score(withMargin(northwind, '0.19')).score.minus(base);
    const utilization = score(withObjective(northwind, 'consultant-utilization')).score.minus(base);
    expect(margin.gt(0)).toBe(true);
    expect(margin.lt(utilization)).toBe(true);
    // margin: economics 90 → 100 − 10 × 0.15 / 0.19 = 92.105 → +2.105 × 0.10 = +0.21;
    // utilization (weight 0.20) covered 0.915625 → 1 − 0.084375 × 0.2 = 0.983125, so
    // +0.0675 × 0.20 × 100 × 0.45 = +0.6075.
    expect([margin.toFixed(2), utilization.toFixed(4)]).toEqual(['0.21', '0.6075']);
  });

  it('scores the same plan lower with its goals assigned than agreed', () => {
    const assigned = score(withStatus(northwind, 'assigned'));
    const agreed = score(withStatus(northwind, 'agreed'));
    expect(assigned.score.lt(agreed.score)).toBe(true);
    expect(agreed.score.minus(assigned.score).toFixed(2)).toBe('10.00');
  });

  it('keeps the grade at the bottom with a margin far below the benchmark, whatever the plan', () => {
    const low = withMargin(northwind, '0.05');
    expect(score(low).grade).toBe('E');
    // Even a better plan in every other respect stays at the bottom.
    const better = withStatus(
      withObjective(withObjective(low, 'retention'), 'bill-rate'),
      'agreed',
    );
    expect(score(better).grade).toBe('E');
    expect(rankImprovements(better, { asOf })[0]?.kind).toBe('raise-margin');
  });
});

describe('the article’s claims on the solution-provider sample (Lumen)', () => {
  it('rewards users, subscriptions and discount discipline over margin', () => {
    const base = score(lumen);
    const toBenchmark = score(withMargin(lumen, '0.12')).score.minus(base.score);
    for (const motive of ['user-growth', 'subscription-revenue', 'discount-discipline']) {
      const lost = base.score.minus(score(without(lumen, [motive])).score);
      expect([motive, lost.gt(toBenchmark)]).toEqual([motive, true]);
    }
    // The plan stripped of those three motives scores below the sample even at twice the benchmark.
    const stripped = withMargin(
      without(lumen, ['user-growth', 'subscription-revenue', 'discount-discipline']),
      '0.24',
    );
    expect(score(stripped).score.lt(base.score)).toBe(true);
  });
});

describe('scoreAlignment on the bundled samples', () => {
  it('scores both samples, explained line by line', () => {
    const rows = [northwind, lumen].map((p) => {
      const report = score(p);
      return [report.display, report.grade, report.components.map((c) => c.score.toFixed(1))];
    });
    expect(rows).toMatchInlineSnapshot(`
      [
        [
          "82.9",
          "B",
          [
            "70.6",
            "90.0",
            "85.7",
            "100.0",
            "100.0",
          ],
        ],
        [
          "78.8",
          "B",
          [
            "72.4",
            "62.5",
            "75.0",
            "100.0",
            "100.0",
          ],
        ],
      ]
    `);
  });

  it('never mutates the partnership it scores or improves', () => {
    const frozen = deepFreeze(parsePartnership(samples.lumenField));
    expect(() => rankImprovements(frozen, { asOf })).not.toThrow();
  });

  it('gives byte-identical JSON for identical inputs', () => {
    const again = parsePartnership(samples.northwindAdvisory);
    expect(JSON.stringify(score(again))).toBe(JSON.stringify(score(northwind)));
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyzePartnership } from '../../src/analysis/analyze-partnership.js';
import type { DiagnosisCode } from '../../src/analysis/diagnosis.js';
import { diagnosisRemedies } from '../../src/analysis/diagnosis-remedies.js';
import type { PartnershipJson } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { assignedAbovePath, copy, seasonalOnPlan } from './fixtures.js';

const behindOn = '2027-05-15';
const codes = (document: PartnershipJson, asOf = behindOn) =>
  analyzePartnership(document, { asOf, improvements: 'none' }).diagnosis.causes.map(
    (cause) => cause.code,
  );
const causeOf = (document: PartnershipJson, code: DiagnosisCode, asOf = behindOn) =>
  analyzePartnership(document, { asOf, improvements: 'none' }).diagnosis.causes.find(
    (cause) => cause.code === code,
  );

/** The seasonal partner with an economics profile: consulting on every booking. */
function withEconomics(totalGrossProfit: string): PartnershipJson {
  const document = copy(seasonalOnPlan);
  return {
    ...document,
    economics: {
      vendorRevenue: { objective: 'bookings' },
      totalGrossProfit: { amount: totalGrossProfit, currency: 'USD' },
      services: {
        attachRatio: '1',
        billRate: { amount: '100.00', currency: 'USD' },
        deliveryCostRate: { amount: '40.00', currency: 'USD' },
        billableHeadcount: '1',
        utilization: '50',
      },
    },
  };
}

describe('the diagnosis of analyzePartnership', () => {
  it('finds assigned goals, naming their objectives and the paths of their provenance', () => {
    const cause = causeOf(assignedAbovePath, 'goals-assigned');
    expect(cause?.message).toBe(
      '2 of 2 period goals were assigned rather than agreed with the partner (deals)',
    );
    expect(cause?.evidence.map((item) => item.path)).toEqual([
      ['goals', 0, 'provenance', 'status'],
      ['goals', 1, 'provenance', 'status'],
    ]);
  });

  it('finds a goal above the path only when a partner on the path would not be on track', () => {
    // 10.5 against a step of 10: pace 10 / 10.5 = 0.952, on track: not above the path. 10.6: 0.943.
    const near = copy(assignedAbovePath);
    const [deals] = near.charter.objectives;
    if (deals === undefined) throw new Error('fixture');
    near.charter.objectives = [{ ...deals, metric: { ...deals.metric, precision: 1 } }];
    near.goals = near.goals.map((goal) => ({ ...goal, target: '10.5' }));
    expect(codes(near)).not.toContain('goals-above-path');
    near.goals = near.goals.map((goal) => ({ ...goal, target: '10.6' }));
    // 10 / 10.6 = 0.943: at risk against the goal, not off track: a warning.
    expect(causeOf(near, 'goals-above-path')?.severity).toBe('warning');
    // Agreed goals above the path are the partner's own: not a cause.
    near.goals = near.goals.map((goal) => ({
      ...goal,
      provenance: { status: 'agreed', agreedBy: ['p-sponsor'], agreedOn: '2026-12-15' },
    }));
    expect(codes(near)).not.toContain('goals-above-path');
  });

  it('finds the top lever unserved and a small share of the partner’s profit, from the economics', () => {
    // Attach ratio pays most (one tenth more: 10 of services on 100 of bookings, 2.00 of profit);
    // it moves services revenue, which a plan for deal volume does not serve. The partnership's
    // gross profit, 35.00, is 0.35 % of the partner's 10,000.00.
    const document = withEconomics('10000.00');
    document.partner.motiveProfile = { source: 'declared', weights: { 'deal-volume': '1' } };
    const objective = document.charter
      .objectives[0] as (typeof document.charter.objectives)[number];
    document.charter.objectives = [
      {
        ...objective,
        contributions: [{ motive: 'deal-volume', strength: 'strong' }],
        metric: { ...objective.metric, motives: ['deal-volume'] },
      },
    ];
    const analysis = analyzePartnership(document, { asOf: '2027-08-15', improvements: 'none' });
    const found = analysis.diagnosis.causes;
    expect(found.map((cause) => cause.code)).toEqual([
      'top-lever-unserved',
      'small-profit-share',
      'behind-straight-line-only',
    ]);
    expect(found[0]?.message).toBe(
      "The lever that pays the partner most, attach-ratio (one step adds 2.00 USD to the partner's gross profit), moves services revenue, which the plan does not serve",
    );
    expect(found[1]?.evidence).toEqual([
      { label: 'The partnership’s share of the partner’s gross profit', value: '0.0035' },
      { label: 'Gross profit from the partnership', value: '35.00' },
      {
        label: 'The partner’s whole gross profit over the same periods',
        value: '10000.00',
        path: ['economics', 'totalGrossProfit'],
      },
    ]);
    // Not behind: these are risks ahead, so information only.
    expect(found.every((cause) => cause.severity === 'info')).toBe(true);
    expect(analysis.diagnosis.largestRisk).toBe('top-lever-unserved');
  });

  it('finds a margin below the benchmark, with margin’s share of the partner’s profit', () => {
    const document = copy(assignedAbovePath);
    document.terms = { ...document.terms, resaleMargin: '0.05' };
    const cause = causeOf(document, 'margin-below-benchmark');
    // 0.05 / 0.15 = 1/3 ≤ 0.5: the gate caps the total at 35, critical.
    expect([cause?.severity, cause?.message]).toEqual([
      'critical',
      'The resale margin (5%) is below the market benchmark (15%): the total score is capped at 35.0',
    ]);
  });

  it('finds vendor commitments due and not delivered', () => {
    const document = copy(assignedAbovePath);
    document.commitments = [
      {
        id: 'mdf',
        side: 'vendor',
        kind: 'funding',
        amount: { amount: '5000.00', currency: 'EUR' },
        period: 'FY2027-Q1',
        objectives: ['deals'],
        status: 'planned',
      },
      {
        id: 'leads',
        side: 'vendor',
        kind: 'leads',
        quantity: { value: '20', unit: 'leads' },
        period: 'FY2027-Q2',
        objectives: ['deals'],
        status: 'planned',
      },
      {
        id: 'team',
        side: 'partner',
        kind: 'resourcing',
        quantity: { value: '1', unit: 'people' },
        period: 'FY2027-Q1',
        objectives: ['deals'],
        status: 'in-progress',
      },
    ];
    // Only the vendor's Q1 funds were due (Q1 ended on 2027-03-31); Q2 runs until June.
    const cause = causeOf(document, 'commitments-overdue');
    expect(cause?.message).toBe(
      '1 vendor commitment due by 2027-05-15 is not delivered: mdf (funding, FY2027-Q1) planned',
    );
    expect(cause?.evidence).toEqual([
      { label: 'mdf (funding, FY2027-Q1)', value: 'planned', path: ['commitments', 0, 'status'] },
    ]);
    expect(cause?.objectives).toEqual(['deals']);
  });

  it('finds reviews overdue and a side without an executive sponsor', () => {
    const document = copy(assignedAbovePath);
    document.charter.reviewCadences = [
      { id: 'qbr', kind: 'business', name: 'QBR', frequency: 'quarterly', dueWithinDays: 30 },
    ];
    document.charter.stakeholders = document.charter.stakeholders.filter(
      (person) => person.id !== 'p-sponsor',
    );
    // The Q1 review was due by 2027-04-30.
    const found = analyzePartnership(document, { asOf: behindOn, improvements: 'none' }).diagnosis
      .causes;
    expect(found.find((cause) => cause.code === 'reviews-overdue')?.message).toBe(
      'The business review qbr of FY2027-Q1 was due by 2027-04-30 and has not been held',
    );
    expect(found.find((cause) => cause.code === 'sponsor-missing')?.message).toBe(
      'The partner side has no stakeholders',
    );
  });

  it('finds missing actuals, and cannot tell whether the partner is behind then', () => {
    // By 2027-10-15 Q3 (July to September) has ended without an actual.
    const analysis = analyzePartnership(seasonalOnPlan, {
      asOf: '2027-10-15',
      improvements: 'none',
    });
    expect(analysis.diagnosis.status).toBe('unknown');
    const cause = analysis.diagnosis.causes.find((c) => c.code === 'actuals-missing');
    expect([cause?.severity, cause?.message]).toEqual([
      'warning',
      'No actuals where the plan expects them: bookings (FY2027-Q3)',
    ]);
    // A step without a goal comes from the cascade: its evidence points at the objective's cascade spec.
    expect(cause?.evidence[0]?.path).toEqual(['charter', 'objectives', 0, 'cascade']);
  });

  it('ranks the most severe first, then in the order of its codes', () => {
    const document = copy(assignedAbovePath);
    document.terms = { ...document.terms, resaleMargin: '0.12' };
    // 0.12 / 0.15 = 0.8 ≥ 0.75: no cap, a warning after the critical causes and after goals-assigned.
    expect(codes(document)).toEqual([
      'goals-above-path',
      'top-motives-unserved',
      'goals-assigned',
      'margin-below-benchmark',
    ]);
  });

  it('has a row of remedies for every cause', () => {
    expect(Object.keys(diagnosisRemedies)).toEqual([
      'goals-above-path',
      'goals-assigned',
      'top-motives-unserved',
      'top-lever-unserved',
      'margin-below-benchmark',
      'small-profit-share',
      'capacity-shortfall',
      'commitments-overdue',
      'reviews-overdue',
      'sponsor-missing',
      'actuals-missing',
      'behind-straight-line-only',
    ]);
    expect(Object.isFrozen(diagnosisRemedies)).toBe(true);
  });

  it('reads the samples', () => {
    expect(codes(samples.northwindAdvisory, '2026-11-27')).toEqual([
      'goals-assigned',
      'capacity-shortfall',
      'behind-straight-line-only',
    ]);
    expect(codes(samples.lumenField, '2026-11-27')).toEqual([
      'goals-assigned',
      'margin-below-benchmark',
      'actuals-missing',
      'behind-straight-line-only',
    ]);
  });
});

/** A partnership on plan: agreed goals, actuals at or above them, delivered commitments, reviews held. */
const onPlan = fc
  .record({
    weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }),
    scale: fc.integer({ min: 1, max: 500 }),
    uplift: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 4 }),
    quarters: fc.integer({ min: 1, max: 3 }),
    margin: fc.integer({ min: 1, max: 30 }),
    commitments: fc.array(
      fc.record({
        side: fc.constantFrom('vendor', 'partner'),
        quarter: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 3 },
    ),
    economics: fc.boolean(),
  })
  .map(({ weights, scale, uplift, quarters, margin, commitments, economics }) => {
    const document = economics ? withEconomics('500.00') : copy(seasonalOnPlan);
    const total = weights.reduce((a, b) => a + b, 0);
    const goals = weights.map((w) => w * scale);
    const objective = document.charter
      .objectives[0] as (typeof document.charter.objectives)[number];
    document.charter.objectives = [
      {
        ...objective,
        target: `${total * scale}.00`,
        cascade: {
          granularity: 'quarter',
          shape: { kind: 'custom', weights: weights.map(String) },
        },
      },
    ];
    document.goals = goals.map((target, q) => ({
      objective: 'bookings',
      period: `FY2027-Q${q + 1}`,
      target: `${target}.00`,
      provenance: {
        status: 'agreed',
        agreedBy: ['v-sponsor', 'p-sponsor'],
        agreedOn: '2026-12-15',
      },
    }));
    document.actuals = goals.slice(0, quarters).map((target, q) => ({
      objective: 'bookings',
      period: `FY2027-Q${q + 1}`,
      value: `${target + (uplift[q] ?? 0)}.00`,
    }));
    document.commitments = commitments.map(({ side, quarter }, i) => ({
      id: `c${i}`,
      side,
      kind: 'enablement',
      period: `FY2027-Q${quarter}`,
      objectives: ['bookings'],
      status: 'delivered',
    }));
    document.charter.reviewsHeld = [1, 2, 3, 4].slice(0, quarters + 1).map((q) => ({
      cadence: 'qbr',
      date: `2027-${String(3 * q - 2).padStart(2, '0')}-05`,
      attendees: ['v-pam', 'p-sponsor'],
    }));
    document.terms = { ...document.terms, resaleMargin: `0.${String(margin).padStart(2, '0')}` };
    // As of the 20th of the month after the last quarter with an actual: that quarter has ended.
    const asOf = `2027-${String(3 * quarters + 1).padStart(2, '0')}-20`;
    return { document, asOf };
  });

describe('the diagnosis of a partnership on plan', () => {
  test.prop([onPlan], { numRuns: 25 })(
    'has no cause above info when goals are agreed, commitments delivered and reviews held',
    ({ document, asOf }) => {
      const { diagnosis } = analyzePartnership(document, { asOf, improvements: 'none' });
      expect(diagnosis.status).toBe('on-plan');
      expect(diagnosis.causes.filter((cause) => cause.severity !== 'info')).toEqual([]);
      expect(diagnosis.summary.startsWith(`On plan as of ${asOf}`)).toBe(true);
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/support/partnerships.js';
import {
  evaluatePartnershipProgress,
  evaluateProgress,
  type ObjectiveProgress,
  parsePartnership,
  planFromGoals,
  rollUpProgress,
  samples,
} from '../../src/index.js';
import { deepFreeze } from '../money/deep-freeze.js';
import { runs } from '../property-runs.js';
import { json, objectiveJson, partnershipJson } from './fixtures.js';

const document = partnershipJson(
  [
    objectiveJson('deals', { target: '40' }),
    objectiveJson('users', { aggregation: 'last', baseline: '0', target: '100' }),
  ],
  [
    ['deals', 'FY2027-Q1', '10'],
    ['deals', 'FY2027-Q2', '10'],
    ['users', 'FY2027-Q2', '50'],
  ],
  [
    ['deals', 'FY2027-Q1', '9'],
    ['users', 'FY2027-M03', '20'],
  ],
);

/** A result without the evidence of its findings, whose paths depend on where steps came from. */
const withoutEvidence = (progress: ObjectiveProgress) => ({
  ...(json(progress) as object),
  findings: progress.findings.map(({ evidence: _evidence, ...finding }) => json(finding)),
});

describe('evaluatePartnershipProgress', () => {
  it('evaluates every objective against its goals, with hand-checked numbers', () => {
    const result = evaluatePartnershipProgress(document, { asOf: '2027-04-15' });
    expect([result.partnership, result.asOf]).toEqual(['test-partnership', '2027-04-15']);
    const [deals, users] = result.objectives;
    // Deals: Q1 planned 10, recorded 9; Q2 runs without an actual → pace 9/10 = 0.9, at-risk;
    // attainment 9/40 = 0.225.
    expect(
      json([deals?.expectedToDate, deals?.actualToDate, deals?.pace, deals?.attainment]),
    ).toEqual(['10', '9', '0.9', '0.225']);
    expect(deals?.status.status).toBe('at-risk');
    // Users (a stock): 0 on 2026-12-31, goal 50 at Q2's end (2027-06-30, 181 days on), then on to
    // the target 100 at 2027-12-31. The March level 20 refers to 2027-03-31, 90 days on: the plan
    // expects 50 × 90/181 = 24.8618…, so pace 20 / 24.8618… = 0.8044 → at-risk.
    expect([users?.kind, users?.measuredAt, users?.expectedToDate.toFixed(4)]).toEqual([
      'stock',
      '2027-03-31',
      '24.8619',
    ]);
    expect([users?.pace?.toFixed(4), users?.status.status]).toEqual(['0.8044', 'at-risk']);
    // The roll-up: (0.225 + 0.2) / 2 = 0.2125 (users: progress 20/100 = 0.2).
    expect(json(result.rollUp.attainment)).toBe('0.2125');
  });

  it('gives each objective what evaluateProgress gives it with planFromGoals', () => {
    for (const source of [samples.northwindAdvisory, samples.lumenField, document]) {
      const partnership = parsePartnership(source);
      const options = { asOf: '2026-11-15', forecast: 'run-rate' } as const;
      const all = evaluatePartnershipProgress(partnership, options);
      const one = partnership.charter.objectives.map((objective) =>
        evaluateProgress(
          planFromGoals(partnership, objective.id),
          partnership.actuals,
          partnership.calendar,
          options,
        ),
      );
      expect(all.objectives.map(withoutEvidence)).toEqual(one.map(withoutEvidence));
      expect(json(all.rollUp)).toEqual(json(rollUpProgress(one)));
    }
  });

  it('points the evidence of findings into the document', () => {
    const gap = partnershipJson(
      [objectiveJson('deals')],
      [
        ['deals', 'FY2027-Q1', '10'],
        ['deals', 'FY2027-Q2', '10'],
      ],
      [
        ['deals', 'FY2027-Q2', '9'],
        ['deals', 'FY2027-M07', '3'],
      ],
    );
    const [deals] = evaluatePartnershipProgress(gap, { asOf: '2027-07-31' }).objectives;
    expect(deals?.missingActuals).toEqual(['FY2027-Q1']);
    expect(deals?.findings.map((f) => [f.code, f.evidence.map((e) => e.path)])).toEqual([
      ['actual-granularity-mismatch', [['actuals', 1]]],
      ['actuals-missing', [['goals', 0, 'period']]],
    ]);
  });

  it('measures an objective against the steps given for it instead of its goals', () => {
    const steps = {
      deals: ['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4'].map((period) => ({
        period,
        target: '10',
      })),
    };
    const result = evaluatePartnershipProgress(document, { asOf: '2027-04-15', steps });
    const deals = result.objectives[0];
    expect(deals?.periods.map((p) => p.key)).toEqual([
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
      'FY2027-Q4',
    ]);
    // The plan's end is now the horizon's: 10 × 4 = 40 to reach.
    expect([deals?.planEnd, json(deals?.requiredRate.toReach)]).toEqual(['2027-12-31', '40']);
    // Users keeps its goals.
    expect(result.objectives[1]?.periods.map((p) => p.key)).toEqual(['FY2027-Q2']);
  });

  it('never mutates the partnership', () => {
    const frozen = deepFreeze(parsePartnership(samples.northwindAdvisory));
    const before = JSON.stringify(frozen);
    evaluatePartnershipProgress(frozen, deepFreeze({ asOf: '2026-11-15' }));
    expect(JSON.stringify(frozen)).toBe(before);
  });

  test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1500 })], {
    numRuns: runs(40),
  })(
    'gives the same result as evaluating each objective alone, on generated partnerships',
    (seed, day) => {
      const partnership = parsePartnership(generatePartnership(seed));
      const asOf = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      const all = evaluatePartnershipProgress(partnership, { asOf });
      partnership.charter.objectives.forEach((objective, i) => {
        const one = evaluateProgress(
          planFromGoals(partnership, objective.id),
          partnership.actuals,
          partnership.calendar,
          { asOf },
        );
        expect(withoutEvidence(all.objectives[i] as ObjectiveProgress)).toEqual(
          withoutEvidence(one),
        );
      });
    },
  );
});

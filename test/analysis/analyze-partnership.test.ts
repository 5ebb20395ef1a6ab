import { describe, expect, it } from 'vitest';
import { analyzePartnership } from '../../src/analysis/analyze-partnership.js';
import { isValidationError } from '../../src/errors.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { PartnershipJson } from '../../src/model/partnership.js';
import { samples } from '../../src/model/samples.js';
import { assignedAbovePath, copy, seasonalOnPlan } from './fixtures.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};
const issuesOf = (call: () => unknown): string[] => {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('analyzePartnership', () => {
  it('ranks goals assigned above the strategic path and the unserved top motive first, with the numbers', () => {
    // As of 2027-05-15, Q1 (Jan–Mar) has ended with 10 deals; Q2 is running without an actual, so
    // it is left out of both sides: expected to date is the Q1 goal, 13. Pace 10 / 13 = 0.7692,
    // below the at-risk threshold 0.8: off track.
    const analysis = analyzePartnership(assignedAbovePath, { asOf: '2027-05-15' });
    const { diagnosis } = analysis;
    expect(diagnosis.status).toBe('behind');
    expect(diagnosis.behind).toEqual([
      {
        objective: 'deals',
        status: 'off-track',
        pace: expect.stringMatching(/^0\.7692/),
        gap: '-3',
      },
    ]);
    expect(diagnosis.causes.map((cause) => [cause.code, cause.severity])).toEqual([
      ['goals-above-path', 'critical'],
      ['top-motives-unserved', 'critical'],
      ['goals-assigned', 'warning'],
    ]);
    // Each goal of 13 lies 3 above the step of 10 (40 / 4 quarters): 3 / 10 = 30.0 %. A partner
    // delivering the path would pace 10 / 13 = 0.7692 < 0.8 against the goal: critical.
    const [above, motives] = diagnosis.causes;
    expect(above?.evidence.slice(0, 5)).toEqual([
      { label: 'Assigned goal deals FY2027-Q1', value: '13', path: ['goals', 0, 'target'] },
      { label: 'Step of the strategic path, deals FY2027-Q1', value: '10' },
      { label: 'Departure from the step, deals FY2027-Q1', value: '3' },
      { label: 'Departure in percent, deals FY2027-Q1', value: '30.0' },
      { label: 'Pace of a partner on the path, deals FY2027-Q1', value: '0.7692' },
    ]);
    expect(above?.objectives).toEqual(['deals']);
    expect(above?.params).toEqual({ goals: 2, largestPercent: '30' });
    // The top motives weigh at least half: services revenue alone (0.6), which nothing serves.
    expect(motives?.subjects).toEqual([{ kind: 'motive', id: 'services-revenue' }]);
    expect(motives?.message).toBe(
      'The plan serves 0% of what the partner cares about most: services revenue (60% of its motives) covered 0%',
    );
    expect(motives?.evidence[0]).toEqual({
      label: 'Weight of services revenue',
      value: '0.6',
      path: ['partner', 'motiveProfile', 'weights', 'services-revenue'],
    });
    // Remedies: agreeing the assigned goals, and serving services revenue; each with its gain.
    expect(above?.remedy?.kind).toBe('agree-assigned-goals');
    expect(motives?.remedy).toMatchObject({ kind: 'serve-motive', subject: 'services-revenue' });
    const improvement = analysis.improvements?.[motives?.remedy?.improvement ?? -1];
    expect(improvement?.gain).toBe(motives?.remedy?.gain);
    expect(improvement?.remedies).toEqual(['top-motives-unserved']);
    expect(diagnosis.summary).toMatchInlineSnapshot(
      `"Behind as of 2027-05-15: 1 of 1 objective is at risk or off track (deals off-track, pace 0.7692). First cause: 2 assigned goals ask more than the strategic path: deals FY2027-Q1: 13 against a step of 10, 3 (30.0%) above it; deals FY2027-Q2: 13 against a step of 10, 3 (30.0%) above it."`,
    );
  });

  it('says a partner behind only against a straight line is on plan', () => {
    // Steps 10, 10, 20, 60 (weights 1, 1, 2, 6 of 100). By 2027-08-15 Q1 and Q2 are in at 10
    // each: 20 against 20 expected, pace 1, on track. A straight line expects 100 × 181/365 =
    // 49.59 by the end of June: pace 20 / 49.59 = 0.4033, off track.
    const analysis = analyzePartnership(seasonalOnPlan, { asOf: '2027-08-15' });
    const [bookings] = analysis.objectives;
    expect(bookings?.plan.periods.map((period) => period.step)).toEqual([
      '10.00',
      '10.00',
      '20.00',
      '60.00',
    ]);
    expect([bookings?.progress.status, bookings?.progress.pace]).toEqual(['on-track', '1']);
    expect(bookings?.progress.straightLine.expectedToDate.slice(0, 5)).toBe('49.58');
    expect(bookings?.progress.straightLine.status).toBe('off-track');
    expect(analysis.diagnosis.status).toBe('on-plan');
    expect(analysis.diagnosis.causes.map((cause) => [cause.code, cause.severity])).toEqual([
      ['behind-straight-line-only', 'info'],
    ]);
    expect(analysis.diagnosis.summary).toMatchInlineSnapshot(
      `"On plan as of 2027-08-15: every objective is on track, ahead or achieved. bookings is on plan, and only looks behind against a straight line to the target: the plan expects more later in the horizon. Nothing stands in the way."`,
    );
  });

  it('plans every period: the step, the goal with its provenance and departure, and the replanned remaining steps', () => {
    // Q1 delivered 4 of a step of 10: 36 remain for three steps of 10 (30), a gap of 6; keeping
    // the shape spreads 36 in proportion 10 : 10 : 10, so 12 each.
    const behind = copy(assignedAbovePath);
    behind.actuals = [{ objective: 'deals', period: 'FY2027-Q1', value: '4' }];
    const [deals] = analyzePartnership(behind, { asOf: '2027-05-15' }).objectives;
    expect(
      deals?.plan.periods.map((p) => [
        p.period,
        p.state,
        p.step,
        p.goal?.provenance ?? null,
        p.planned,
        p.departure?.value ?? null,
        p.actual,
        p.replanned,
      ]),
    ).toEqual([
      ['FY2027-Q1', 'completed', '10', 'assigned', '13', '3', '4', null],
      ['FY2027-Q2', 'current', '10', 'assigned', '13', '3', null, '12'],
      ['FY2027-Q3', 'future', '10', null, '10', null, null, '12'],
      ['FY2027-Q4', 'future', '10', null, '10', null, null, '12'],
    ]);
    expect(deals?.plan.replan).toEqual({
      kind: 'replanned',
      policy: 'keep-shape',
      elapsed: 1,
      gap: '6',
      findings: [],
    });
    // Another policy, through the cascade options: `carry-forward` puts the gap into Q2.
    const [carried] = analyzePartnership(behind, {
      asOf: '2027-05-15',
      cascade: { replan: { policy: 'carry-forward' } },
    }).objectives;
    expect(carried?.plan.periods.map((p) => p.replanned)).toEqual([null, '16', '10', '10']);
  });

  it('feeds the partner’s economics into the alignment score', () => {
    // Northwind's plan of resold ARR reaches 5,000,000 in FY2029: 0.95 × 5,000,000 = 4,750,000 of
    // services at 185 an hour = 25,675.7 hours, against 14 × 2,080 × 0.75 = 21,840 billable at
    // the ceiling: 3,835.7 missing, 1,560 per consultant, so 3 hires.
    const analysis = analyzePartnership(samples.northwindAdvisory, { asOf: '2026-11-27' });
    const { economics, alignment } = analysis;
    expect(economics.kind).toBe('computed');
    if (economics.kind !== 'computed') return;
    expect(economics.capacityShortfall).toEqual({
      hires: 3,
      period: 'FY2029',
      periods: ['FY2029'],
    });
    expect(alignment.economics).toEqual({
      marginShareOfProfit: economics.marginShare,
      capacityShortfall: { hires: 3, period: 'FY2029' },
      topLever: {
        lever: economics.topLever?.lever,
        motive: economics.topLever?.motive,
        coverage: '0.926171875',
      },
    });
    expect(alignment.findings.map((finding) => finding.code)).toContain('capacity-shortfall');
    expect(analysis.diagnosis.causes.map((cause) => cause.code)).toContain('capacity-shortfall');
  });

  it('says why the economics are absent, and scores alignment from the document alone then', () => {
    const analysis = analyzePartnership(assignedAbovePath, { asOf: '2027-05-15' });
    expect(analysis.economics).toEqual({
      kind: 'absent',
      reason: 'The partnership document has no economics profile',
    });
    expect(analysis.alignment.economics).toBeNull();
  });

  it('keeps an objective it cannot cascade, measured against its goals, and says why', () => {
    // A geometric path needs a positive baseline to derive its rate from.
    const document = copy(assignedAbovePath);
    const [objective] = document.charter.objectives;
    if (objective === undefined) throw new Error('fixture');
    document.charter.objectives = [
      {
        ...objective,
        baseline: '0',
        cascade: { granularity: 'quarter', shape: { kind: 'geometric' } },
      },
    ];
    const [deals] = analyzePartnership(document, { asOf: '2027-05-15' }).objectives;
    expect(deals?.plan.path).toBe('goals-only');
    expect(deals?.plan.reason).toMatch(/^No strategic path: /);
    expect(deals?.plan.periods.map((p) => [p.period, p.step, p.planned])).toEqual([
      ['FY2027-Q1', null, '13'],
      ['FY2027-Q2', null, '13'],
    ]);
    expect(deals?.plan.replan).toEqual({
      kind: 'not-replanned',
      reason: 'No strategic path to replan',
    });
  });

  it('returns plain JSON data, the same for the document and its parsed form, byte for byte', () => {
    const options = { asOf: '2026-11-27' } as const;
    const analysis = analyzePartnership(samples.lumenField, options);
    const json = JSON.stringify(analysis);
    expect(JSON.stringify(structuredClone(analysis))).toBe(json);
    expect(JSON.parse(json)).toEqual(analysis);
    expect(JSON.stringify(analyzePartnership(samples.lumenField, options))).toBe(json);
    expect(JSON.stringify(analyzePartnership(parsePartnership(samples.lumenField), options))).toBe(
      json,
    );
  });

  it('never changes its input', () => {
    const frozen = deepFreeze(copy(assignedAbovePath));
    const before = JSON.stringify(frozen);
    expect(() => analyzePartnership(frozen, { asOf: '2027-05-15' })).not.toThrow();
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('computes improvements only when asked', () => {
    const asOf = '2027-08-15';
    expect(analyzePartnership(seasonalOnPlan, { asOf }).improvements?.length).toBeGreaterThan(0);
    expect(
      analyzePartnership(seasonalOnPlan, { asOf, improvements: 'at-risk' }).improvements,
    ).toBeNull();
    expect(
      analyzePartnership(seasonalOnPlan, { asOf, improvements: 'none' }).improvements,
    ).toBeNull();
    const behind = analyzePartnership(assignedAbovePath, {
      asOf: '2027-05-15',
      improvements: 'at-risk',
    });
    expect(behind.improvements?.length).toBeGreaterThan(0);
    // Without improvements, causes have no remedy.
    expect(
      analyzePartnership(assignedAbovePath, {
        asOf: '2027-05-15',
        improvements: 'none',
      }).diagnosis.causes.every((c) => c.remedy === null),
    ).toBe(true);
  });

  it('refuses a partnership or options it cannot read, naming each under its path', () => {
    const asOf = '2027-05-15';
    const call =
      (options: unknown, document: unknown = assignedAbovePath) =>
      () =>
        analyzePartnership(document as PartnershipJson, options as never);
    expect(issuesOf(call({ asOf: '15.05.2027' }))).toEqual(['invalid-date options.asOf']);
    expect(issuesOf(call(undefined))).toEqual(['required options']);
    expect(issuesOf(call({ asOf, improvement: 'all' }))).toEqual([
      'unknown-field options.improvement',
    ]);
    expect(issuesOf(call({ asOf, improvements: 'some' }))).toEqual([
      'invalid-value options.improvements',
    ]);
    expect(issuesOf(call({ asOf, progress: { asOf } }))).toEqual([
      'unknown-field options.progress.asOf',
    ]);
    expect(issuesOf(call({ asOf, progress: { thresholds: { onTrack: 'high' } } }))).toEqual([
      'invalid-decimal options.progress.thresholds.onTrack',
    ]);
    expect(issuesOf(call({ asOf, alignment: { settings: { componentWeight: {} } } }))).toEqual([
      'unknown-field options.alignment.settings.componentWeight',
    ]);
    expect(issuesOf(call({ asOf, alignment: { motives: 101 } }))).toEqual([
      'too-big options.alignment.motives',
    ]);
    expect(issuesOf(call({ asOf, economics: { source: 'plans' } }))).toEqual([
      'invalid-value options.economics.source',
    ]);
    expect(issuesOf(call({ asOf, cascade: { replan: { policy: 'spread-out' } } }))).toEqual([
      'invalid-value options.cascade.replan.policy',
    ]);
    expect(issuesOf(call({ asOf, cascade: { granularity: 'fortnight' } }))).toEqual([
      'invalid-value options.cascade.granularity',
    ]);
    expect(issuesOf(call({ asOf, diagnosis: { smallProfitShare: '2' } }))).toEqual([
      'too-big options.diagnosis.smallProfitShare',
    ]);
    expect(issuesOf(call({ asOf }, { ...assignedAbovePath, currency: 'EURO' }))).toEqual([
      'unknown-currency partnership.currency',
    ]);
    expect(issuesOf(call({ asOf }, 'a partnership'))).toEqual(['invalid-type partnership']);
    let message = '';
    try {
      analyzePartnership(assignedAbovePath, { asOf: '2027-02-30' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatchInlineSnapshot(`
      "Invalid arguments to analyzePartnership: 1 issue
        - options.asOf: Not a real calendar date in the form YYYY-MM-DD (received "2027-02-30"; expected an ISO date such as "2026-11-27" (the date to analyse on; toIsoDate turns a Date into one))"
    `);
  });
});

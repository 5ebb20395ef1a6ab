// Every finding of an alignment score explains itself: its subjects, the evidence with its
// document paths, the params a product can render it from, and its sentence. Each case below
// builds a partnership that triggers a set of findings and pins them whole, one text block each.
import { describe, expect, it } from 'vitest';
import type { AlignmentFinding } from '../../src/alignment/alignment-finding.js';
import { type ScoreAlignmentOptions, scoreAlignment } from '../../src/alignment/score-alignment.js';
import type { Partnership } from '../../src/model/partnership.js';
import { emptyPlan, quarter, strainedPlan } from './plans-with-gaps.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

/** One finding as a few lines: severity, code and subjects; evidence; params; message. */
function render(findings: ReadonlyArray<AlignmentFinding>): string {
  return findings
    .map((f) =>
      [
        `${f.severity} ${f.code} about ${f.subjects.map((s) => (s.id === undefined ? s.kind : `${s.kind} ${s.id}`)).join(', ')}`,
        ...f.evidence.map(
          (e) =>
            `  evidence: ${e.label} = ${e.value}${e.path === undefined ? '' : ` at ${e.path.join('.')}`}`,
        ),
        `  params: ${JSON.stringify(f.params)}`,
        `  ${f.message}`,
      ].join('\n'),
    )
    .join('\n');
}

const findingsOf = (p: Partnership, options: Partial<ScoreAlignmentOptions> = {}) =>
  render(scoreAlignment(p, { asOf: tinyAsOf, ...options }).findings);

describe('scoreAlignment findings, explained', () => {
  it('explains what an empty plan lacks', () => {
    expect(findingsOf(emptyPlan())).toMatchInlineSnapshot(`
      "critical motive-unserved about motive services-revenue
        evidence: Motive weight = 0.3
        evidence: Coverage = 0
        params: {"motive":"services-revenue","label":"services revenue","weight":"0.3","heaviest":true}
        The partner’s heaviest motive, services revenue (30% of what the partner cares about), is served by no objective or commitment
      critical no-objectives about charter
        evidence: Objectives = 0 at charter.objectives
        params: {}
        The charter has no objectives: nothing the partnership means to accomplish
      warning motive-unserved about motive consultant-utilization
        evidence: Motive weight = 0.25
        evidence: Coverage = 0
        params: {"motive":"consultant-utilization","label":"consultant utilization","weight":"0.25","heaviest":false}
        A motive, consultant utilization (25% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive bill-rate
        evidence: Motive weight = 0.2
        evidence: Coverage = 0
        params: {"motive":"bill-rate","label":"bill rate","weight":"0.2","heaviest":false}
        A motive, bill rate (20% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive deal-volume
        evidence: Motive weight = 0.15
        evidence: Coverage = 0
        params: {"motive":"deal-volume","label":"deal volume","weight":"0.15","heaviest":false}
        A motive, deal volume (15% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive retention
        evidence: Motive weight = 0.1
        evidence: Coverage = 0
        params: {"motive":"retention","label":"retention","weight":"0.1","heaviest":false}
        A motive, retention (10% of what the partner cares about), is served by no objective or commitment
      warning margin-below-benchmark about terms
        evidence: Resale margin = 0.12 at terms.resaleMargin
        evidence: Benchmark margin = 0.15 at terms.benchmarkMargin
        params: {"margin":"0.12","benchmark":"0.15"}
        The resale margin (12%) is below the market benchmark (15%)
      warning no-goals about partnership
        evidence: Period goals = 0 at goals
        params: {}
        No period goals: nothing says what the first steps toward the objectives are
      warning no-commitments about partnership
        evidence: Commitments that count = 0 at commitments
        params: {"commitments":0}
        Neither side has committed anything toward the objectives
      warning sponsor-missing about partnership
        evidence: Vendor stakeholders = 0 at charter.stakeholders
        params: {"side":"vendor","stakeholders":0}
        The vendor side has no stakeholders
      warning sponsor-missing about partnership
        evidence: Partner stakeholders = 0 at charter.stakeholders
        params: {"side":"partner","stakeholders":0}
        The partner side has no stakeholders
      warning no-strategic-cadence about charter
        evidence: Review cadences = 0 at charter.reviewCadences
        params: {"cadences":0}
        No strategic review is planned: nobody reviews the long-term direction together
      warning no-purpose about charter
        evidence: Purpose =     at charter.purpose
        params: {}
        The charter states no purpose: why the two companies are in business together
      warning no-opportunity about charter
        evidence: Opportunities with a capture target = 0 at charter.opportunities
        params: {"opportunities":0}
        No market opportunity with a capture target: what the partnership means to win is not stated
      info short-horizon about charter
        evidence: Horizon in days = 181 at charter.horizon
        params: {"days":181,"minimum":365}
        The charter horizon is 181 days: shorter than the 365 days of a long-term plan"
    `);
  });

  it('explains the gaps of the tiny partnership', () => {
    expect(findingsOf(tiny)).toMatchInlineSnapshot(`
      "warning motive-unserved about motive bill-rate
        evidence: Motive weight = 0.2
        evidence: Coverage = 0
        params: {"motive":"bill-rate","label":"bill rate","weight":"0.2","heaviest":false}
        A motive, bill rate (20% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive deal-volume
        evidence: Motive weight = 0.15
        evidence: Coverage = 0
        params: {"motive":"deal-volume","label":"deal volume","weight":"0.15","heaviest":false}
        A motive, deal volume (15% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive retention
        evidence: Motive weight = 0.1
        evidence: Coverage = 0
        params: {"motive":"retention","label":"retention","weight":"0.1","heaviest":false}
        A motive, retention (10% of what the partner cares about), is served by no objective or commitment
      warning margin-below-benchmark about terms
        evidence: Resale margin = 0.12 at terms.resaleMargin
        evidence: Benchmark margin = 0.15 at terms.benchmarkMargin
        params: {"margin":"0.12","benchmark":"0.15"}
        The resale margin (12%) is below the market benchmark (15%)
      warning goals-assigned about goal o-services/FY2026-Q4
        evidence: Goal assigned = assigned at goals.1.provenance.status
        params: {"count":1,"goals":2}
        1 period goal was assigned by one side rather than agreed
      warning sponsor-missing about partnership
        evidence: Partner stakeholders = 1 at charter.stakeholders
        params: {"side":"partner","stakeholders":1}
        The partner side has no executive sponsor
      warning no-strategic-cadence about charter
        evidence: Review cadences = 1 at charter.reviewCadences
        params: {"cadences":1}
        No strategic review is planned: nobody reviews the long-term direction together
      warning review-attendance-incomplete about review qbr/FY2026-Q1
        evidence: Attendees = none recorded at charter.reviewsHeld.0.attendees
        params: {"cadence":"qbr","period":"FY2026-Q1","kind":"business"}
        The business review qbr of FY2026-Q1 was held without both sides present
      warning review-overdue about review qbr/FY2026-Q2
        evidence: Due by = 2026-07-30
        params: {"cadence":"qbr","period":"FY2026-Q2","kind":"business","due":"2026-07-30"}
        The business review qbr of FY2026-Q2 was due by 2026-07-30 and has not been held
      info commitment-not-tied about commitment c-people
        evidence: Objectives = none at commitments.1.objectives
        params: {"commitment":"c-people"}
        Commitment c-people is tied to no objective"
    `);
  });

  it('explains a strained plan, with the economics figures the analysis passes', () => {
    const economics = {
      marginShareOfProfit: null,
      capacityShortfall: { hires: 1, period: 'FY2027' },
      topLever: { lever: 'bill-rate', motive: 'bill-rate' },
    };
    expect(findingsOf(strainedPlan(), { economics })).toMatchInlineSnapshot(`
      "critical margin-below-benchmark about terms
        evidence: Resale margin = 0.05 at terms.resaleMargin
        evidence: Benchmark margin = 0.15 at terms.benchmarkMargin
        evidence: Cap on the total = 35
        params: {"margin":"0.05","benchmark":"0.15","cap":"35"}
        The resale margin (5%) is below the market benchmark (15%): the total score is capped at 35.0
      critical review-overdue about review exec/FY2026-Q1
        evidence: Due by = 2026-04-10
        params: {"cadence":"exec","period":"FY2026-Q1","kind":"strategic","due":"2026-04-10"}
        The strategic review exec of FY2026-Q1 was due by 2026-04-10 and has not been held
      critical review-overdue about review exec/FY2026-Q2
        evidence: Due by = 2026-07-10
        params: {"cadence":"exec","period":"FY2026-Q2","kind":"strategic","due":"2026-07-10"}
        The strategic review exec of FY2026-Q2 was due by 2026-07-10 and has not been held
      warning motive-unserved about motive consultant-utilization
        evidence: Motive weight = 0.25
        evidence: Coverage = 0
        params: {"motive":"consultant-utilization","label":"consultant utilization","weight":"0.25","heaviest":false}
        A motive, consultant utilization (25% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive bill-rate
        evidence: Motive weight = 0.2
        evidence: Coverage = 0
        params: {"motive":"bill-rate","label":"bill rate","weight":"0.2","heaviest":false}
        A motive, bill rate (20% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive deal-volume
        evidence: Motive weight = 0.15
        evidence: Coverage = 0
        params: {"motive":"deal-volume","label":"deal volume","weight":"0.15","heaviest":false}
        A motive, deal volume (15% of what the partner cares about), is served by no objective or commitment
      warning motive-unserved about motive retention
        evidence: Motive weight = 0.1
        evidence: Coverage = 0
        params: {"motive":"retention","label":"retention","weight":"0.1","heaviest":false}
        A motive, retention (10% of what the partner cares about), is served by no objective or commitment
      warning objective-serves-no-motive about objective o-other
        evidence: Motives it serves = custom:other at charter.objectives.1.contributions
        params: {"objective":"o-other"}
        Objective o-other serves none of the partner’s motives
      warning objective-serves-no-motive about objective o-nothing
        evidence: Motives it serves = none at charter.objectives.2.contributions
        params: {"objective":"o-nothing"}
        Objective o-nothing serves none of the partner’s motives
      warning capacity-shortfall about economics, period FY2027
        evidence: Consultants to hire = 1
        evidence: Period of the largest gap = FY2027
        params: {"hires":1,"period":"FY2027"}
        The plan needs 1 more consultant than the partner has (largest gap in FY2027)
      warning top-lever-unserved about lever bill-rate, motive bill-rate
        evidence: Top lever = bill-rate
        evidence: Coverage of its motive = 0
        params: {"lever":"bill-rate","motive":"bill-rate","label":"bill rate"}
        The lever that raises the partner’s profit most (bill-rate) moves bill rate, which the plan does not serve
      warning goals-assigned about goal o-services/FY2026-Q4, goal o-services/FY2026-Q2
        evidence: Goal assigned = assigned at goals.1.provenance.status
        evidence: Goal assigned = assigned at goals.2.provenance.status
        params: {"count":2,"goals":4}
        2 period goals were assigned by one side rather than agreed
      warning one-sided-commitments about partnership
        evidence: Side without commitments = partner at commitments
        params: {"side":"partner","committing":"vendor"}
        Only the vendor has made commitments; the partner has made none
      warning commitment-missed about commitment c-missed
        evidence: Status = missed at commitments.1.status
        params: {"commitment":"c-missed","side":"vendor","kind":"funding"}
        The vendor's funding commitment c-missed was missed
      warning review-attendance-incomplete about review board/FY2026-H1
        evidence: Attendees = v-sponsor, p-lead at charter.reviewsHeld.0.attendees
        params: {"cadence":"board","period":"FY2026-H1","kind":"strategic"}
        The strategic review board of FY2026-H1 was held without both executive sponsors present
      warning no-opportunity about charter
        evidence: Opportunities with a capture target = 0 at charter.opportunities
        params: {"opportunities":1}
        No market opportunity with a capture target: what the partnership means to win is not stated
      info contribution-weaker-than-metric about objective o-services, motive services-revenue
        evidence: Declared strength = weak at charter.objectives.0.contributions.0.strength
        evidence: Strength from the metric = moderate
        params: {"objective":"o-services","motive":"services-revenue","declared":"weak","derived":"moderate"}
        Objective o-services declares a weak contribution to services-revenue, weaker than the moderate its metric would give; the declared strength counts
      info goals-proposed about goal o-services/FY2026-Q1
        evidence: Goal proposed = proposed at goals.3.provenance.status
        params: {"count":1,"goals":4}
        1 period goal is proposed and not yet agreed"
    `);
  });

  it('counts several hires without a period, and one proposed goal of two', () => {
    const plan = strainedPlan();
    const economics = { marginShareOfProfit: '0.9', capacityShortfall: { hires: 2 } };
    const findings = scoreAlignment(
      {
        ...plan,
        goals: [
          ...plan.goals,
          {
            ...(plan.goals[3] as Partnership['goals'][number]),
            period: { ...quarter(1), year: 2027 },
          },
        ],
      },
      { asOf: tinyAsOf, economics },
    ).findings.filter((f) => f.code === 'capacity-shortfall' || f.code === 'goals-proposed');
    expect(render(findings)).toMatchInlineSnapshot(`
      "warning capacity-shortfall about economics
        evidence: Consultants to hire = 2
        params: {"hires":2}
        The plan needs 2 more consultants than the partner has
      info goals-proposed about goal o-services/FY2026-Q1, goal o-services/FY2027-Q1
        evidence: Goal proposed = proposed at goals.3.provenance.status
        evidence: Goal proposed = proposed at goals.4.provenance.status
        params: {"count":2,"goals":5}
        2 period goals are proposed and not yet agreed"
    `);
  });
});

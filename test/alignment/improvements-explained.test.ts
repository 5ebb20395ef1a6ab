// Every improvement rankImprovements proposes says what it changes, in a sentence, one line per
// edit and as a JSON Patch, with the score it reaches. Each case pins the improvements of a plan
// whole.
import { describe, expect, it } from 'vitest';
import type { Improvement } from '../../src/alignment/improvement.js';
import {
  type RankImprovementsOptions,
  rankImprovements,
} from '../../src/alignment/rank-improvements.js';
import type { MotiveId } from '../../src/model/motive.js';
import type { Partnership } from '../../src/model/partnership.js';
import { type Decimal, toDecimal } from '../../src/money/to-decimal.js';
import { emptyPlan, strainedPlan } from './plans-with-gaps.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

/** One improvement as a few lines: what, by how much, for which findings; then its edits. */
function render(improvements: ReadonlyArray<Improvement>): string {
  return improvements
    .map((i) =>
      [
        `${i.kind} ${i.subject}: +${i.delta.toFixed()} → ${i.score.toFixed()} (${i.grade}) for [${i.addresses.join(', ')}]`,
        `  ${i.description}`,
        ...i.changes.map((c) => `  change: ${c}`),
        ...i.patch.map((op) => `  patch: ${JSON.stringify(op)}`),
      ].join('\n'),
    )
    .join('\n');
}

const improvementsOf = (p: Partnership, options: Partial<RankImprovementsOptions> = {}) =>
  render(rankImprovements(p, { asOf: tinyAsOf, ...options }));

describe('rankImprovements, explained', () => {
  it('explains the improvements of the tiny partnership', () => {
    expect(improvementsOf(tiny, { motives: 1 })).toMatchInlineSnapshot(`
      "serve-motive bill-rate: +7.2 → 58.8928125 (C) for [motive-unserved]
        Add a joint objective that strongly serves bill rate (20% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-bill-rate with a strong contribution to bill-rate, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-bill-rate","name":"Serve bill rate","metric":{"name":"bill rate (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["bill-rate"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"bill-rate","strength":"strong"}]}}
      serve-motive deal-volume: +5.4 → 57.0928125 (C) for [motive-unserved]
        Add a joint objective that strongly serves deal volume (15% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-deal-volume with a strong contribution to deal-volume, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-deal-volume","name":"Serve deal volume","metric":{"name":"deal volume (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["deal-volume"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"deal-volume","strength":"strong"}]}}
      agree-assigned-goals goals: +5 → 56.6928125 (C) for [goals-assigned]
        Agree the 1 assigned period goal with the partner
        change: goals[1].provenance: assigned → agreed by v-sponsor and p-lead on 2026-09-01
        patch: {"op":"replace","path":"/goals/1/provenance","value":{"status":"agreed","agreedBy":["v-sponsor","p-lead"],"agreedOn":"2026-09-01"}}
      serve-motive retention: +3.6 → 55.2928125 (C) for [motive-unserved]
        Add a joint objective that strongly serves retention (10% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-retention with a strong contribution to retention, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-retention","name":"Serve retention","metric":{"name":"retention (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["retention"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"retention","strength":"strong"}]}}
      raise-margin terms: +3.24 → 54.9328125 (D) for [margin-below-benchmark]
        Raise the resale margin from 12% to the benchmark of 15%
        change: terms.resaleMargin: 0.12 → 0.15
        patch: {"op":"replace","path":"/terms/resaleMargin","value":"0.15"}
      hold-overdue-reviews reviews: +3 → 54.6928125 (D) for [review-overdue]
        Hold the 1 overdue review
        change: charter.reviewsHeld: add qbr of FY2026-Q2 held on 2026-07-30
        patch: {"op":"add","path":"/charter/reviewsHeld/-","value":{"cadence":"qbr","date":"2026-07-30","attendees":["v-sponsor","p-lead"]}}
      name-sponsor partner: +1.96875 → 53.6615625 (D) for [sponsor-missing]
        Name an executive sponsor on the partner side
        change: charter.stakeholders: add partner-executive-sponsor (partner, executive-sponsor, to be named)
        patch: {"op":"add","path":"/charter/stakeholders/-","value":{"id":"partner-executive-sponsor","side":"partner","name":"To be named","role":"executive-sponsor"}}
      add-strategic-review strategic-review: +1.875 → 53.5678125 (D) for [no-strategic-cadence]
        Add a yearly strategic review with both executive sponsors
        change: charter.reviewCadences: add strategic-review (strategic, yearly, due within 45 days)
        patch: {"op":"add","path":"/charter/reviewCadences/-","value":{"id":"strategic-review","kind":"strategic","name":"Yearly strategic review","frequency":"yearly","dueWithinDays":45}}"
    `);
  });

  it('explains the improvements of a strained plan, with the economics figures', () => {
    const economics = {
      marginShareOfProfit: '0.25',
      topLever: { lever: 'net-new', motive: 'custom:net-new' },
    };
    expect(improvementsOf(strainedPlan(), { motives: 0, economics })).toMatchInlineSnapshot(`
      "serve-motive consultant-utilization: +9.666666666668 → 37.441406250002 (E) for [motive-unserved]
        Add a joint objective that strongly serves consultant utilization (25% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-consultant-utilization with a strong contribution to consultant-utilization, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-consultant-utilization","name":"Serve consultant utilization","metric":{"name":"consultant utilization (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["consultant-utilization"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"consultant-utilization","strength":"strong"}]}}
      raise-margin terms: +8 → 35.774739583334 (E) for [margin-below-benchmark]
        Raise the resale margin from 5% to the benchmark of 15%
        change: terms.resaleMargin: 0.05 → 0.15
        patch: {"op":"replace","path":"/terms/resaleMargin","value":"0.15"}
      serve-motive bill-rate: +7.866666666668 → 35.641406250002 (E) for [motive-unserved]
        Add a joint objective that strongly serves bill rate (20% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-bill-rate with a strong contribution to bill-rate, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-bill-rate","name":"Serve bill rate","metric":{"name":"bill rate (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["bill-rate"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"bill-rate","strength":"strong"}]}}
      serve-motive deal-volume: +6.066666666668 → 33.841406250002 (E) for [motive-unserved]
        Add a joint objective that strongly serves deal volume (15% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-deal-volume with a strong contribution to deal-volume, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-deal-volume","name":"Serve deal volume","metric":{"name":"deal volume (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["deal-volume"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"deal-volume","strength":"strong"}]}}
      agree-assigned-goals goals: +5 → 32.774739583334 (E) for [goals-assigned]
        Agree the 2 assigned period goals with the partner
        change: goals[1].provenance: assigned → agreed by v-sponsor and p-sponsor on 2026-09-01
        change: goals[2].provenance: assigned → agreed by v-sponsor and p-sponsor on 2026-09-01
        patch: {"op":"replace","path":"/goals/1/provenance","value":{"status":"agreed","agreedBy":["v-sponsor","p-sponsor"],"agreedOn":"2026-09-01"}}
        patch: {"op":"replace","path":"/goals/2/provenance","value":{"status":"agreed","agreedBy":["v-sponsor","p-sponsor"],"agreedOn":"2026-09-01"}}
      serve-motive retention: +4.266666666668 → 32.041406250002 (E) for [motive-unserved]
        Add a joint objective that strongly serves retention (10% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-retention with a strong contribution to retention, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-retention","name":"Serve retention","metric":{"name":"retention (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["retention"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"retention","strength":"strong"}]}}
      hold-overdue-reviews reviews: +3.999999999996 → 31.77473958333 (E) for [review-overdue]
        Hold the 2 overdue reviews
        change: charter.reviewsHeld: add exec of FY2026-Q1 held on 2026-04-10
        change: charter.reviewsHeld: add exec of FY2026-Q2 held on 2026-07-10
        patch: {"op":"add","path":"/charter/reviewsHeld/-","value":{"cadence":"exec","date":"2026-04-10","attendees":["v-sponsor","p-sponsor"]}}
        patch: {"op":"add","path":"/charter/reviewsHeld/-","value":{"cadence":"exec","date":"2026-07-10","attendees":["v-sponsor","p-sponsor"]}}
      add-commitment partner: +3.6398518880225 → 31.4145914713565 (E) for [one-sided-commitments]
        Agree a resourcing commitment from the partner toward o-services
        change: commitments: add c-partner (partner, resourcing, planned, tied to o-services)
        patch: {"op":"add","path":"/commitments/-","value":{"id":"c-partner","side":"partner","kind":"resourcing","description":"To be defined together","period":"FY2026","objectives":["o-services"],"status":"planned"}}
      agree-proposed-goals goals: +1.25 → 29.024739583334 (E) for [goals-proposed]
        Agree the 1 proposed period goal with the partner
        change: goals[3].provenance: proposed → agreed by v-sponsor and p-sponsor on 2026-09-01
        patch: {"op":"replace","path":"/goals/3/provenance","value":{"status":"agreed","agreedBy":["v-sponsor","p-sponsor"],"agreedOn":"2026-09-01"}}
      serve-motive custom:net-new: +0.666666666668 → 28.441406250002 (E) for [top-lever-unserved]
        Add a joint objective that strongly serves net new (not in the partner’s profile)
        change: charter.objectives: add serve-net-new with a strong contribution to custom:net-new, serving opp
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-net-new","name":"Serve net new","metric":{"name":"net new (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["custom:net-new"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2028-12-31"},"owner":"joint","opportunity":"opp","contributions":[{"motive":"custom:net-new","strength":"strong"}]}}"
    `);
  });

  it('explains the improvements of an empty plan', () => {
    expect(improvementsOf(emptyPlan(), { motives: 1 })).toMatchInlineSnapshot(`
      "serve-motive services-revenue: +14.8 → 20.56 (E) for [motive-unserved]
        Add a joint objective that strongly serves services revenue (30% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-services-revenue with a strong contribution to services-revenue
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-services-revenue","name":"Serve services revenue","metric":{"name":"services revenue (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["services-revenue"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2026-06-30"},"owner":"joint","contributions":[{"motive":"services-revenue","strength":"strong"}]}}
      serve-motive consultant-utilization: +13 → 18.76 (E) for [motive-unserved]
        Add a joint objective that strongly serves consultant utilization (25% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-consultant-utilization with a strong contribution to consultant-utilization
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-consultant-utilization","name":"Serve consultant utilization","metric":{"name":"consultant utilization (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["consultant-utilization"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2026-06-30"},"owner":"joint","contributions":[{"motive":"consultant-utilization","strength":"strong"}]}}
      serve-motive bill-rate: +11.2 → 16.96 (E) for [motive-unserved]
        Add a joint objective that strongly serves bill rate (20% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-bill-rate with a strong contribution to bill-rate
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-bill-rate","name":"Serve bill rate","metric":{"name":"bill rate (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["bill-rate"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2026-06-30"},"owner":"joint","contributions":[{"motive":"bill-rate","strength":"strong"}]}}
      add-strategic-review strategic-review: +9.75 → 15.51 (E) for [no-strategic-cadence]
        Add a yearly strategic review with both executive sponsors
        change: charter.reviewCadences: add strategic-review (strategic, yearly, due within 45 days)
        patch: {"op":"add","path":"/charter/reviewCadences/-","value":{"id":"strategic-review","kind":"strategic","name":"Yearly strategic review","frequency":"yearly","dueWithinDays":45}}
      serve-motive deal-volume: +9.4 → 15.16 (E) for [motive-unserved]
        Add a joint objective that strongly serves deal volume (15% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-deal-volume with a strong contribution to deal-volume
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-deal-volume","name":"Serve deal volume","metric":{"name":"deal volume (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["deal-volume"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2026-06-30"},"owner":"joint","contributions":[{"motive":"deal-volume","strength":"strong"}]}}
      serve-motive retention: +7.6 → 13.36 (E) for [motive-unserved]
        Add a joint objective that strongly serves retention (10% of what the partner cares about, covered 0% today)
        change: charter.objectives: add serve-retention with a strong contribution to retention
        patch: {"op":"add","path":"/charter/objectives/-","value":{"id":"serve-retention","name":"Serve retention","metric":{"name":"retention (to define with the partner)","unit":{"kind":"count"},"aggregation":"sum","direction":"increase","motives":["retention"]},"baseline":"0","target":"1","horizon":{"start":"2026-01-01","end":"2026-06-30"},"owner":"joint","contributions":[{"motive":"retention","strength":"strong"}]}}
      raise-margin terms: +3.24 → 9 (E) for [margin-below-benchmark]
        Raise the resale margin from 12% to the benchmark of 15%
        change: terms.resaleMargin: 0.12 → 0.15
        patch: {"op":"replace","path":"/terms/resaleMargin","value":"0.15"}
      name-sponsor vendor: +2.625 → 8.385 (E) for [sponsor-missing]
        Name an executive sponsor on the vendor side
        change: charter.stakeholders: add vendor-executive-sponsor (vendor, executive-sponsor, to be named)
        patch: {"op":"add","path":"/charter/stakeholders/-","value":{"id":"vendor-executive-sponsor","side":"vendor","name":"To be named","role":"executive-sponsor"}}
      name-sponsor partner: +2.625 → 8.385 (E) for [sponsor-missing]
        Name an executive sponsor on the partner side
        change: charter.stakeholders: add partner-executive-sponsor (partner, executive-sponsor, to be named)
        patch: {"op":"add","path":"/charter/stakeholders/-","value":{"id":"partner-executive-sponsor","side":"partner","name":"To be named","role":"executive-sponsor"}}"
    `);
  });

  it('asks both sides for a commitment, in the year of the objective nearest the date', () => {
    const early: Partnership = {
      ...tiny,
      goals: [],
      commitments: [],
      partner: {
        ...tiny.partner,
        motiveProfile: {
          source: 'declared',
          weights: { 'consultant-utilization': toDecimal(1) } as Record<MotiveId, Decimal>,
        },
      },
      charter: {
        ...tiny.charter,
        horizon: { start: '2025-01-01', end: '2028-12-31' },
        objectives: tiny.charter.objectives.map((o) => ({
          ...o,
          horizon: { start: '2027-01-01', end: '2027-12-31' },
        })),
      },
    };
    const commitments = (asOf: string) =>
      render(
        rankImprovements(early, { asOf, motives: 0 }).filter((i) => i.kind === 'add-commitment'),
      );
    expect(commitments('2025-03-01')).toMatchInlineSnapshot(`
      "add-commitment vendor: +8.90625 → 58.3225 (C) for [no-commitments]
        Agree an enablement commitment from the vendor toward o-utilization
        change: commitments: add c-vendor (vendor, enablement, planned, tied to o-utilization)
        patch: {"op":"add","path":"/commitments/-","value":{"id":"c-vendor","side":"vendor","kind":"enablement","description":"To be defined together","period":"FY2027","objectives":["o-utilization"],"status":"planned"}}
      add-commitment partner: +8.90625 → 58.3225 (C) for [no-commitments]
        Agree a resourcing commitment from the partner toward o-utilization
        change: commitments: add c-partner (partner, resourcing, planned, tied to o-utilization)
        patch: {"op":"add","path":"/commitments/-","value":{"id":"c-partner","side":"partner","kind":"resourcing","description":"To be defined together","period":"FY2027","objectives":["o-utilization"],"status":"planned"}}"
    `);
    expect(commitments('2028-03-01').match(/"period":"[^"]+"/g)).toEqual([
      '"period":"FY2027"',
      '"period":"FY2027"',
    ]);
  });
});

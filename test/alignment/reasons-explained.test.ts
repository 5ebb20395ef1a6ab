// Every component of an alignment score says why it scored what it did, one sentence a reason:
// the counts, the shares and the dates behind each part. Each case pins the reasons of a plan
// whole, component by component.
import { describe, expect, it } from 'vitest';
import { type ScoreAlignmentOptions, scoreAlignment } from '../../src/alignment/score-alignment.js';
import type { Partnership } from '../../src/model/partnership.js';
import { emptyPlan, strainedPlan } from './plans-with-gaps.js';
import { tiny, tinyAsOf } from './tiny-partnership.js';

const reasonsOf = (p: Partnership, options: Partial<ScoreAlignmentOptions> = {}) =>
  scoreAlignment(p, { asOf: tinyAsOf, ...options })
    .components.map((c) => [`${c.id}:`, ...c.reasons.map((r) => `  ${r}`)].join('\n'))
    .join('\n');

describe('scoreAlignment reasons', () => {
  it('explains each component of an empty plan', () => {
    expect(reasonsOf(emptyPlan())).toMatchInlineSnapshot(`
      "motive-fit:
        services revenue weighs 30% and is covered 0% (served by nothing)
        consultant utilization weighs 25% and is covered 0% (served by nothing)
        bill rate weighs 20% and is covered 0% (served by nothing)
        deal volume weighs 15% and is covered 0% (served by nothing)
        retention weighs 10% and is covered 0% (served by nothing)
      economics:
        resale margin 12% against a market benchmark of 15%: 57.6 of 100
      mutuality:
        0 of 0 period goals agreed by both sides, 0 proposed, 0 assigned
        no commitments from either side
        0 of 0 commitments tied to objectives and not missed
      governance:
        vendor: 0 stakeholders, without an executive sponsor
        partner: 0 stakeholders, without an executive sponsor
        0 review cadences, none of them strategic
        0 of 0 reviews due by 2026-09-01 held on time, 0 late, 0 overdue; 0 without both sides present
      clarity:
        purpose missing; horizon of 181 days (2026-01-01 to 2026-06-30)
        0 market opportunities, 0 with a capture target
        0 of 0 objectives tied to an opportunity or a motive"
    `);
  });

  it('explains each component of the tiny partnership', () => {
    expect(reasonsOf(tiny)).toMatchInlineSnapshot(`
      "motive-fit:
        services revenue weighs 30% and is covered 80% by o-services
        consultant utilization weighs 25% and is covered 53.1% by o-utilization, c-enable
        bill rate weighs 20% and is covered 0% (served by nothing)
        deal volume weighs 15% and is covered 0% (served by nothing)
        retention weighs 10% and is covered 0% (served by nothing)
      economics:
        resale margin 12% against a market benchmark of 15%: 57.6 of 100
      mutuality:
        1 of 2 period goals agreed by both sides, 0 proposed, 1 assigned
        both sides have made commitments
        1 of 2 commitments tied to objectives and not missed
      governance:
        vendor: 1 stakeholder, with an executive sponsor
        partner: 1 stakeholder, without an executive sponsor
        1 review cadence, none of them strategic
        1 of 2 reviews due by 2026-09-01 held on time, 0 late, 1 overdue; 1 without both sides present
      clarity:
        purpose stated; horizon of 1096 days (2026-01-01 to 2028-12-31)
        1 market opportunity, 1 with a capture target
        2 of 2 objectives tied to an opportunity or a motive"
    `);
  });

  it('explains each component of a strained plan, with the economics figures', () => {
    const economics = {
      marginShareOfProfit: '0.1',
      topLever: { lever: 'bill-rate', motive: 'bill-rate' },
    };
    expect(reasonsOf(strainedPlan(), { economics })).toMatchInlineSnapshot(`
      "motive-fit:
        services revenue weighs 30% and is covered 27.3% by o-services, c-enable
        consultant utilization weighs 25% and is covered 0% (served by nothing)
        bill rate weighs 20% and is covered 0% (served by nothing)
        deal volume weighs 15% and is covered 0% (served by nothing)
        retention weighs 10% and is covered 0% (served by nothing)
      economics:
        resale margin 5% against a market benchmark of 15%: 10.0 of 100
        resale margin is 10% of the partner’s gross profit: the margin gate applies at 20%
        margin gate: the total is capped at 87.0
        the lever that pays the partner most (bill-rate) moves bill rate, covered 0%
      mutuality:
        1 of 4 period goals agreed by both sides, 1 proposed, 2 assigned
        only the vendor has made commitments
        1 of 2 commitments tied to objectives and not missed
      governance:
        vendor: 1 stakeholder, with an executive sponsor
        partner: 2 stakeholders, with an executive sponsor
        2 review cadences, including a strategic review
        1 of 3 reviews due by 2026-09-01 held on time, 0 late, 2 overdue; 1 without both sides present
      clarity:
        purpose stated; horizon of 1096 days (2026-01-01 to 2028-12-31)
        1 market opportunity, 0 with a capture target
        1 of 3 objectives tied to an opportunity or a motive"
    `);
  });

  it('says when the partner’s margin share is not known', () => {
    const economics = { marginShareOfProfit: null };
    const report = scoreAlignment(tiny, { asOf: tinyAsOf, economics });
    expect(report.components.find((c) => c.id === 'economics')?.reasons).toEqual([
      'resale margin 12% against a market benchmark of 15%: 57.6 of 100',
      'the partner’s margin share of gross profit is not known: the margin gate applies in full',
    ]);
  });
});

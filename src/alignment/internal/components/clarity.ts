import { dayNumberUnchecked } from '../../../calendar/unchecked-days.js';
import { ONE, quantize, sumDecimals, ZERO } from '../../../money/decimal-arithmetic.js';
import type { AlignmentFinding } from '../../alignment-finding.js';
import { SCORE_PLACES, weighs } from '../motive-coverage.js';
import { objectiveWeight, type ScoreComponent, weighted } from '../scoring-context.js';

/**
 * Clarity: a purpose, a long-term horizon, a market opportunity with a capture target, and the
 * share of the objectives (by weight) tied to an opportunity or a motive of the partner.
 */
export const clarityComponent: ScoreComponent = {
  id: 'clarity',
  score(context) {
    const { charter } = context.partnership;
    const s = context.settings.clarity;
    const reasons: string[] = [];
    const findings: AlignmentFinding[] = [];
    const purpose = charter.purpose.trim() === '' ? ZERO : ONE;
    if (purpose.isZero()) {
      findings.push({
        code: 'no-purpose',
        severity: 'warning',
        subjects: [{ kind: 'charter' }],
        evidence: [{ label: 'Purpose', value: charter.purpose, path: ['charter', 'purpose'] }],
        params: {},
        message: 'The charter states no purpose: why the two companies are in business together',
      });
    }
    const { start, end } = charter.horizon;
    const days = dayNumberUnchecked(end) - dayNumberUnchecked(start) + 1;
    const horizon = days >= s.minimumHorizonDays ? ONE : ZERO;
    reasons.push(
      `purpose ${purpose.isZero() ? 'missing' : 'stated'}; horizon of ${days} days (${start} to ${end})`,
    );
    if (horizon.isZero()) {
      findings.push({
        code: 'short-horizon',
        severity: 'info',
        subjects: [{ kind: 'charter' }],
        evidence: [{ label: 'Horizon in days', value: String(days), path: ['charter', 'horizon'] }],
        params: { days, minimum: s.minimumHorizonDays },
        message: `The charter horizon is ${days} days: shorter than the ${s.minimumHorizonDays} days of a long-term plan`,
      });
    }
    const captured = charter.opportunities.filter((o) => o.targetShare.gt(ZERO));
    const opportunity = captured.length > 0 ? ONE : ZERO;
    const n = charter.opportunities.length;
    reasons.push(
      `${n} market opportunit${n === 1 ? 'y' : 'ies'}, ${captured.length} with a capture target`,
    );
    if (captured.length === 0) {
      findings.push({
        code: 'no-opportunity',
        severity: 'warning',
        subjects: [{ kind: 'charter' }],
        evidence: [
          {
            label: 'Opportunities with a capture target',
            value: '0',
            path: ['charter', 'opportunities'],
          },
        ],
        params: { opportunities: n },
        message:
          'No market opportunity with a capture target: what the partnership means to win is not stated',
      });
    }
    const objectives = charter.objectives;
    // The document's references are checked: an objective's opportunity is one of the charter's.
    const tied = objectives.filter(
      (o) =>
        o.opportunity !== undefined ||
        [...(context.served.get(o.id)?.keys() ?? [])].some((motive) =>
          weighs(context.profile, motive),
        ),
    );
    const total = sumDecimals(objectives.map((o) => objectiveWeight(context, o.id)));
    const tiedShare = total.isZero()
      ? ZERO
      : quantize(
          sumDecimals(tied.map((o) => objectiveWeight(context, o.id))).div(total),
          SCORE_PLACES,
        );
    reasons.push(
      `${tied.length} of ${objectives.length} objectives tied to an opportunity or a motive`,
    );
    if (objectives.length === 0) {
      findings.push({
        code: 'no-objectives',
        severity: 'critical',
        subjects: [{ kind: 'charter' }],
        evidence: [{ label: 'Objectives', value: '0', path: ['charter', 'objectives'] }],
        params: {},
        message: 'The charter has no objectives: nothing the partnership means to accomplish',
      });
    }
    return {
      score: weighted([
        [s.purpose, purpose],
        [s.horizon, horizon],
        [s.opportunity, opportunity],
        [s.objectivesTied, tiedShare],
      ]),
      reasons,
      findings,
    };
  },
};

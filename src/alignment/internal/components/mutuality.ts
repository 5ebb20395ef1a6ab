import { formatPeriodKeyUnchecked as formatPeriodKey } from '../../../calendar/format-period-key.js';
import type { Side } from '../../../model/side.js';
import { ONE, quantize, sumDecimals, ZERO } from '../../../money/decimal-arithmetic.js';
import type { AlignmentFinding } from '../../alignment-finding.js';
import { SCORE_PLACES } from '../motive-coverage.js';
import { objectiveWeight, type ScoreComponent, weighted } from '../scoring-context.js';

const sides: ReadonlyArray<Side> = ['vendor', 'partner'];

/**
 * Mutuality: goals agreed by both sides (a proposed goal earns part of an agreed one, an assigned
 * goal nothing; each goal counts by its objective's weight), both sides committing, commitments
 * tied to objectives. A commitment whose status earns no credit (missed) counts for neither.
 */
export const mutualityComponent: ScoreComponent = {
  id: 'mutuality',
  score(context) {
    const { partnership, settings } = context;
    const { goals, commitments } = partnership;
    const s = settings.mutuality;
    const reasons: string[] = [];
    const findings: AlignmentFinding[] = [];
    type Indexed = { readonly goal: (typeof goals)[number]; readonly index: number };
    const byStatus = {
      agreed: [] as Indexed[],
      proposed: [] as Indexed[],
      assigned: [] as Indexed[],
    };
    goals.forEach((goal, index) => {
      byStatus[goal.provenance.status].push({ goal, index });
    });
    const credit = { agreed: ONE, proposed: s.proposedGoalCredit, assigned: ZERO } as const;
    const total = sumDecimals(goals.map((goal) => objectiveWeight(context, goal.objective)));
    const earned = sumDecimals(
      goals.map((goal) =>
        objectiveWeight(context, goal.objective).times(credit[goal.provenance.status]),
      ),
    );
    const goalShare = total.isZero() ? ZERO : quantize(earned.div(total), SCORE_PLACES);
    const { agreed, proposed, assigned } = byStatus;
    reasons.push(
      `${agreed.length} of ${goals.length} period goals agreed by both sides, ${proposed.length} proposed, ${assigned.length} assigned`,
    );
    if (goals.length === 0) {
      findings.push({
        code: 'no-goals',
        severity: 'warning',
        subjects: [{ kind: 'partnership' }],
        evidence: [{ label: 'Period goals', value: '0', path: ['goals'] }],
        params: {},
        message: 'No period goals: nothing says what the first steps toward the objectives are',
      });
    }
    for (const [status, indices, severity, verb] of [
      ['assigned', assigned, 'warning', 'assigned by one side rather than agreed'],
      ['proposed', proposed, 'info', 'proposed and not yet agreed'],
    ] as const) {
      if (indices.length === 0) continue;
      const n = indices.length;
      findings.push({
        code: status === 'assigned' ? 'goals-assigned' : 'goals-proposed',
        severity,
        subjects: indices.map(({ goal }) => ({
          kind: 'goal',
          id: `${goal.objective}/${formatPeriodKey(goal.period)}`,
        })),
        evidence: indices.map(({ index }) => ({
          label: `Goal ${status}`,
          value: status,
          path: ['goals', index, 'provenance', 'status'],
        })),
        params: { count: n, goals: goals.length },
        message: `${n} period goal${n === 1 ? '' : 's'} ${status === 'assigned' ? (n === 1 ? 'was' : 'were') : n === 1 ? 'is' : 'are'} ${verb}`,
      });
    }
    const counting = commitments.filter((c) => !settings.commitmentStatusCredit[c.status].isZero());
    const committing = sides.filter((side) => counting.some((c) => c.side === side));
    reasons.push(
      committing.length === 2
        ? 'both sides have made commitments'
        : committing.length === 1
          ? `only the ${committing[0]} has made commitments`
          : 'no commitments from either side',
    );
    if (counting.length === 0) {
      findings.push({
        code: 'no-commitments',
        severity: 'warning',
        subjects: [{ kind: 'partnership' }],
        evidence: [{ label: 'Commitments that count', value: '0', path: ['commitments'] }],
        params: { commitments: commitments.length },
        message: 'Neither side has committed anything toward the objectives',
      });
    } else if (committing.length === 1) {
      const only = committing[0] === 'vendor' ? 'vendor' : 'partner';
      const missing = only === 'vendor' ? 'partner' : 'vendor';
      findings.push({
        code: 'one-sided-commitments',
        severity: 'warning',
        subjects: [{ kind: 'partnership' }],
        evidence: [{ label: 'Side without commitments', value: missing, path: ['commitments'] }],
        params: { side: missing, committing: only },
        message: `Only the ${only} has made commitments; the ${missing} has made none`,
      });
    }
    let tied = 0;
    commitments.forEach((commitment, index) => {
      // The document's references are checked: every objective a commitment names is the charter's.
      const isTied = commitment.objectives.length > 0;
      if (commitment.status === 'missed') {
        findings.push({
          code: 'commitment-missed',
          severity: 'warning',
          subjects: [{ kind: 'commitment', id: commitment.id }],
          evidence: [{ label: 'Status', value: 'missed', path: ['commitments', index, 'status'] }],
          params: { commitment: commitment.id, side: commitment.side, kind: commitment.kind },
          message: `The ${commitment.side}'s ${commitment.kind} commitment ${commitment.id} was missed`,
        });
      }
      if (!isTied) {
        findings.push({
          code: 'commitment-not-tied',
          severity: 'info',
          subjects: [{ kind: 'commitment', id: commitment.id }],
          evidence: [
            { label: 'Objectives', value: 'none', path: ['commitments', index, 'objectives'] },
          ],
          params: { commitment: commitment.id },
          message: `Commitment ${commitment.id} is tied to no objective`,
        });
      } else if (counting.includes(commitment)) tied += 1;
    });
    const tiedShare =
      commitments.length === 0
        ? ZERO
        : quantize(ONE.times(tied).div(commitments.length), SCORE_PLACES);
    reasons.push(`${tied} of ${commitments.length} commitments tied to objectives and not missed`);
    return {
      score: weighted([
        [s.agreedGoals, goalShare],
        [s.bothSidesCommit, quantize(ONE.times(committing.length).div(2), SCORE_PLACES)],
        [s.commitmentsTied, tiedShare],
      ]),
      reasons,
      findings,
    };
  },
};

import type { FindingEvidence, FindingSubject } from '../../../model/finding.js';
import type { ObjectiveId } from '../../../model/ids.js';
import { aggregationRules } from '../../../model/metric.js';
import { type Decimal, toDecimal } from '../../../money/to-decimal.js';
import type { CauseDetector } from './cause.js';
import { distinct, listed } from './cause.js';

const TWO = toDecimal(2);

/**
 * The pace of a partner who delivers exactly the step, measured against the goal as progress
 * measures pace: flows `step / goal` (`decrease`: `2 − step / goal`), levels the movement from the
 * baseline `(step − baseline) / (goal − baseline)`. `null` when it cannot be read.
 */
function paceOnPath(
  kind: 'flow' | 'stock' | 'average',
  direction: 'increase' | 'decrease',
  baseline: Decimal,
  goal: Decimal,
  step: Decimal,
): Decimal | null {
  if (kind === 'flow') {
    if (!goal.isPositive() || goal.isZero()) return null;
    const ratio = step.div(goal);
    return direction === 'increase' ? ratio : TWO.minus(ratio);
  }
  const move = goal.minus(baseline);
  return move.isZero() ? null : step.minus(baseline).div(move);
}

/**
 * `goals-above-path`: assigned goals a partner delivering the strategic path would not be on
 * track against (pace on the path below the progress threshold `onTrack`); critical when it would
 * be off track (below `atRisk`).
 */
export const goalsAbovePath: CauseDetector = ({ drafts, settings }) => {
  const evidence: FindingEvidence[] = [];
  const subjects: FindingSubject[] = [];
  const objectives: ObjectiveId[] = [];
  const lines: string[] = [];
  let critical = false;
  let largest: Decimal | null = null;
  for (const draft of drafts) {
    const { objective } = draft;
    const direction = objective.metric.direction;
    if (draft.cascade === null || direction === 'maintain') continue;
    const kind = aggregationRules[objective.metric.aggregation].kind;
    for (const goal of draft.goals) {
      if (goal.provenance !== 'assigned' || goal.step === null || goal.departure === null) continue;
      const pace = paceOnPath(
        kind,
        direction,
        objective.baseline,
        toDecimal(goal.target),
        toDecimal(goal.step),
      );
      if (pace === null || pace.gte(settings.onTrack)) continue;
      critical ||= pace.lt(settings.atRisk);
      const percent = goal.percent === null ? null : toDecimal(goal.percent).abs();
      if (percent !== null && (largest === null || percent.gt(largest))) largest = percent;
      const name = `${objective.id} ${goal.period}`;
      subjects.push({ kind: 'goal', id: `${objective.id}/${goal.period}` });
      objectives.push(objective.id);
      evidence.push(
        {
          label: `Assigned goal ${name}`,
          value: goal.target,
          path: ['goals', goal.index, 'target'],
        },
        { label: `Step of the strategic path, ${name}`, value: goal.step },
        { label: `Departure from the step, ${name}`, value: goal.departure },
        ...(goal.percent === null
          ? []
          : [{ label: `Departure in percent, ${name}`, value: goal.percent }]),
        {
          label: `Pace of a partner on the path, ${name}`,
          value: pace.toDecimalPlaces(4).toFixed(),
        },
      );
      const above = direction === 'increase' ? 'above' : 'below';
      lines.push(
        `${name}: ${goal.target} against a step of ${goal.step}, ${goal.departure.replace(/^-/, '')}${goal.percent === null ? '' : ` (${goal.percent.replace(/^-/, '')}%)`} ${above} it`,
      );
    }
  }
  if (lines.length === 0) return null;
  const n = lines.length;
  return {
    code: 'goals-above-path',
    severity: critical ? 'critical' : 'warning',
    subjects,
    evidence,
    params: { goals: n, ...(largest === null ? {} : { largestPercent: largest.toFixed() }) },
    message: `${n} assigned goal${n === 1 ? ' asks' : 's ask'} more than the strategic path: ${listed(lines)}`,
    objectives: distinct(objectives),
  };
};

/** `goals-assigned`: period goals assigned by one side rather than agreed. */
export const goalsAssigned: CauseDetector = ({ partnership }) => {
  const goals = partnership.goals;
  const assigned = goals
    .map((goal, index) => ({ goal, index }))
    .filter(({ goal }) => goal.provenance.status === 'assigned');
  if (assigned.length === 0) return null;
  const objectives = distinct(assigned.map(({ goal }) => goal.objective));
  const n = assigned.length;
  return {
    code: 'goals-assigned',
    severity: 'warning',
    subjects: objectives.map((id) => ({ kind: 'objective', id })),
    evidence: assigned.map(({ goal, index }) => ({
      label: `Goal of ${goal.objective} assigned by the ${goal.provenance.status === 'assigned' ? goal.provenance.assignedBy : 'vendor'}`,
      value: goal.target.toFixed(),
      path: ['goals', index, 'provenance', 'status'],
    })),
    params: { assigned: n, goals: goals.length, objectives: objectives.length },
    message: `${n} of ${goals.length} period goals ${n === 1 ? 'was' : 'were'} assigned rather than agreed with the partner (${listed(objectives, 4)})`,
    objectives,
  };
};

import type { MotiveId } from '../../../model/motive.js';
import type { StrategicObjectiveJson } from '../../../model/objective.js';
import { formatPercent, ONE } from '../../../money/decimal-arithmetic.js';
import type { AlignmentFindingCode } from '../../alignment-finding.js';
import { motiveLabel } from '../../motive-catalog.js';
import { asJson, type Candidate, type CandidateBuilder, uniqueId } from './candidate.js';

/**
 * `serve-motive`: a joint objective over the charter horizon (a placeholder count metric to fill
 * in with the partner) that strongly serves a motive: each motive a finding names (unserved, or
 * moved by the partner's top lever), then the least-served motives of the profile by
 * `weight × (1 − coverage)`, up to the `motives` option.
 */
export const serveMotive: CandidateBuilder = (context, findings) => {
  const { current, partnership } = context;
  // Read from the parsed values: ids and ISO dates are the same strings in the JSON document.
  const { charter } = partnership;
  const named = new Map<MotiveId, Set<AlignmentFindingCode>>();
  for (const finding of findings) {
    for (const subject of finding.subjects) {
      if (subject.kind !== 'motive' || subject.id === undefined) continue;
      const codes = named.get(subject.id as MotiveId) ?? new Set();
      codes.add(finding.code);
      named.set(subject.id as MotiveId, codes);
    }
  }
  const searched = current.motives
    .filter((motive) => motive.coverage.lt(ONE))
    .map((motive) => ({
      motive: motive.motive,
      gap: motive.weight.times(ONE.minus(motive.coverage)),
    }))
    // Largest gap first; the sort is stable, so equal gaps keep the profile's order.
    .sort((a, b) => b.gap.comparedTo(a.gap))
    .slice(0, context.motives)
    .map(({ motive }) => motive);
  const motives = [...new Set([...searched, ...named.keys()])];
  const opportunity: string | undefined = charter.opportunities[0]?.id;
  const taken: ReadonlyArray<string> = charter.objectives.map((o) => o.id);
  return motives.map((motive): Candidate => {
    const served = current.motives.find((m) => m.motive === motive);
    const label = motiveLabel(motive);
    const id = uniqueId(`serve-${motive.replace(/^custom:/, '')}`, taken);
    const objective: StrategicObjectiveJson = {
      id,
      name: `Serve ${label}`,
      metric: {
        name: `${label} (to define with the partner)`,
        unit: { kind: 'count' },
        aggregation: 'sum',
        direction: 'increase',
        motives: [motive],
      },
      baseline: '0',
      target: '1',
      horizon: { start: charter.horizon.start, end: charter.horizon.end },
      owner: 'joint',
      ...(opportunity === undefined ? {} : { opportunity }),
      contributions: [{ motive, strength: 'strong' }],
    };
    const share =
      served === undefined
        ? 'not in the partner’s profile'
        : `${formatPercent(served.weight)} of what the partner cares about, covered ${formatPercent(served.coverage)} today`;
    return {
      kind: 'serve-motive',
      subject: motive,
      addresses: [...(named.get(motive) ?? [])],
      description: `Add a joint objective that strongly serves ${label} (${share})`,
      changes: [
        `charter.objectives: add ${id} with a strong contribution to ${motive}${opportunity === undefined ? '' : `, serving ${opportunity}`}`,
      ],
      patch: [{ op: 'add', path: '/charter/objectives/-', value: asJson(objective) }],
    };
  });
};

/**
 * The findings of replan, in the library's one `Finding` format.
 *
 * @module
 */
import type { Finding } from '../../model/finding.js';
import type { ObjectiveId } from '../../model/ids.js';
import type { ReplanFindingCode } from '../replan-finding.js';

/** A warning of replan about one objective, with its numbers as exact decimal strings. */
export function replanFinding(
  code: ReplanFindingCode,
  objective: ObjectiveId,
  numbers: {
    readonly target: string;
    readonly shortfall: string;
    readonly gap: string;
    readonly cap?: string;
  },
): Finding<ReplanFindingCode> {
  const { target, shortfall, gap, cap } = numbers;
  const evidence = [
    { label: "The objective's target", value: target },
    { label: 'Shortfall against the target', value: shortfall },
    { label: 'Gap to close', value: gap },
    ...(cap === undefined ? [] : [{ label: 'Cap', value: cap }]),
  ];
  return {
    code,
    severity: 'warning',
    subjects: [{ kind: 'objective', id: objective }],
    evidence,
    params:
      cap === undefined
        ? { objective, target, shortfall, gap }
        : { objective, target, shortfall, gap, cap },
    message:
      code === 'cap-unreachable'
        ? `The cap of ${cap} lets no remaining step of ${objective} rise enough: the plan misses its target by ${shortfall}`
        : `The original remaining steps of ${objective} are kept, so the plan misses its target by ${shortfall}`,
  };
}

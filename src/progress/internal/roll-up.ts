/**
 * The roll-up of a partnership's objectives: weighted attainment over those that have one, the
 * others listed with why, and the weakest status by a given order.
 *
 * @module
 */
import { divideOrNull as divide, ONE, sumDecimals as sum } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import { type ProgressStatus, progressStatusOrder } from '../default-thresholds.js';
import type { ProgressFindingCode } from '../progress-finding.js';
import type { ProgressRollUp } from '../roll-up-progress.js';
import type { ProgressView } from './read-progress.js';

/** The findings that say why an attainment is `null`. */
const explainsNoAttainment: ReadonlySet<string> = new Set<ProgressFindingCode>([
  'actuals-missing',
  'no-actual-yet',
  'nothing-expected-to-date',
  'planned-level-zero',
  'plan-without-steps',
  'target-zero',
  'target-equals-baseline',
  'attainment-at-horizon-end',
]);

/** Rolls the progress of some objectives up (the order lists every status, weakest first). */
export function rollUpObjectives(
  list: ReadonlyArray<ProgressView>,
  order: ReadonlyArray<ProgressStatus> = progressStatusOrder,
): ProgressRollUp {
  const objectives: Array<ProgressRollUp['objectives'][number]> = [];
  const excluded: Array<ProgressRollUp['excluded'][number]> = [];
  for (const progress of list) {
    if (progress.attainment === null) {
      const why = progress.findings
        .filter((finding) => explainsNoAttainment.has(finding.code))
        .map((finding) => finding.message)
        .join(' ');
      excluded.push({
        objective: progress.objective,
        reason: `No attainment (${progress.status.status}): ${why || progress.status.rule}`,
      });
    } else {
      objectives.push({
        objective: progress.objective,
        weight: progress.weight ?? ONE,
        attainment: progress.attainment,
        status: progress.status.status,
      });
    }
  }
  const totalWeight = sum(objectives.map((o) => o.weight));
  const weighted = sum(objectives.map((o) => o.weight.times(o.attainment)));
  const attainment: Decimal | null = objectives.length === 0 ? null : divide(weighted, totalWeight);
  let weakest: ProgressRollUp['weakest'] = null;
  let weakestRank = Number.POSITIVE_INFINITY;
  for (const progress of list) {
    const rank = order.indexOf(progress.status.status);
    if (weakest === null || rank < weakestRank) {
      weakest = {
        status: progress.status.status,
        objective: progress.objective,
        rule: progress.status.rule,
      };
      weakestRank = rank;
    }
  }
  return { attainment, objectives, excluded, weakest };
}

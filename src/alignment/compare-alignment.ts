import type { Decimal } from '../money/to-decimal.js';
import type { AlignmentComponentId, AlignmentGrade } from './alignment-settings.js';
import { ZERO } from './internal/decimal.js';
import type { AlignmentReport } from './score-alignment.js';

/**
 * How two alignment reports differ: the total, each component's points, the gate, and each
 * motive's points and coverage. The component deltas and the gate delta add up to the total delta
 * exactly.
 *
 * @example
 * ```ts
 * import { compareAlignment, parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const partnership = parsePartnership(samples.northwindAdvisory);
 * const report = scoreAlignment(partnership, { asOf: '2026-11-27' });
 * compareAlignment(report, report).delta //=> '0'
 * ```
 * @category Alignment
 */
export interface AlignmentComparison {
  /** The score before. */
  readonly before: Decimal;
  /** The score after. */
  readonly after: Decimal;
  /** `after − before`. */
  readonly delta: Decimal;
  /** The grades before and after. */
  readonly grades: { readonly before: AlignmentGrade; readonly after: AlignmentGrade };
  /** Each component's points before and after, and their difference. */
  readonly components: ReadonlyArray<{
    readonly id: AlignmentComponentId;
    readonly before: Decimal;
    readonly after: Decimal;
    readonly delta: Decimal;
  }>;
  /** The points the margin gate took off before and after, and their difference. */
  readonly gate: { readonly before: Decimal; readonly after: Decimal; readonly delta: Decimal };
  /** Each motive of either profile: points and coverage before and after (0 when absent). */
  readonly motives: ReadonlyArray<{
    readonly motive: string;
    readonly label: string;
    readonly before: Decimal;
    readonly after: Decimal;
    readonly delta: Decimal;
    readonly coverageBefore: Decimal;
    readonly coverageAfter: Decimal;
  }>;
}

/**
 * The difference between two alignment reports (of the same partnership before and after a
 * change, or of two partnerships), split by component, gate and motive, so that a channel manager
 * can say where the points came from.
 *
 * @param before - the report before
 * @param after - the report after
 * @returns the total delta, per component (their deltas plus the gate's add up to it), per motive
 * @example
 * ```ts
 * import { compareAlignment, parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const partnership = parsePartnership(samples.northwindAdvisory);
 * const before = scoreAlignment(partnership, { asOf: '2026-11-27' });
 * const raised = { ...partnership, terms: { ...partnership.terms, resaleMargin: partnership.terms.benchmarkMargin.plus('0.04') } };
 * const comparison = compareAlignment(before, scoreAlignment(raised, { asOf: '2026-11-27' }));
 * comparison.components.find((component) => component.id === 'economics')?.delta.toFixed(4) //=> '0.2105'
 * ```
 * @category Alignment
 */
export function compareAlignment(
  before: AlignmentReport,
  after: AlignmentReport,
): AlignmentComparison {
  const ids = [...new Set([...before.components, ...after.components].map((c) => c.id))];
  const pointsOf = (report: AlignmentReport, id: AlignmentComponentId) =>
    report.components.find((c) => c.id === id)?.points ?? ZERO;
  const motiveIds = [...new Set([...after.motives, ...before.motives].map((m) => m.motive))];
  return {
    before: before.score,
    after: after.score,
    delta: after.score.minus(before.score),
    grades: { before: before.grade, after: after.grade },
    components: ids.map((id) => {
      const b = pointsOf(before, id);
      const a = pointsOf(after, id);
      return { id, before: b, after: a, delta: a.minus(b) };
    }),
    gate: {
      before: before.gate.points,
      after: after.gate.points,
      delta: after.gate.points.minus(before.gate.points),
    },
    motives: motiveIds.map((motive) => {
      const b = before.motives.find((m) => m.motive === motive);
      const a = after.motives.find((m) => m.motive === motive);
      const pb = b?.points ?? ZERO;
      const pa = a?.points ?? ZERO;
      return {
        motive,
        label: a?.label ?? b?.label ?? motive,
        before: pb,
        after: pa,
        delta: pa.minus(pb),
        coverageBefore: b?.coverage ?? ZERO,
        coverageAfter: a?.coverage ?? ZERO,
      };
    }),
  };
}

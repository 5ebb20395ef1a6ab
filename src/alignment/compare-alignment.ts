import { argumentError, describeReceived, kindOf } from '../argument-checks.js';
import { ValidationError } from '../errors.js';
import { isTrusted } from '../model/accept.js';
import { ZERO } from '../money/decimal-arithmetic.js';
import type { Decimal } from '../money/to-decimal.js';
import type { AlignmentScore } from './alignment-score.js';
import type { AlignmentComponentId, AlignmentGrade } from './alignment-settings.js';
import type { JsonValue } from './improvement.js';
import { ScoreReading } from './internal/score-reading.js';

/**
 * How two alignment scores differ: the total, each component's points, the gate, and each
 * motive's points and coverage. The component deltas and the gate delta add up to the total delta
 * exactly.
 *
 * @example
 * ```ts
 * import { compareAlignment, parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const partnership = parsePartnership(samples.northwindAdvisory);
 * const score = scoreAlignment(partnership, { asOf: '2026-11-27' });
 * compareAlignment(score, score).delta //=> '0'
 * ```
 * @category Alignment
 */
export interface AlignmentComparison {
  /** The version of the scoring rules both scores share. */
  readonly scoringVersion: string;
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

type Reading = ReturnType<typeof ScoreReading.parse>;

/**
 * A score argument: as is when the library made it; otherwise written out as JSON (a copy of a
 * score holds Decimals, which write themselves as strings) and read by the parts compared.
 */
function readScore(input: unknown, summary: string, name: string): Reading {
  if (isTrusted(input)) return input as Reading;
  let json: unknown;
  try {
    json = JSON.parse(JSON.stringify(input) ?? 'null');
  } catch {
    // JSON cannot write it (a cycle, a BigInt): not a score, and `json` stays undefined.
  }
  const result = ScoreReading.safeParse(json);
  if (result.success) return result.data;
  throw new ValidationError(
    summary,
    result.error.issues.slice(0, 10).map((issue) => ({
      code: issue.code === 'invalid_type' ? 'invalid-type' : 'invalid-value',
      path: [name, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
      message: `Not an alignment score: ${issue.message}`,
      received: kindOf(input),
      expected: 'an alignment score as scoreAlignment returns it, or its JSON',
    })),
  );
}

/**
 * The difference between two alignment scores (of the same partnership before and after a
 * change, or of two partnerships), split by component, gate and motive, so that a channel manager
 * can say where the points came from. Takes scores as `scoreAlignment` returns them or as their
 * JSON (a stored score); both must come from the same scoring rules (`scoringVersion`).
 *
 * @param before - the score before (a score or its JSON)
 * @param after - the score after
 * @returns the total delta, per component (their deltas plus the gate's add up to it), per motive
 * @throws {ValidationError} when an argument is not a score, or the two come from different scoring versions
 * @example
 * ```ts
 * import { compareAlignment, parsePartnership, samples, scoreAlignment } from 'partner-alignment';
 * const partnership = parsePartnership(samples.northwindAdvisory);
 * const before = JSON.parse(JSON.stringify(scoreAlignment(partnership, { asOf: '2026-11-27' })));
 * const raised = { ...partnership, terms: { ...partnership.terms, resaleMargin: partnership.terms.benchmarkMargin.plus('0.04') } };
 * const comparison = compareAlignment(before, scoreAlignment(raised, { asOf: '2026-11-27' }));
 * comparison.components.find((component) => component.id === 'economics')?.delta.toFixed(4) //=> '0.2105'
 * ```
 * @category Alignment
 */
export function compareAlignment(
  before: AlignmentScore | JsonValue,
  after: AlignmentScore | JsonValue,
): AlignmentComparison {
  const summary = 'Invalid arguments to compareAlignment';
  const b = readScore(before, summary, 'before');
  const a = readScore(after, summary, 'after');
  if (a.scoringVersion !== b.scoringVersion) {
    throw argumentError(
      summary,
      'invalid-value',
      ['after', 'scoringVersion'],
      `The scores come from different scoring rules (version ${describeReceived(b.scoringVersion)} before): the difference would mix a change of the plan with a change of the rules; score both with the same version`,
      describeReceived(a.scoringVersion),
      describeReceived(b.scoringVersion),
    );
  }
  const ids = [...new Set([...b.components, ...a.components].map((c) => c.id))];
  const pointsOf = (score: Reading, id: AlignmentComponentId) =>
    score.components.find((c) => c.id === id)?.points ?? ZERO;
  const motiveIds = [...new Set([...a.motives, ...b.motives].map((m) => m.motive))];
  return {
    scoringVersion: a.scoringVersion,
    before: b.score,
    after: a.score,
    delta: a.score.minus(b.score),
    grades: { before: b.grade, after: a.grade },
    components: ids.map((id) => {
      const pb = pointsOf(b, id);
      const pa = pointsOf(a, id);
      return { id, before: pb, after: pa, delta: pa.minus(pb) };
    }),
    gate: {
      before: b.gate.points,
      after: a.gate.points,
      delta: a.gate.points.minus(b.gate.points),
    },
    motives: motiveIds.map((motive) => {
      const mb = b.motives.find((m) => m.motive === motive);
      const ma = a.motives.find((m) => m.motive === motive);
      const pb = mb?.points ?? ZERO;
      const pa = ma?.points ?? ZERO;
      return {
        motive,
        label: ma?.label ?? mb?.label ?? motive,
        before: pb,
        after: pa,
        delta: pa.minus(pb),
        coverageBefore: mb?.coverage ?? ZERO,
        coverageAfter: ma?.coverage ?? ZERO,
      };
    }),
  };
}

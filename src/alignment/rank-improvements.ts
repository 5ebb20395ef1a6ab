import { periodOf } from '../calendar/period-of.js';
import { CadenceId, CommitmentId, ObjectiveId, StakeholderId } from '../model/ids.js';
import type { MotiveId } from '../model/motive.js';
import type { Decimal } from '../money/to-decimal.js';
import type { AlignmentGrade } from './alignment-settings.js';
import { ONE } from './internal/decimal.js';
import type {
  Commitment,
  Partnership,
  ReviewHeld,
  Side,
  StrategicObjective,
} from './internal/partnership.js';
import { motiveLabel } from './motive-catalog.js';
import {
  type AlignmentReport,
  type ScoreAlignmentOptions,
  scoreAlignment,
} from './score-alignment.js';

/**
 * The kinds of change {@link rankImprovements} tries.
 *
 * @example
 * ```ts
 * import type { ImprovementKind } from 'partner-alignment';
 * const kind: ImprovementKind = 'agree-assigned-goals';
 * kind //=> 'agree-assigned-goals'
 * ```
 * @category Alignment
 */
export type ImprovementKind =
  | 'serve-motive'
  | 'agree-assigned-goals'
  | 'agree-proposed-goals'
  | 'hold-overdue-reviews'
  | 'add-strategic-review'
  | 'raise-margin'
  | 'name-sponsor'
  | 'add-commitment';

/**
 * A concrete change to a partnership and the score it reaches, found by re-scoring the changed
 * partnership. `partnership` is the changed partnership itself, so the change can be inspected,
 * adopted, or scored further.
 *
 * @example
 * ```ts
 * import { parsePartnership, rankImprovements, samples } from 'partner-alignment';
 * const [best] = rankImprovements(parsePartnership(samples.northwindAdvisory), { asOf: '2026-11-27' });
 * [best?.kind, best?.subject] //=> ['serve-motive', 'retention']
 * ```
 * @category Alignment
 */
export interface Improvement {
  /** What kind of change. */
  readonly kind: ImprovementKind;
  /** What it is about: a motive id, a side, a cadence... or the partnership. */
  readonly subject: string;
  /** The change in one sentence. */
  readonly description: string;
  /** Exactly what was changed, one line per edit, with the paths of the document. */
  readonly changes: ReadonlyArray<string>;
  /** The score the changed partnership reaches. */
  readonly score: Decimal;
  /** Its grade. */
  readonly grade: AlignmentGrade;
  /** `score − the current score`: always positive. */
  readonly delta: Decimal;
  /** The changed partnership (the input is never changed). */
  readonly partnership: Partnership;
}

/**
 * Options of {@link rankImprovements}: those of `scoreAlignment`, and how many motives to try to
 * serve.
 *
 * @example
 * ```ts
 * import type { RankImprovementsOptions } from 'partner-alignment';
 * const options: RankImprovementsOptions = { asOf: '2026-11-27', motives: 2 };
 * options.motives //=> 2
 * ```
 * @category Alignment
 */
export interface RankImprovementsOptions extends ScoreAlignmentOptions {
  /** How many of the least-served motives (by `weight × (1 − coverage)`) to try to serve; default 3. */
  readonly motives?: number;
}

interface Candidate {
  readonly kind: ImprovementKind;
  readonly subject: string;
  readonly description: string;
  readonly changes: ReadonlyArray<string>;
  readonly partnership: Partnership;
}

/**
 * The concrete changes that would raise a partnership's alignment score most, best first. Each
 * candidate change is applied to a copy of the partnership (the input is never changed) and the
 * copy is re-scored with the same options: nothing is estimated. Candidates:
 *
 * - `serve-motive`: add an objective (a placeholder metric to fill in with the partner, owned
 *   jointly, over the charter horizon) that strongly serves one of the least-served motives;
 * - `agree-assigned-goals` / `agree-proposed-goals`: record those goals as agreed by the first
 *   stakeholder of each side on `asOf`;
 * - `hold-overdue-reviews`: record each overdue review as held on its due date by the sponsors;
 * - `add-strategic-review`: add a yearly strategic review cadence (45 days), held on time so far;
 * - `raise-margin`: bring the resale margin up to the benchmark;
 * - `name-sponsor`: name an executive sponsor on a side that has none;
 * - `add-commitment`: add a planned commitment for the current fiscal year from a side that has
 *   none, tied to the objective serving the partner's heaviest motive.
 *
 * Only changes that raise the score are returned, sorted by the score reached (ties keep the
 * order of the list above).
 *
 * @param partnership - a parsed partnership
 * @param options - those of `scoreAlignment` (`asOf` required), and `motives`
 * @returns the improvements, best first, each with the score it reaches and the changed partnership
 * @throws {ValidationError} when the settings overrides are invalid
 * @example
 * ```ts
 * import { parsePartnership, rankImprovements, samples } from 'partner-alignment';
 * const ranked = rankImprovements(parsePartnership(samples.lumenField), { asOf: '2026-11-27' });
 * ranked.slice(0, 3).map((improvement) => improvement.kind) //=> ['serve-motive', 'agree-assigned-goals', 'raise-margin']
 * ```
 * @category Alignment
 */
export function rankImprovements(
  partnership: Partnership,
  options: RankImprovementsOptions,
): ReadonlyArray<Improvement> {
  const { motives: motiveCount = 3, ...scoring } = options;
  const current = scoreAlignment(partnership, scoring);
  const candidates: Candidate[] = [
    ...serveMotives(partnership, current, motiveCount),
    ...agreeGoals(partnership, options.asOf, 'assigned'),
    ...agreeGoals(partnership, options.asOf, 'proposed'),
    ...holdOverdueReviews(partnership, current),
    ...addStrategicReview(partnership, scoring),
    ...raiseMargin(partnership),
    ...nameSponsors(partnership),
    ...addCommitments(partnership, current, options.asOf),
  ];
  return candidates
    .map((candidate, index) => {
      const report = scoreAlignment(candidate.partnership, scoring);
      return {
        improvement: {
          kind: candidate.kind,
          subject: candidate.subject,
          description: candidate.description,
          changes: candidate.changes,
          score: report.score,
          grade: report.grade,
          delta: report.score.minus(current.score),
          partnership: candidate.partnership,
        } satisfies Improvement,
        index,
      };
    })
    .filter(({ improvement }) => improvement.delta.isPositive() && !improvement.delta.isZero())
    .sort((a, b) => b.improvement.score.comparedTo(a.improvement.score) || a.index - b.index)
    .map(({ improvement }) => improvement);
}

function uniqueId(base: string, taken: ReadonlyArray<string>): string {
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

function withCharter(
  partnership: Partnership,
  charter: Partial<Partnership['charter']>,
): Partnership {
  return { ...partnership, charter: { ...partnership.charter, ...charter } };
}

function serveMotives(
  partnership: Partnership,
  current: AlignmentReport,
  count: number,
): Candidate[] {
  const { charter } = partnership;
  const opportunity = charter.opportunities[0]?.id;
  return current.motives
    .filter((motive) => motive.coverage.lt(ONE))
    .map((motive, index) => ({
      motive,
      index,
      gap: motive.weight.times(ONE.minus(motive.coverage)),
    }))
    .sort((a, b) => b.gap.comparedTo(a.gap) || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map(({ motive }) => {
      const id = ObjectiveId.parse(
        uniqueId(
          `serve-${motive.motive.replace(/^custom:/, '')}`,
          charter.objectives.map((o) => o.id),
        ),
      );
      const objective: StrategicObjective = {
        id,
        name: `Serve ${motive.label}`,
        metric: {
          name: `${motive.label} (to define with the partner)`,
          unit: { kind: 'count' },
          aggregation: 'sum',
          direction: 'increase',
          motives: [motive.motive as MotiveId],
        },
        baseline: ONE.minus(ONE),
        target: ONE,
        horizon: charter.horizon,
        owner: 'joint',
        ...(opportunity === undefined ? {} : { opportunity }),
        contributions: [{ motive: motive.motive as MotiveId, strength: 'strong' }],
      };
      return {
        kind: 'serve-motive',
        subject: motive.motive,
        description: `Add a joint objective that strongly serves ${motiveLabel(motive.motive as MotiveId)} (${motive.weight.times(100).toString()}% of what the partner cares about, covered ${motive.coverage.times(100).toDecimalPlaces(1).toString()}% today)`,
        changes: [
          `charter.objectives: add ${id} with a strong contribution to ${motive.motive}${opportunity === undefined ? '' : `, serving ${opportunity}`}`,
        ],
        partnership: withCharter(partnership, { objectives: [...charter.objectives, objective] }),
      } satisfies Candidate;
    });
}

function agreeGoals(
  partnership: Partnership,
  asOf: string,
  status: 'assigned' | 'proposed',
): Candidate[] {
  const { goals, charter } = partnership;
  const signatories = (['vendor', 'partner'] as const).flatMap((side) => {
    const person = charter.stakeholders.find((p) => p.side === side);
    return person === undefined ? [] : [person.id];
  });
  const indices = goals.flatMap((goal, index) =>
    goal.provenance.status === status ? [index] : [],
  );
  if (indices.length === 0 || signatories.length === 0) return [];
  return [
    {
      kind: status === 'assigned' ? 'agree-assigned-goals' : 'agree-proposed-goals',
      subject: 'goals',
      description: `Agree the ${indices.length} ${status} period goal${indices.length === 1 ? '' : 's'} with the partner`,
      changes: indices.map(
        (index) =>
          `goals[${index}].provenance: ${status} → agreed by ${signatories.join(' and ')} on ${asOf}`,
      ),
      partnership: {
        ...partnership,
        goals: goals.map((goal) =>
          goal.provenance.status === status
            ? { ...goal, provenance: { status: 'agreed', agreedBy: signatories, agreedOn: asOf } }
            : goal,
        ),
      },
    },
  ];
}

function sponsors(partnership: Partnership): Array<StakeholderId> {
  return partnership.charter.stakeholders
    .filter((p) => p.role === 'executive-sponsor')
    .map((p) => p.id);
}

function holdOverdueReviews(partnership: Partnership, current: AlignmentReport): Candidate[] {
  const overdue = current.reviews.overdue;
  if (overdue.length === 0) return [];
  const attendees = sponsors(partnership);
  const held: ReviewHeld[] = overdue.map((review) => ({
    cadence: review.cadence,
    date: review.due,
    attendees,
  }));
  return [
    {
      kind: 'hold-overdue-reviews',
      subject: 'reviews',
      description: `Hold the ${overdue.length} overdue review${overdue.length === 1 ? '' : 's'}`,
      changes: overdue.map(
        (review) =>
          `charter.reviewsHeld: add ${review.cadence} of ${review.periodKey} held on ${review.due}`,
      ),
      partnership: withCharter(partnership, {
        reviewsHeld: [...partnership.charter.reviewsHeld, ...held],
      }),
    },
  ];
}

function addStrategicReview(partnership: Partnership, scoring: ScoreAlignmentOptions): Candidate[] {
  const { charter } = partnership;
  if (charter.reviewCadences.some((c) => c.kind === 'strategic')) return [];
  const id = CadenceId.parse(
    uniqueId(
      'strategic-review',
      charter.reviewCadences.map((c) => c.id),
    ),
  );
  const withCadence = withCharter(partnership, {
    reviewCadences: [
      ...charter.reviewCadences,
      {
        id,
        kind: 'strategic',
        name: 'Yearly strategic review',
        frequency: 'yearly',
        dueWithinDays: 45,
      },
    ],
  });
  const passed = scoreAlignment(withCadence, scoring).reviews.overdue.filter(
    (r) => r.cadence === id,
  );
  const attendees = sponsors(partnership);
  return [
    {
      kind: 'add-strategic-review',
      subject: id,
      description: 'Add a yearly strategic review with both executive sponsors',
      changes: [
        `charter.reviewCadences: add ${id} (strategic, yearly, due within 45 days)`,
        ...passed.map((r) => `charter.reviewsHeld: add ${id} of ${r.periodKey} held on ${r.due}`),
      ],
      partnership: withCharter(withCadence, {
        reviewsHeld: [
          ...charter.reviewsHeld,
          ...passed.map((r) => ({ cadence: id, date: r.due, attendees })),
        ],
      }),
    },
  ];
}

function raiseMargin(partnership: Partnership): Candidate[] {
  const { terms } = partnership;
  if (!terms.resaleMargin.lt(terms.benchmarkMargin)) return [];
  return [
    {
      kind: 'raise-margin',
      subject: 'terms',
      description: `Raise the resale margin from ${terms.resaleMargin.times(100).toString()}% to the benchmark of ${terms.benchmarkMargin.times(100).toString()}%`,
      changes: [
        `terms.resaleMargin: ${terms.resaleMargin.toString()} → ${terms.benchmarkMargin.toString()}`,
      ],
      partnership: { ...partnership, terms: { ...terms, resaleMargin: terms.benchmarkMargin } },
    },
  ];
}

function nameSponsors(partnership: Partnership): Candidate[] {
  const { charter } = partnership;
  return (['vendor', 'partner'] as const satisfies ReadonlyArray<Side>)
    .filter(
      (side) =>
        !charter.stakeholders.some((p) => p.side === side && p.role === 'executive-sponsor'),
    )
    .map((side) => {
      const id = StakeholderId.parse(
        uniqueId(
          `${side}-executive-sponsor`,
          charter.stakeholders.map((p) => p.id),
        ),
      );
      return {
        kind: 'name-sponsor',
        subject: side,
        description: `Name an executive sponsor on the ${side} side`,
        changes: [`charter.stakeholders: add ${id} (${side}, executive-sponsor, to be named)`],
        partnership: withCharter(partnership, {
          stakeholders: [
            ...charter.stakeholders,
            { id, side, name: 'To be named', role: 'executive-sponsor' },
          ],
        }),
      } satisfies Candidate;
    });
}

function addCommitments(
  partnership: Partnership,
  current: AlignmentReport,
  asOf: string,
): Candidate[] {
  const heaviest = current.motives.find((m) => m.objectives.length > 0)?.objectives[0]?.objective;
  const objective = heaviest ?? partnership.charter.objectives[0]?.id;
  if (objective === undefined) return [];
  const kinds = { vendor: 'enablement', partner: 'resourcing' } as const satisfies Record<
    Side,
    Commitment['kind']
  >;
  return (['vendor', 'partner'] as const)
    .filter((side) => !partnership.commitments.some((c) => c.side === side))
    .map((side) => {
      const id = CommitmentId.parse(
        uniqueId(
          `c-${side}`,
          partnership.commitments.map((c) => c.id),
        ),
      );
      const period = periodOf(partnership.calendar, asOf, 'year');
      const commitment: Commitment = {
        id,
        side,
        kind: kinds[side],
        description: 'To be defined together',
        period,
        objectives: [objective],
        status: 'planned',
      };
      return {
        kind: 'add-commitment',
        subject: side,
        description: `Agree a ${kinds[side]} commitment from the ${side} toward ${objective}`,
        changes: [
          `commitments: add ${id} (${side}, ${kinds[side]}, planned, tied to ${objective})`,
        ],
        partnership: { ...partnership, commitments: [...partnership.commitments, commitment] },
      } satisfies Candidate;
    });
}

import type { Decimal } from '../../money/to-decimal.js';
import type { Finding } from '../finding.js';
import type { ReviewSchedule } from '../review-schedule.js';
import { daysBetween } from './days.js';
import { HUNDRED, ONE, percent, points, quantize, sum, ZERO } from './decimal.js';
import { type MotiveFit, servedMotives, weighs } from './motive-fit.js';
import type { MotiveProfile, Partnership, Side } from './partnership.js';
import type { ResolvedSettings } from './resolve-settings.js';

/** A component's score from 0 to 100 (12 places), why, and what it found. */
export interface ComponentResult {
  readonly score: Decimal;
  readonly reasons: ReadonlyArray<string>;
  readonly findings: ReadonlyArray<Finding>;
}

/** The margin gate: the cap on the total, when margin is far enough below the benchmark. */
export interface GateResult {
  readonly ratio?: Decimal;
  readonly cap?: Decimal;
}

const sides: ReadonlyArray<Side> = ['vendor', 'partner'];

/** Weighted parts → a 0–100 score. */
function weighted(parts: ReadonlyArray<readonly [Decimal, Decimal]>): Decimal {
  return quantize(HUNDRED.times(sum(parts.map(([weight, value]) => weight.times(value)))));
}

export function motiveFitComponent(
  fits: ReadonlyArray<MotiveFit>,
  partnership: Partnership,
  profile: MotiveProfile,
  settings: ResolvedSettings,
): ComponentResult {
  const reasons: string[] = [];
  const findings: Finding[] = [];
  const heaviest = fits[0];
  for (const fit of fits) {
    const served = [
      ...fit.objectives.map((o) => o.objective),
      ...fit.commitments.map((c) => c.commitment),
    ];
    reasons.push(
      `${fit.label} weighs ${percent(fit.weight)} and is covered ${percent(fit.coverage)}` +
        (served.length === 0 ? ' (served by nothing)' : ` by ${served.join(', ')}`),
    );
    if (
      fit.coverage.isZero() &&
      (fit === heaviest || fit.weight.gte(settings.unservedMotiveWeight))
    ) {
      findings.push({
        code: 'motive-unserved',
        severity: fit === heaviest ? 'critical' : 'warning',
        subject: { kind: 'motive', id: fit.motive },
        message: `${fit === heaviest ? 'The partner’s heaviest motive' : 'A motive'}, ${fit.label} (${percent(fit.weight)} of what the partner cares about), is served by no objective or commitment`,
        suggestion: `Add an objective that serves ${fit.label}, or declare how an existing objective does`,
      });
    }
  }
  for (const objective of partnership.charter.objectives) {
    const motives = [...servedMotives(objective, settings).keys()];
    if (!motives.some((motive) => weighs(profile, motive))) {
      findings.push({
        code: 'objective-serves-no-motive',
        severity: 'warning',
        subject: { kind: 'objective', id: objective.id },
        message: `Objective ${objective.id} serves none of the partner’s motives`,
        suggestion: `Declare which of the partner’s motives ${objective.id} advances, or rethink it with the partner`,
      });
    }
  }
  return { score: sum(fits.map((fit) => fit.score)), reasons, findings };
}

export function economicsComponent(
  partnership: Partnership,
  settings: ResolvedSettings,
): ComponentResult & { readonly gate: GateResult } {
  const { resaleMargin: m, benchmarkMargin: b } = partnership.terms;
  const { atBenchmark, gateOpen, gateClosed, bottomCap } = settings.economics;
  const findings: Finding[] = [];
  let score: Decimal;
  if (m.gte(b)) {
    score = m.isZero() ? atBenchmark : HUNDRED.minus(HUNDRED.minus(atBenchmark).times(b).div(m));
  } else {
    const r = m.div(b);
    score = atBenchmark.times(r).times(r);
  }
  score = quantize(score);
  const reasons = [
    `resale margin ${percent(m)} against a market benchmark of ${percent(b)}: ${points(score)} of 100`,
  ];
  if (b.isZero()) return { score, reasons, findings, gate: {} };
  const ratio = quantize(m.div(b));
  let cap: Decimal | undefined;
  if (ratio.lte(gateClosed)) cap = bottomCap;
  else if (ratio.lt(gateOpen)) {
    cap = quantize(
      bottomCap.plus(
        HUNDRED.minus(bottomCap).times(ratio.minus(gateClosed)).div(gateOpen.minus(gateClosed)),
      ),
    );
  }
  if (m.lt(b)) {
    findings.push({
      code: 'margin-below-benchmark',
      severity: cap === undefined ? 'warning' : 'critical',
      subject: { kind: 'terms' },
      message:
        `The resale margin (${percent(m)}) is below the market benchmark (${percent(b)})` +
        (cap === undefined ? '' : `: the total score is capped at ${points(cap)}`),
      suggestion: `Bring the margin to the benchmark of ${percent(b)}: margin is the price of entry`,
    });
    if (cap !== undefined) reasons.push(`margin gate: the total is capped at ${points(cap)}`);
  }
  return { score, reasons, findings, gate: cap === undefined ? { ratio } : { ratio, cap } };
}

export function mutualityComponent(
  partnership: Partnership,
  settings: ResolvedSettings,
): ComponentResult {
  const { goals, commitments } = partnership;
  const s = settings.mutuality;
  const reasons: string[] = [];
  const findings: Finding[] = [];
  const count = (status: string) =>
    goals.filter((goal) => goal.provenance.status === status).length;
  const agreed = count('agreed');
  const proposed = count('proposed');
  const assigned = count('assigned');
  const goalShare =
    goals.length === 0
      ? ZERO
      : quantize(s.proposedGoalCredit.times(proposed).plus(agreed).div(goals.length));
  reasons.push(
    `${agreed} of ${goals.length} period goals agreed by both sides, ${proposed} proposed, ${assigned} assigned`,
  );
  if (goals.length === 0) {
    findings.push({
      code: 'no-goals',
      severity: 'warning',
      subject: { kind: 'goals' },
      message: 'No period goals: nothing says what the first steps toward the objectives are',
      suggestion: 'Set the next period’s goals together with the partner',
    });
  }
  if (assigned > 0) {
    findings.push({
      code: 'goals-assigned',
      severity: 'warning',
      subject: { kind: 'goals' },
      message: `${assigned} period goal${assigned === 1 ? ' was' : 's were'} assigned by one side rather than agreed`,
      suggestion: 'Agree the assigned goals with the partner: goals set together, not quota',
    });
  }
  if (proposed > 0) {
    findings.push({
      code: 'goals-proposed',
      severity: 'info',
      subject: { kind: 'goals' },
      message: `${proposed} period goal${proposed === 1 ? ' is' : 's are'} proposed and not yet agreed`,
      suggestion: 'Agree the proposed goals at the next review',
    });
  }
  const committing = sides.filter((side) => commitments.some((c) => c.side === side));
  const bothSides = quantize(ONE.times(committing.length).div(2));
  reasons.push(
    committing.length === 2
      ? 'both sides have made commitments'
      : committing.length === 1
        ? `only the ${committing[0]} has made commitments`
        : 'no commitments from either side',
  );
  if (commitments.length === 0) {
    findings.push({
      code: 'no-commitments',
      severity: 'warning',
      subject: { kind: 'commitments' },
      message: 'Neither side has committed anything toward the objectives',
      suggestion: 'Agree what each side puts in: enablement, funding, leads, people',
    });
  } else if (committing.length === 1) {
    const missing = sides.find((side) => !committing.includes(side)) ?? 'partner';
    findings.push({
      code: 'one-sided-commitments',
      severity: 'warning',
      subject: { kind: 'commitments', id: missing },
      message: `Only the ${committing[0]} has made commitments; the ${missing} has made none`,
      suggestion: `Agree a commitment from the ${missing} tied to the objectives`,
    });
  }
  const known = new Set<string>(partnership.charter.objectives.map((o) => o.id));
  const tied = commitments.filter((c) => c.objectives.some((id) => known.has(id)));
  for (const commitment of commitments) {
    if (!tied.includes(commitment)) {
      findings.push({
        code: 'commitment-not-tied',
        severity: 'info',
        subject: { kind: 'commitment', id: commitment.id },
        message: `Commitment ${commitment.id} is tied to no objective`,
        suggestion: `Tie ${commitment.id} to the objective it serves`,
      });
    }
  }
  const tiedShare =
    commitments.length === 0 ? ZERO : quantize(ONE.times(tied.length).div(commitments.length));
  reasons.push(`${tied.length} of ${commitments.length} commitments tied to objectives`);
  return {
    score: weighted([
      [s.agreedGoals, goalShare],
      [s.bothSidesCommit, bothSides],
      [s.commitmentsTied, tiedShare],
    ]),
    reasons,
    findings,
  };
}

export function governanceComponent(
  partnership: Partnership,
  schedule: ReviewSchedule,
  settings: ResolvedSettings,
): ComponentResult {
  const { stakeholders, reviewCadences } = partnership.charter;
  const s = settings.governance;
  const reasons: string[] = [];
  const findings: Finding[] = [];
  const sideScores = sides.map((side) => {
    const people = stakeholders.filter((p) => p.side === side);
    const sponsor = people.some((p) => p.role === 'executive-sponsor');
    if (!sponsor) {
      findings.push({
        code: 'sponsor-missing',
        severity: 'warning',
        subject: { kind: 'stakeholders', id: side },
        message: `The ${side} side has ${people.length === 0 ? 'no stakeholders' : 'no executive sponsor'}`,
        suggestion: `Name an executive sponsor on the ${side} side`,
      });
    }
    reasons.push(
      `${side}: ${people.length} stakeholder${people.length === 1 ? '' : 's'}, ${sponsor ? 'with' : 'without'} an executive sponsor`,
    );
    return sponsor ? ONE : people.length > 0 ? s.stakeholderWithoutSponsorCredit : ZERO;
  });
  const sponsors = quantize(sum(sideScores).div(2));
  const strategic = reviewCadences.some((c) => c.kind === 'strategic');
  const cadence = strategic
    ? ONE
    : reviewCadences.length > 0
      ? s.cadenceWithoutStrategicCredit
      : ZERO;
  reasons.push(
    strategic
      ? `${reviewCadences.length} review cadence${reviewCadences.length === 1 ? '' : 's'}, including a strategic review`
      : `${reviewCadences.length} review cadences, none of them strategic`,
  );
  if (!strategic) {
    findings.push({
      code: 'no-strategic-cadence',
      severity: 'warning',
      subject: { kind: 'cadence' },
      message: 'No strategic review is planned: nobody reviews the long-term direction together',
      suggestion: 'Add a yearly strategic review with both executive sponsors',
    });
  }
  const due = schedule.reviews.filter((r) => r.status !== 'open' && r.status !== 'upcoming');
  const held = due.filter((r) => r.status === 'held').length;
  const late = due.filter((r) => r.status === 'held-late').length;
  const onSchedule =
    reviewCadences.length === 0
      ? ZERO
      : due.length === 0
        ? ONE
        : quantize(s.lateReviewCredit.times(late).plus(held).div(due.length));
  reasons.push(
    `${held} of ${due.length} reviews due by ${schedule.asOf} held on time, ${late} late, ${schedule.overdue.length} overdue`,
  );
  for (const review of schedule.overdue) {
    findings.push({
      code: 'review-overdue',
      severity: review.kind === 'strategic' ? 'critical' : 'warning',
      subject: { kind: 'review', id: `${review.cadence}/${review.periodKey}` },
      message: `The ${review.kind} review ${review.cadence} of ${review.periodKey} was due by ${review.due} and has not been held`,
      suggestion: `Hold the ${review.cadence} review of ${review.periodKey}`,
    });
  }
  return {
    score: weighted([
      [s.sponsors, sponsors],
      [s.strategicCadence, cadence],
      [s.reviewsOnSchedule, onSchedule],
    ]),
    reasons,
    findings,
  };
}

export function clarityComponent(
  partnership: Partnership,
  profile: MotiveProfile,
  settings: ResolvedSettings,
): ComponentResult {
  const { charter } = partnership;
  const s = settings.clarity;
  const reasons: string[] = [];
  const findings: Finding[] = [];
  const purpose = charter.purpose.trim() === '' ? ZERO : ONE;
  if (purpose.isZero()) {
    findings.push({
      code: 'no-purpose',
      severity: 'warning',
      subject: { kind: 'charter' },
      message: 'The charter states no purpose: why the two companies are in business together',
      suggestion: 'Write down the long-term direction of the partnership with the partner',
    });
  }
  const days = daysBetween(charter.horizon.start, charter.horizon.end) + 1;
  const horizon = days >= s.minimumHorizonDays ? ONE : ZERO;
  reasons.push(
    `purpose ${purpose.isZero() ? 'missing' : 'stated'}; horizon of ${days} days (${charter.horizon.start} to ${charter.horizon.end})`,
  );
  if (horizon.isZero()) {
    findings.push({
      code: 'short-horizon',
      severity: 'info',
      subject: { kind: 'charter' },
      message: `The charter horizon is ${days} days: shorter than the ${s.minimumHorizonDays} days of a long-term plan`,
      suggestion: 'Set a horizon of several years for the partnership',
    });
  }
  const captured = charter.opportunities.filter((o) => o.targetShare.gt(ZERO));
  const opportunity = captured.length > 0 ? ONE : ZERO;
  reasons.push(
    `${charter.opportunities.length} market opportunit${charter.opportunities.length === 1 ? 'y' : 'ies'}, ${captured.length} with a capture target`,
  );
  if (captured.length === 0) {
    findings.push({
      code: 'no-opportunity',
      severity: 'warning',
      subject: { kind: 'charter' },
      message:
        'No market opportunity with a capture target: what the partnership means to win is not stated',
      suggestion: 'Name the market opportunity and the share of it to capture by the horizon’s end',
    });
  }
  const known = new Set<string>(charter.opportunities.map((o) => o.id));
  const objectives = charter.objectives;
  const tied = objectives.filter(
    (o) =>
      (o.opportunity !== undefined && known.has(o.opportunity)) ||
      [...servedMotives(o, settings).keys()].some((motive) => weighs(profile, motive)),
  );
  const tiedShare =
    objectives.length === 0 ? ZERO : quantize(ONE.times(tied.length).div(objectives.length));
  reasons.push(
    `${tied.length} of ${objectives.length} objectives tied to an opportunity or a motive`,
  );
  if (objectives.length === 0) {
    findings.push({
      code: 'no-objectives',
      severity: 'critical',
      subject: { kind: 'charter' },
      message: 'The charter has no objectives: nothing the partnership means to accomplish',
      suggestion: 'Agree long-term objectives that serve the partner’s motives',
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
}

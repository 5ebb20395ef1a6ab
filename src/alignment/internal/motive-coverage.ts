import type { CommitmentId, ObjectiveId } from '../../model/ids.js';
import type { MotiveId } from '../../model/motive.js';
import type { MotiveProfile } from '../../model/motive-profile.js';
import type { StrategicObjective } from '../../model/objective.js';
import type { Partnership } from '../../model/partnership.js';
import { HUNDRED, ONE, quantize, ZERO } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { CommitmentService, ObjectiveService } from '../alignment-score.js';
import type { ContributionStrength } from '../alignment-settings.js';
import { motiveLabel } from '../motive-catalog.js';
import type { ResolvedSettings } from './resolve-settings.js';

/** Decimal places every score, coverage and cap is kept to, so sums of them stay exact. */
export const SCORE_PLACES = 12;

/** How an objective serves one motive: its strength and where the strength comes from. */
export interface Service {
  readonly strength: ContributionStrength;
  readonly origin: 'declared' | 'derived';
}

/** A motive with its coverage and what covers it. */
export interface MotiveFit {
  readonly motive: MotiveId;
  readonly label: string;
  readonly weight: Decimal;
  readonly coverage: Decimal;
  /** `100 × weight × coverage`, rounded to 12 places: this motive's part of the motive-fit score. */
  readonly score: Decimal;
  readonly objectives: ReadonlyArray<ObjectiveService>;
  readonly commitments: ReadonlyArray<CommitmentService>;
}

const rank: Readonly<Record<ContributionStrength, number>> = { weak: 0, moderate: 1, strong: 2 };

/**
 * The motives an objective serves and how strongly. A declared contribution wins for its motive,
 * also when it is weaker than the metric's default (the strongest declared one when a motive is
 * declared twice); a motive named only by the metric gets the derived strength.
 */
export function servedMotives(
  objective: StrategicObjective,
  settings: ResolvedSettings,
): ReadonlyMap<MotiveId, Service> {
  const served = new Map<MotiveId, Service>();
  for (const { motive, strength } of objective.contributions) {
    const known = served.get(motive);
    if (known === undefined || rank[strength] > rank[known.strength]) {
      served.set(motive, { strength, origin: 'declared' });
    }
  }
  for (const motive of objective.metric.motives) {
    if (!served.has(motive))
      served.set(motive, { strength: settings.derivedStrength, origin: 'derived' });
  }
  return served;
}

/** Whether a declared strength is weaker than the strength the metric alone would give. */
export function isWeakerThanDerived(
  strength: ContributionStrength,
  settings: ResolvedSettings,
): boolean {
  return rank[strength] < rank[settings.derivedStrength];
}

/**
 * The weight of each objective as a factor of its coverage: `w / w_max` (an objective without a
 * weight weighs 1), or 1 for every objective when weights are ignored.
 */
export function objectiveFactors(
  partnership: Partnership,
  settings: ResolvedSettings,
): ReadonlyMap<ObjectiveId, Decimal> {
  const { objectives } = partnership.charter;
  const weights = objectives.map((o) =>
    settings.objectiveWeights === 'equal' ? ONE : (o.weight ?? ONE),
  );
  const heaviest = weights.reduce((max, w) => (w.gt(max) ? w : max), ZERO);
  return new Map(
    objectives.map((o, i) => [
      o.id,
      heaviest.isZero() ? ONE : quantize((weights[i] ?? ONE).div(heaviest), SCORE_PLACES),
    ]),
  );
}

/** What the coverage of any motive is computed from, once per score. */
export interface CoverageInput {
  readonly partnership: Partnership;
  readonly settings: ResolvedSettings;
  readonly served: ReadonlyMap<ObjectiveId, ReadonlyMap<MotiveId, Service>>;
  readonly factors: ReadonlyMap<ObjectiveId, Decimal>;
}

/** How fully the plan serves one motive, and by what (any motive, in the profile or not). */
export function coverageOf(
  input: CoverageInput,
  motive: MotiveId,
): Pick<MotiveFit, 'coverage' | 'objectives' | 'commitments'> {
  const { partnership, settings, served, factors } = input;
  const objectives: ObjectiveService[] = [];
  const byObjective = new Map<ObjectiveId, Decimal>();
  for (const objective of partnership.charter.objectives) {
    const service = served.get(objective.id)?.get(motive);
    if (service === undefined) continue;
    const factor = factors.get(objective.id) ?? ONE;
    const coverage = quantize(
      settings.strengthCoverage[service.strength].times(factor),
      SCORE_PLACES,
    );
    byObjective.set(objective.id, coverage);
    objectives.push({ objective: objective.id, ...service, coverage });
  }
  const commitments: CommitmentService[] = [];
  for (const commitment of partnership.commitments) {
    let best: { objective: ObjectiveId; coverage: Decimal } | undefined;
    for (const objective of commitment.objectives) {
      const coverage = byObjective.get(objective);
      if (coverage !== undefined && (best === undefined || coverage.gt(best.coverage))) {
        best = { objective, coverage };
      }
    }
    if (best === undefined) continue;
    const credit = settings.commitmentStatusCredit[commitment.status];
    const coverage = quantize(
      best.coverage.times(settings.commitmentFactor).times(credit),
      SCORE_PLACES,
    );
    if (!coverage.isZero()) {
      commitments.push({
        commitment: commitment.id as CommitmentId,
        objective: best.objective,
        coverage,
      });
    }
  }
  const uncovered = [...objectives, ...commitments].reduce(
    (product, { coverage }) => product.times(ONE.minus(coverage)),
    ONE,
  );
  return { coverage: quantize(ONE.minus(uncovered), SCORE_PLACES), objectives, commitments };
}

/**
 * The coverage of every motive of the profile, heaviest first (ties in profile order:
 * `Array.prototype.sort` is stable).
 */
export function motiveFits(input: CoverageInput, profile: MotiveProfile): ReadonlyArray<MotiveFit> {
  const fits = Object.entries(profile.weights).map(([key, weight]): MotiveFit => {
    const motive = key as MotiveId;
    const { coverage, objectives, commitments } = coverageOf(input, motive);
    return {
      motive,
      label: motiveLabel(motive),
      weight,
      coverage,
      score: quantize(HUNDRED.times(weight).times(coverage), SCORE_PLACES),
      objectives,
      commitments,
    };
  });
  return fits.sort((a, b) => b.weight.comparedTo(a.weight));
}

/** Whether a motive weighs anything in the profile. */
export function weighs(profile: MotiveProfile, motive: MotiveId): boolean {
  return profile.weights[motive]?.gt(ZERO) === true;
}

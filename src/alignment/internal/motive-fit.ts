import type { ObjectiveId } from '../../model/ids.js';
import type { MotiveId } from '../../model/motive.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { ContributionStrength } from '../alignment-settings.js';
import { motiveLabel } from '../motive-catalog.js';
import type { CommitmentService, ObjectiveService } from '../score-alignment.js';
import { HUNDRED, ONE, quantize, ZERO } from './decimal.js';
import type { MotiveProfile, Partnership, StrategicObjective } from './partnership.js';
import type { ResolvedSettings } from './resolve-settings.js';

/** A motive of the profile with its coverage and what covers it. */
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

/** The motives an objective serves and how strongly: declared contributions win per motive. */
export function servedMotives(
  objective: StrategicObjective,
  settings: ResolvedSettings,
): ReadonlyMap<MotiveId, { strength: ContributionStrength; origin: 'declared' | 'derived' }> {
  const served = new Map<
    MotiveId,
    { strength: ContributionStrength; origin: 'declared' | 'derived' }
  >();
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

/** The coverage of every motive of the profile, heaviest first (ties in profile order). */
export function motiveFit(
  partnership: Partnership,
  profile: MotiveProfile,
  settings: ResolvedSettings,
): ReadonlyArray<MotiveFit> {
  const byObjective = new Map(
    partnership.charter.objectives.map((objective) => [
      objective.id,
      servedMotives(objective, settings),
    ]),
  );
  const fits = Object.entries(profile.weights).map(([key, weight]): MotiveFit => {
    const motive = key as MotiveId;
    const objectives: ObjectiveService[] = [];
    const coverageOf = new Map<ObjectiveId, Decimal>();
    for (const objective of partnership.charter.objectives) {
      const service = byObjective.get(objective.id)?.get(motive);
      if (service === undefined) continue;
      const coverage = settings.strengthCoverage[service.strength];
      coverageOf.set(objective.id, coverage);
      objectives.push({ objective: objective.id, ...service, coverage });
    }
    const commitments: CommitmentService[] = [];
    for (const commitment of partnership.commitments) {
      let best: { objective: ObjectiveId; coverage: Decimal } | undefined;
      for (const objective of commitment.objectives) {
        const coverage = coverageOf.get(objective);
        if (coverage !== undefined && (best === undefined || coverage.gt(best.coverage))) {
          best = { objective, coverage };
        }
      }
      if (best !== undefined) {
        const coverage = quantize(best.coverage.times(settings.commitmentFactor));
        if (!coverage.isZero()) {
          commitments.push({ commitment: commitment.id, objective: best.objective, coverage });
        }
      }
    }
    const uncovered = [...objectives, ...commitments].reduce(
      (product, { coverage }) => product.times(ONE.minus(coverage)),
      ONE,
    );
    const coverage = quantize(ONE.minus(uncovered));
    return {
      motive,
      label: motiveLabel(motive),
      weight,
      coverage,
      score: quantize(HUNDRED.times(weight).times(coverage)),
      objectives,
      commitments,
    };
  });
  return fits
    .map((fit, index) => ({ fit, index }))
    .sort((a, b) => b.fit.weight.comparedTo(a.fit.weight) || a.index - b.index)
    .map(({ fit }) => fit);
}

/** Whether a motive weighs anything in the profile. */
export function weighs(profile: MotiveProfile, motive: MotiveId): boolean {
  return profile.weights[motive]?.gt(ZERO) === true;
}

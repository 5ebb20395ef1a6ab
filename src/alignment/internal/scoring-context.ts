import type { IsoDate } from '../../calendar/iso-date.js';
import type { ObjectiveId } from '../../model/ids.js';
import type { MotiveId } from '../../model/motive.js';
import type { MotiveProfile } from '../../model/motive-profile.js';
import type { Partnership } from '../../model/partnership.js';
import { HUNDRED, ONE, quantize, sumDecimals } from '../../money/decimal-arithmetic.js';
import type { Decimal } from '../../money/to-decimal.js';
import type { AlignmentFinding } from '../alignment-finding.js';
import type { AlignmentComponentId } from '../alignment-settings.js';
import type { ReviewSchedule } from '../review-schedule.js';
import type { CheckedEconomics } from './check-economics.js';
import {
  type CoverageInput,
  type MotiveFit,
  motiveFits,
  objectiveFactors,
  SCORE_PLACES,
  type Service,
  servedMotives,
} from './motive-coverage.js';
import { profileOf } from './profile-of.js';
import type { ResolvedSettings } from './resolve-settings.js';
import { scheduleOf } from './schedule-of.js';

/** Everything a component reads, computed once per score. */
export interface ScoringContext extends CoverageInput {
  readonly asOf: IsoDate;
  readonly profile: MotiveProfile;
  readonly fits: ReadonlyArray<MotiveFit>;
  readonly schedule: ReviewSchedule;
  readonly economics: CheckedEconomics | undefined;
}

/** The margin gate a component may set: the ratio, the share of the gate that applies, the cap. */
export interface GateResult {
  readonly ratio?: Decimal;
  readonly relevance?: Decimal;
  readonly cap?: Decimal;
}

/** A component's score from 0 to 100 (12 places), why, what it found, and a gate if it sets one. */
export interface ComponentResult {
  readonly score: Decimal;
  readonly reasons: ReadonlyArray<string>;
  readonly findings: ReadonlyArray<AlignmentFinding>;
  readonly gate?: GateResult;
}

/** One component of the score: a small module in the registry (see `components/registry.ts`). */
export interface ScoreComponent {
  readonly id: AlignmentComponentId;
  readonly score: (context: ScoringContext) => ComponentResult;
}

/** The context of one score. */
export function scoringContext(
  partnership: Partnership,
  asOf: IsoDate,
  settings: ResolvedSettings,
  economics: CheckedEconomics | undefined,
): ScoringContext {
  const served = new Map<ObjectiveId, ReadonlyMap<MotiveId, Service>>(
    partnership.charter.objectives.map((objective) => [
      objective.id,
      servedMotives(objective, settings),
    ]),
  );
  const input: CoverageInput = {
    partnership,
    settings,
    served,
    factors: objectiveFactors(partnership, settings),
  };
  const profile = profileOf(partnership.partner, settings);
  return {
    ...input,
    asOf,
    profile,
    fits: motiveFits(input, profile),
    schedule: scheduleOf(partnership, asOf),
    economics,
  };
}

/** Weighted parts → a 0–100 score, kept to 12 places. */
export function weighted(parts: ReadonlyArray<readonly [Decimal, Decimal]>): Decimal {
  return quantize(
    HUNDRED.times(sumDecimals(parts.map(([weight, value]) => weight.times(value)))),
    SCORE_PLACES,
  );
}

/** The weight an objective counts with in shares (1 without a weight, or when weights are ignored). */
export function objectiveWeight(context: CoverageInput, objective: ObjectiveId): Decimal {
  return context.factors.get(objective) ?? ONE;
}

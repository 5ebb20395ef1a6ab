import type { Commitment } from '../commitment.js';
import type { StrategicObjective } from '../objective.js';
import type { MarketOpportunity } from '../opportunity.js';
import type { ReviewCadence } from '../review.js';
import type { Stakeholder } from '../stakeholder.js';
import { type CheckContext, itemsAt } from './check-context.js';
import { type IdIndex, indexIds, resolve } from './check-ids.js';

/** The ids of a document's lists, to resolve its references against. */
export interface DocumentIds {
  readonly opportunities: IdIndex<MarketOpportunity>;
  readonly objectives: IdIndex<StrategicObjective>;
  readonly stakeholders: IdIndex<Stakeholder>;
  readonly cadences: IdIndex<ReviewCadence>;
  readonly commitments: IdIndex<Commitment>;
}

/** Indexes every list with ids, reporting ids used twice. */
export function indexDocument(check: CheckContext): DocumentIds {
  const { charter, commitments } = check.document;
  const ofCharter = check.intact(['charter']) ? charter : undefined;
  return {
    opportunities: indexIds(
      check,
      ['charter', 'opportunities'],
      ofCharter?.opportunities,
      'opportunity',
    ),
    objectives: indexIds(check, ['charter', 'objectives'], ofCharter?.objectives, 'objective'),
    stakeholders: indexIds(
      check,
      ['charter', 'stakeholders'],
      ofCharter?.stakeholders,
      'stakeholder',
    ),
    cadences: indexIds(
      check,
      ['charter', 'reviewCadences'],
      ofCharter?.reviewCadences,
      'review cadence',
    ),
    commitments: indexIds(check, ['commitments'], commitments, 'commitment'),
  };
}

/**
 * The references between the parts of a document that are not tied to a period: the opportunity
 * of an objective, the cadence and attendees of a review, the stakeholders who agreed a goal and
 * the objectives of a commitment. (Goals and actuals name their objective: see the step checks.)
 */
export function checkReferences(check: CheckContext, ids: DocumentIds): void {
  const { charter, goals, commitments } = check.document;
  if (check.intact(['charter'])) {
    for (const [i, objective] of itemsAt(check, ['charter', 'objectives'], charter.objectives)) {
      if (objective.opportunity !== undefined) {
        const path = ['charter', 'objectives', i, 'opportunity'];
        resolve(check, ids.opportunities, path, objective.opportunity);
      }
    }
    for (const [i, review] of itemsAt(check, ['charter', 'reviewsHeld'], charter.reviewsHeld)) {
      const path = ['charter', 'reviewsHeld', i];
      resolve(check, ids.cadences, [...path, 'cadence'], review.cadence);
      for (const [j, attendee] of itemsAt(check, [...path, 'attendees'], review.attendees)) {
        resolve(check, ids.stakeholders, [...path, 'attendees', j], attendee);
      }
    }
  }
  for (const [i, goal] of itemsAt(check, ['goals'], goals)) {
    const path = ['goals', i, 'provenance'];
    if (!check.intact(path) || goal.provenance.status !== 'agreed') continue;
    for (const [j, id] of itemsAt(check, [...path, 'agreedBy'], goal.provenance.agreedBy)) {
      resolve(check, ids.stakeholders, [...path, 'agreedBy', j], id);
    }
  }
  for (const [i, commitment] of itemsAt(check, ['commitments'], commitments)) {
    const path = ['commitments', i, 'objectives'];
    for (const [j, id] of itemsAt(check, path, commitment.objectives)) {
      resolve(check, ids.objectives, [...path, j], id);
    }
  }
}

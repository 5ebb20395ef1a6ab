import type { ImprovementKind } from '../../improvement.js';
import { addCommitment } from './add-commitment.js';
import { addStrategicReview } from './add-strategic-review.js';
import { agreeAssignedGoals, agreeProposedGoals } from './agree-goals.js';
import type { CandidateBuilder } from './candidate.js';
import { holdOverdueReviews } from './hold-overdue-reviews.js';
import { nameSponsor } from './name-sponsor.js';
import { raiseMargin } from './raise-margin.js';
import { serveMotive } from './serve-motive.js';

/**
 * The builder of each improvement kind, in the order candidates are tried (which breaks ties in
 * the ranking). Adding a kind is adding its module, its name to `ImprovementKind`, the finding
 * codes it answers in `alignmentRemedies`, and a line here.
 */
export const builders: Readonly<Record<ImprovementKind, CandidateBuilder>> = {
  'serve-motive': serveMotive,
  'agree-assigned-goals': agreeAssignedGoals,
  'agree-proposed-goals': agreeProposedGoals,
  'hold-overdue-reviews': holdOverdueReviews,
  'add-strategic-review': addStrategicReview,
  'raise-margin': raiseMargin,
  'name-sponsor': nameSponsor,
  'add-commitment': addCommitment,
};

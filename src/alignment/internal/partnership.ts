// The model's types the alignment engine reads, in one place.
export type { Commitment } from '../../model/commitment.js';
export type { MotiveProfile } from '../../model/motive-profile.js';
export type { StrategicObjective } from '../../model/objective.js';
export type { Archetype, Partner } from '../../model/partner.js';
export type { Partnership } from '../../model/partnership.js';
export type { ReviewCadence, ReviewHeld } from '../../model/review.js';
export type { Side } from '../../model/side.js';

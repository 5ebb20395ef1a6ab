/**
 * The sections of the one-page review, in the order the page shows them. The diagnosis of the
 * analysis layer (the ranked causes of a shortfall) goes after the objectives: its section is
 * added here when the analysis lands, and `PartnershipReview` gains its content then.
 *
 * @module
 */
import { alignmentSection, findingsSection } from './alignment.js';
import { charterSection } from './charter.js';
import { economicsSection } from './economics.js';
import { improvementsSection } from './improvements.js';
import { objectivesSection } from './objectives.js';
import type { ReviewSection } from './section.js';

export const reviewSections: ReadonlyArray<ReviewSection> = [
  charterSection,
  objectivesSection,
  // The diagnosis section goes here (issue 15's analysis: causes, evidence, remedies).
  alignmentSection,
  findingsSection,
  improvementsSection,
  economicsSection,
];

/**
 * The sections of the one-page review, in the order the page shows them: the diagnosis of the
 * analysis layer (the ranked causes of a shortfall) right after the objectives it explains, beside
 * the best improvements (what to change), then the alignment score that the improvements raise,
 * its findings (in Markdown; the one-page HTML has no room left for them) and the economics.
 *
 * @module
 */
import { alignmentSection, findingsSection } from './alignment.js';
import { charterSection } from './charter.js';
import { diagnosisSection } from './diagnosis.js';
import { economicsSection } from './economics.js';
import { improvementsSection } from './improvements.js';
import { objectivesSection } from './objectives.js';
import type { ReviewSection } from './section.js';

export const reviewSections: ReadonlyArray<ReviewSection> = [
  charterSection,
  objectivesSection,
  diagnosisSection,
  improvementsSection,
  alignmentSection,
  findingsSection,
  economicsSection,
];

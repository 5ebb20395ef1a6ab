/**
 * A section of the one-page review: the charts it draws, and its text in Markdown and in HTML.
 * The sections are listed in order in `registry.ts`; a new section is a new module there.
 *
 * @module
 */
import type { ChartSpec } from '../../../chart-spec.js';
import type { ReviewContext } from '../context.js';

/** One section of the review. */
export interface ReviewSection {
  /** The section's id, also its HTML class. */
  readonly id: string;
  /** The charts the section shows (drawn as SVG before the HTML is written). */
  readonly charts: (context: ReviewContext) => ReadonlyArray<ChartSpec>;
  /** The section's Markdown lines; none when it has nothing to show. */
  readonly markdown: (context: ReviewContext) => ReadonlyArray<string>;
  /** The section's HTML, with each chart's SVG; empty when it has nothing to show. */
  readonly html: (context: ReviewContext, svg: (chart: ChartSpec) => string) => string;
}

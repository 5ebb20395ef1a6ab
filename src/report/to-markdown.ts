import { checkOptions } from '../argument-checks.js';
import { readLocale } from './internal/locale.js';
import { reviewContext } from './internal/review/context.js';
import { readReview } from './internal/review/read-review.js';
import { reviewSections } from './internal/review/sections/registry.js';
import type { PartnershipReview } from './partnership-review.js';
import type { ReportLocale } from './report-locale.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @example
 * ```ts
 * import type { ToMarkdownOptions } from 'partner-alignment/report';
 * import { de } from 'date-fns/locale/de';
 * const options: ToMarkdownOptions = { locale: de };
 * options.locale?.code //=> 'de'
 * ```
 * @category Report
 */
export interface ToMarkdownOptions {
  /** A date-fns v4 locale for dates and numbers. Default: `enGB` (English). */
  readonly locale?: ReportLocale;
}

const SUMMARY = 'Cannot write the review as Markdown';

/**
 * Writes the one-page review as Markdown (CommonMark and GitHub's): the charter, the objectives
 * with their status and figures, the alignment score with its components and findings, the best
 * improvements and the partner's economics, with dates and numbers in the locale. Every text from
 * the document is escaped, so a name with `*`, `|`, `[x](…)` or `<img>` shows as written. The
 * charts are in the HTML ({@link toHtml}); here their figures are in tables.
 *
 * @param review - the review (as `partnershipReview` returns it, or its JSON)
 * @param options - `locale` (default English, `enGB`)
 * @returns the Markdown text
 * @throws {@link index!ValidationError} for a review that is not one, or an invalid option
 * @example
 * ```ts
 * import { samples } from 'partner-alignment';
 * import { partnershipReview, toMarkdown } from 'partner-alignment/report';
 * const markdown = toMarkdown(partnershipReview(samples.northwindAdvisory, { asOf: '2026-11-27' }));
 * markdown.split('\n')[0] //=> '# Stratus Cloud × Northwind Advisory'
 * ```
 * @category Report
 */
export function toMarkdown(review: PartnershipReview, options?: ToMarkdownOptions): string {
  const given = checkOptions(options, ['locale'], SUMMARY);
  const locale = readLocale(given['locale'], SUMMARY, ['options', 'locale']);
  const context = reviewContext(readReview(review, SUMMARY), locale, 'markdown');
  const { partnership, asOf, alignment } = context.review;
  return [
    `# ${context.text(partnership.name)}`,
    '',
    `Partnership review as of ${context.date(asOf)}: ${context.text(partnership.vendor)} and ${context.text(partnership.partner)}.`,
    '',
    ...reviewSections.flatMap((section) => section.markdown(context)),
    `*Made with partner-alignment; alignment scoring rules version ${context.text(alignment.scoringVersion)}.*`,
    '',
  ].join('\n');
}

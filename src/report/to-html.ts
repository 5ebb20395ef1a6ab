import { checkOptions } from '../argument-checks.js';
import type { ChartSpec } from './chart-spec.js';
import { withLocale } from './internal/chart-base.js';
import { readLocale } from './internal/locale.js';
import { reviewContext } from './internal/review/context.js';
import { page } from './internal/review/page.js';
import { readReview } from './internal/review/read-review.js';
import { nextReview } from './internal/review/sections/charter.js';
import { reviewSections } from './internal/review/sections/registry.js';
import type { PartnershipReview } from './partnership-review.js';
import type { ReportLocale } from './report-locale.js';
import { toSvg } from './to-svg.js';

/**
 * Options of {@link toHtml}.
 *
 * @example
 * ```ts
 * import type { ToHtmlOptions } from 'partner-alignment/report';
 * import { enUS } from 'date-fns/locale/en-US';
 * const options: ToHtmlOptions = { locale: enUS };
 * options.locale?.code //=> 'en-US'
 * ```
 * @category Report
 */
export interface ToHtmlOptions {
  /** A date-fns v4 locale for dates and numbers, the charts' axes included. Default: `enGB`. */
  readonly locale?: ReportLocale;
}

const SUMMARY = 'Cannot write the review as HTML';

/**
 * Writes the one-page review as one self-contained HTML file that prints on one A4 page: the
 * charter, each objective with its status and chart, the alignment score with its charts and
 * findings, the best improvements and the partner's economics with their charts. Styles and
 * charts (SVG) are inline; the page loads nothing, runs no script, and its Content-Security-Policy
 * forbids both. Every text from the document is escaped.
 *
 * @param review - the review (as `partnershipReview` returns it, or its JSON)
 * @param options - `locale` (default English, `enGB`)
 * @returns the HTML document
 * @throws {@link MissingDependencyError} (the promise rejects) when `vega` or `vega-lite` is not installed
 * @throws {@link index!ValidationError} (the promise rejects) for a review that is not one, or an invalid option
 * @example
 * ```ts
 * import { samples } from 'partner-alignment';
 * import { partnershipReview, toHtml } from 'partner-alignment/report';
 * const html = await toHtml(partnershipReview(samples.lumenField, { asOf: '2026-11-27' }));
 * [html.startsWith('<!doctype html>'), html.includes('<script')] //=> [true, false]
 * ```
 * @category Report
 */
export async function toHtml(review: PartnershipReview, options?: ToHtmlOptions): Promise<string> {
  const given = checkOptions(options, ['locale'], SUMMARY);
  const locale = readLocale(given['locale'], SUMMARY, ['options', 'locale']);
  const context = reviewContext(readReview(review, SUMMARY), locale, 'html');
  const charts = reviewSections.flatMap((section) => section.charts(context));
  const drawn = new Map<ChartSpec, string>();
  for (const chart of charts) drawn.set(chart, await toSvg(withLocale(chart, locale)));
  const svg = (chart: ChartSpec) => drawn.get(chart) ?? '';
  const { partnership, asOf, alignment } = context.review;
  return page({
    lang: locale.code ?? 'en',
    title: partnership.name,
    subtitle: `Review as of ${context.date(asOf)} · next: ${nextReview(context)}`,
    body: reviewSections.map((section) => section.html(context, svg)).join('\n'),
    footer: `Made with partner-alignment from the partnership document. Plans: each objective's cascade. Alignment scoring rules version ${context.text(alignment.scoringVersion)}.`,
  });
}

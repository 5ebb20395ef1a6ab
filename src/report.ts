/**
 * partner-alignment/report: results for people. Tidy rows of every engine result (numbers to plot
 * beside exact decimal strings), display helpers for consoles and notebooks, Vega-Lite charts and
 * their SVG, and the one-page partnership review in Markdown and self-contained HTML, localized.
 *
 * For analysts in notebooks, the people at a business review, and tools that render reports. The
 * charts' SVG needs the optional dependencies `vega` and `vega-lite`, loaded only when used.
 *
 * @module
 */

// Charts
export { type AlignmentChartOptions, alignmentChart } from './report/alignment-chart.js';
// Rows
export {
  type AlignmentComponentRow,
  alignmentComponentRows,
} from './report/alignment-component-rows.js';
export { type CascadeRow, cascadeRows } from './report/cascade-rows.js';
export type { ChartSpec } from './report/chart-spec.js';
export { type DiagnosisCauseRow, diagnosisCauseRows } from './report/diagnosis-cause-rows.js';
export { type EconomicsChartOptions, economicsChart } from './report/economics-chart.js';
export {
  type EconomicsSourceRow,
  type EconomicsSourceRowsOptions,
  economicsSourceRows,
} from './report/economics-source-rows.js';
// Errors
export { isMissingDependencyError, MissingDependencyError } from './report/errors.js';
export { type FindingRow, findingRows } from './report/finding-rows.js';
export { type FormatDateOptions, formatDate } from './report/format-date.js';
export { type FormatPeriodOptions, formatPeriod } from './report/format-period.js';
export {
  type FormatRelativeDateOptions,
  formatRelativeDate,
} from './report/format-relative-date.js';
export { type ImprovementRow, improvementRows } from './report/improvement-rows.js';
export { type LeverRow, leverRows } from './report/lever-rows.js';
export { leversChart } from './report/levers-chart.js';
export { motiveCoverageChart } from './report/motive-coverage-chart.js';
export { type MotiveRow, motiveRows } from './report/motive-rows.js';
export { type ObjectivePlanRow, objectivePlanRows } from './report/objective-plan-rows.js';
// Review
export {
  type PartnershipReview,
  type PartnershipReviewOptions,
  partnershipReview,
} from './report/partnership-review.js';
export { type PortfolioChartOptions, portfolioChart } from './report/portfolio-chart.js';
export { type PortfolioTableRow, portfolioRows } from './report/portfolio-rows.js';
export { type ProgressChartOptions, progressChart } from './report/progress-chart.js';
export { type ProgressRow, progressRows } from './report/progress-rows.js';
export { type ProgressStatusRow, progressStatusRows } from './report/progress-status-rows.js';
export type { ReportLocale } from './report/report-locale.js';
export { type RoundForDisplayOptions, roundForDisplay } from './report/round-for-display.js';
export { svgLimits } from './report/svg-limits.js';
export { type ToCsvOptions, toCsv } from './report/to-csv.js';
// Display
export { type DisplayValue, type ToDisplayOptions, toDisplay } from './report/to-display.js';
export { type ToHtmlOptions, toHtml } from './report/to-html.js';
export { type ToHtmlTableOptions, toHtmlTable } from './report/to-html-table.js';
export { type ToMarkdownOptions, toMarkdown } from './report/to-markdown.js';
export { type ToMarkdownTableOptions, toMarkdownTable } from './report/to-markdown-table.js';
export { type ToSvgOptions, toSvg } from './report/to-svg.js';

/**
 * What every section of the review needs to write its text: the review, the locale's formats
 * (dates, spans, numbers, percentages, amounts, days from the review's date), and escaping for the
 * output being written.
 *
 * @module
 */
import type { Locale } from 'date-fns';
import { daysBetween } from '../../../calendar/day-arithmetic.js';
import type { MetricUnit } from '../../../model/metric.js';
import { toDecimal } from '../../../money/to-decimal.js';
import { formatPeriod } from '../../format-period.js';
import type { PartnershipReview } from '../../partnership-review.js';
import { escapeHtml, escapeMarkdown } from '../escape.js';
import {
  formatAmountIn,
  formatDateIn,
  formatDaysIn,
  formatNumberIn,
  formatPercentIn,
  formatRangeIn,
} from '../locale.js';

/** The formats of one rendering, and the escaping of its output. */
export interface ReviewContext {
  readonly review: PartnershipReview;
  readonly locale: Locale;
  /** Escapes a text for the output (HTML or Markdown). */
  readonly text: (value: string) => string;
  readonly date: (iso: string) => string;
  readonly range: (start: string, end: string) => string;
  /** Days from the review's date to a date: "in 12 days". */
  readonly fromNow: (iso: string) => string;
  readonly number: (exact: string, places?: number) => string;
  readonly percent: (exact: string, places?: number) => string;
  readonly amount: (exact: string, currency: string) => string;
  /** A value of an objective, in its unit. */
  readonly value: (exact: string, unit: MetricUnit) => string;
  /** A fiscal period with its days. */
  readonly period: (key: string) => string;
}

/** The context of rendering a review in a locale, for HTML or Markdown. */
export function reviewContext(
  review: PartnershipReview,
  locale: Locale,
  output: 'html' | 'markdown',
): ReviewContext {
  const number = (exact: string, places = 2) => formatNumberIn(locale, exact, places);
  const amount = (exact: string, currency: string) => formatAmountIn(locale, exact, currency);
  return {
    review,
    locale,
    text: output === 'html' ? escapeHtml : escapeMarkdown,
    date: (iso) => formatDateIn(locale, iso),
    range: (start, end) => formatRangeIn(locale, start, end),
    fromNow: (iso) => formatDaysIn(locale, daysBetween(review.asOf, iso)),
    number,
    percent: (exact, places = 1) => formatPercentIn(locale, exact, places),
    amount,
    value: (exact, unit) =>
      unit.kind === 'money'
        ? amount(exact, unit.currency)
        : unit.kind === 'percent'
          ? formatPercentIn(locale, toDecimal(exact).dividedBy(100).toFixed(), 1)
          : unit.kind === 'hours'
            ? `${number(exact, 1)} h`
            : number(exact, Math.abs(Number(exact)) >= 100 ? 0 : 1),
    period: (key) => formatPeriod(review.partnership.calendar, key, { locale }),
  };
}

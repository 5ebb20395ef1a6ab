/**
 * The partner's economics: its revenue and gross profit from the partnership by source, what
 * share of its business that is, the hires the plan needs, and the levers that pay it most.
 *
 * @module
 */
import { motiveLabel } from '../../../../alignment/motive-catalog.js';
import type { MotiveId } from '../../../../model/motive.js';
import { sourceLabels } from '../../labels.js';
import type { ReviewContext } from '../context.js';
import type { ReviewSection } from './section.js';

type Economics = NonNullable<ReviewContext['review']['economics']>;

/** What the vendor revenue behind the figures is, by the economics' source. */
const basis: Readonly<Record<Economics['source'], string>> = {
  plan: 'over the plan (its goals where set, its strategic path elsewhere)',
  goals: 'over the period goals',
  actuals: 'from the actuals so far',
};

function summary(c: ReviewContext, e: Economics): string {
  const parts = [
    `Revenue ${c.amount(e.revenue, e.currency)}, gross profit ${c.amount(e.grossProfit, e.currency)} ${basis[e.source]}`,
  ];
  if (e.marginShare !== null) parts.push(`resale margin is ${c.percent(e.marginShare)} of it`);
  if (e.partnerShare !== null)
    parts.push(`${c.percent(e.partnerShare)} of the partner's gross profit`);
  if (e.hires !== null) {
    parts.push(
      `the plan needs ${c.number(e.hires.count, 0)} more consultants from ${c.text(c.period(e.hires.period))}`,
    );
  }
  return `${parts.join('; ')}.`;
}

function levers(c: ReviewContext, e: Economics): string[] {
  return e.levers
    .filter((l) => l.rank !== null && l.deltaExact !== null)
    .slice(0, 3)
    .map(
      (l) =>
        `${c.text(l.description)}: +${c.amount(l.deltaExact ?? '0', e.currency)} (${c.text(motiveLabel(l.motive as MotiveId))})`,
    );
}

export const economicsSection: ReviewSection = {
  id: 'economics',
  charts: (c) => {
    const e = c.review.economics;
    return e === null ? [] : [e.charts.sources, e.charts.levers];
  },
  markdown: (c) => {
    const e = c.review.economics;
    if (e === null) return [];
    return [
      "## The partner's economics",
      '',
      summary(c, e),
      '',
      '| Source | Revenue | Gross profit |',
      '| --- | ---: | ---: |',
      ...e.sources.map(
        (row) =>
          `| ${sourceLabels[row.source]} | ${c.amount(row.revenueExact, e.currency)} | ${c.amount(row.grossProfitExact, e.currency)} |`,
      ),
      '',
      ...levers(c, e).map((line, i) => `${i + 1}. ${line}`),
      ...(e.findings.length === 0
        ? []
        : ['', ...e.findings.map((f) => `- **${f.severity}:** ${c.text(f.message)}`)]),
      '',
    ];
  },
  html: (c, svg) => {
    const e = c.review.economics;
    if (e === null) return '';
    const findings = e.findings
      .map(
        (f) =>
          `<li><span class="severity severity-${f.severity}">${f.severity}</span> ${c.text(f.message)}</li>`,
      )
      .join('');
    return `<section class="economics"><h2>The partner's economics</h2>
<p>${summary(c, e)}</p>
<div class="row">
<figure class="chart"><figcaption>By source</figcaption>${svg(e.charts.sources)}</figure>
<figure class="chart"><figcaption>What one step of each lever adds</figcaption>${svg(e.charts.levers)}</figure>
${findings === '' ? '' : `<div class="findings"><ul>${findings}</ul></div>`}
</div></section>`;
  },
};

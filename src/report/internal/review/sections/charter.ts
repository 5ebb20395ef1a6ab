/**
 * The charter: why (the purpose and horizon), what (the opportunities), how (the people on both
 * sides, the review cadences and the review due next).
 *
 * @module
 */
import type { ReviewContext } from '../context.js';
import type { ReviewSection } from './section.js';

const roleLabels: Readonly<Record<string, string>> = {
  'executive-sponsor': 'executive sponsor',
  'partner-manager': 'partner manager',
  'practice-lead': 'practice lead',
  'product-lead': 'product lead',
  'sales-lead': 'sales lead',
  'technical-lead': 'technical lead',
  'marketing-lead': 'marketing lead',
  'alliance-manager': 'alliance manager',
  other: 'stakeholder',
};

function what(c: ReviewContext): string[] {
  return c.review.charter.opportunities.map((o) => {
    const share =
      o.currentShare === null
        ? `capture ${c.percent(o.targetShare)}`
        : `share ${c.percent(o.currentShare)} → ${c.percent(o.targetShare)}`;
    return `${c.text(o.name)}: ${c.amount(o.yearlySize.amount, o.yearlySize.currency)} a year, growing ${c.percent(o.growthRate)}; ${share}`;
  });
}

function people(c: ReviewContext, side: 'vendor' | 'partner'): string {
  const list = c.review.charter.stakeholders.filter((s) => s.side === side);
  if (list.length === 0) return 'nobody named';
  return list
    .map((s) => `${c.text(s.name)} (${c.text(s.title ?? roleLabels[s.role] ?? s.role)})`)
    .join(', ');
}

function cadences(c: ReviewContext): string {
  const list = c.review.charter.cadences;
  return list.length === 0 ? 'no review cadence' : list.map((r) => c.text(r.name)).join(', ');
}

/** The review due next and the overdue ones: "Quarterly business review of Q3 FY2027 (…), due …". */
export function nextReview(c: ReviewContext): string {
  const { nextReview: next, overdueReviews } = c.review.charter;
  const due =
    next === null
      ? 'no review open or upcoming'
      : `${c.text(next.cadence)} of ${c.text(c.period(next.period))}, due ${c.date(next.due)} (${c.fromNow(next.due)})`;
  return overdueReviews === 0 ? due : `${due}; ${overdueReviews} overdue`;
}

export const charterSection: ReviewSection = {
  id: 'charter',
  charts: () => [],
  markdown: (c) => {
    const { charter, partnership } = c.review;
    return [
      '## Charter',
      '',
      `- **Why:** ${c.text(charter.purpose)}`,
      `- **Horizon:** ${c.range(charter.horizon.start, charter.horizon.end)}`,
      ...what(c).map((line) => `- **What:** ${line}`),
      `- **How:** ${c.text(partnership.vendor)}: ${people(c, 'vendor')}. ${c.text(partnership.partner)}: ${people(c, 'partner')}.`,
      `- **Reviews:** ${cadences(c)}; next: ${nextReview(c)}`,
      '',
    ];
  },
  html: (c) => {
    const { charter, partnership } = c.review;
    const opportunities = what(c)
      .map((line) => `<li>${line}</li>`)
      .join('');
    return `<section class="charter">
<div class="why"><h2>Why</h2><p>${c.text(charter.purpose)}</p><p class="muted">${c.range(charter.horizon.start, charter.horizon.end)}</p></div>
<div class="what"><h2>What</h2><ul>${opportunities || '<li>No market opportunity named</li>'}</ul></div>
<div class="how"><h2>How</h2><p><b>${c.text(partnership.vendor)}</b>: ${people(c, 'vendor')}</p><p><b>${c.text(partnership.partner)}</b>: ${people(c, 'partner')}</p></div>
</section>`;
  },
};

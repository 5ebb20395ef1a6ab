/**
 * The diagnosis: the analysis's verdict in one paragraph, then the largest risks with the change
 * that answers each (and the alignment points it gains). The one-page HTML shows the paragraph only
 * when there is no cause to list: it names the objectives behind, which the cards above show, and
 * then the first cause, which the list shows.
 *
 * @module
 */
import type { ReviewContext } from '../context.js';
import type { ReviewSection } from './section.js';

const statusLabels = {
  behind: 'Behind',
  unknown: 'Unknown',
  'on-plan': 'On plan',
  'not-started': 'Not started',
} as const;

type Cause = ReviewContext['review']['diagnosis']['causes'][number];

function remedy(c: ReviewContext, cause: Cause): string {
  if (cause.remedy === null || cause.remedyGainExact === null) return '';
  return ` → ${c.text(cause.remedy)} (+${c.number(cause.remedyGainExact, 1)})`;
}

export const diagnosisSection: ReviewSection = {
  id: 'diagnosis',
  charts: () => [],
  markdown: (c) => {
    const { status, summary, causes } = c.review.diagnosis;
    return [
      `## Diagnosis: ${statusLabels[status]}`,
      '',
      c.text(summary),
      '',
      ...causes.map(
        (cause) =>
          `${cause.rank}. **${cause.severity}:** ${c.text(cause.message)}${remedy(c, cause)}`,
      ),
      ...(causes.length === 0 ? [] : ['']),
    ];
  },
  html: (c) => {
    const { status, summary, causes } = c.review.diagnosis;
    const items = causes
      .map(
        (cause) =>
          `<li><span class="severity severity-${cause.severity}">${cause.severity}</span> ${c.text(cause.message)}<span class="remedy">${remedy(c, cause)}</span></li>`,
      )
      .join('');
    return `<section class="diagnosis half"><h2>Diagnosis <span class="verdict verdict-${status}">${statusLabels[status]}</span></h2>${items === '' ? `<p class="summary">${c.text(summary)}</p>` : `<ol>${items}</ol>`}</section>`;
  },
};

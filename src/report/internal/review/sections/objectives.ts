/**
 * The objectives: each one's status with the rule behind it, the figures to date and the forecast
 * against its target, and its chart of plan, actuals and forecast.
 *
 * @module
 */
import { statusLabels } from '../../labels.js';
import type { ReviewContext } from '../context.js';
import type { ReviewSection } from './section.js';

type Objective = ReviewContext['review']['objectives'][number];

function figures(c: ReviewContext, o: Objective): string {
  const s = o.status;
  const toDate =
    s.actualToDateExact === null
      ? `No actual yet, ${c.value(s.expectedToDateExact, o.unit)} planned`
      : `${c.value(s.actualToDateExact, o.unit)} of ${c.value(s.expectedToDateExact, o.unit)} planned`;
  const pace = s.paceExact === null ? '' : ` · pace ${c.number(s.paceExact, 2)}`;
  const forecast =
    s.forecastExact === null ? '' : ` · forecast ${c.value(s.forecastExact, o.unit)}`;
  return `${toDate}${pace}${forecast} (target ${c.value(o.target, o.unit)})`;
}

export const objectivesSection: ReviewSection = {
  id: 'objectives',
  charts: (c) => c.review.objectives.map((o) => o.chart),
  markdown: (c) => {
    const objectives = c.review.objectives;
    if (objectives.length === 0) return [];
    return [
      '## Objectives',
      '',
      ...objectives.flatMap((o) => [
        `- **${c.text(o.name)}: ${statusLabels[o.status.status]}.** ${figures(c, o)}. ${c.text(o.status.rule)}`,
      ]),
      '',
    ];
  },
  html: (c, svg) => {
    const objectives = c.review.objectives;
    if (objectives.length === 0) return '';
    const cards = objectives
      .map(
        (o) => `<article class="objective">
<h3><span class="status status-${o.status.status}">${statusLabels[o.status.status]}</span> ${c.text(o.name)}</h3>
<p class="figures">${figures(c, o)}</p>
<figure class="chart">${svg(o.chart)}</figure>
</article>`,
      )
      .join('\n');
    const legend =
      '<span class="legend"><i class="plan"></i>plan <i class="actual"></i>actual <i class="forecast"></i>forecast</span>';
    return `<section class="objectives"><h2>Objectives ${legend}</h2><div class="cards">${cards}</div></section>`;
  },
};

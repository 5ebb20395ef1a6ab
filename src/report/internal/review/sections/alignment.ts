/**
 * The alignment score: the score and grade, the components and how each motive is served (two
 * charts), and the most severe findings.
 *
 * @module
 */

import { componentLabels } from '../../labels.js';
import type { ReviewContext } from '../context.js';
import type { ReviewSection } from './section.js';

function findings(c: ReviewContext): ReadonlyArray<{ severity: string; message: string }> {
  return c.review.alignment.findings.map((f) => ({
    severity: f.severity,
    message: c.text(f.message),
  }));
}

export const alignmentSection: ReviewSection = {
  id: 'alignment',
  charts: (c) => [c.review.alignment.charts.components, c.review.alignment.charts.motives],
  markdown: (c) => {
    const a = c.review.alignment;
    return [
      `## Alignment: ${c.number(a.score, 1)} of 100, grade ${a.grade}`,
      '',
      '| Component | Score | Weight | Points |',
      '| --- | ---: | ---: | ---: |',
      ...a.components.map(
        (row) =>
          `| ${componentLabels[row.component]} | ${c.number(row.scoreExact, 1)} | ${c.percent(row.weightExact, 0)} | ${c.number(row.pointsExact, 1)} |`,
      ),
      '',
      `Motives served: ${a.motives.map((m) => `${c.text(m.label)} ${c.percent(m.coverageExact, 0)} (weight ${c.percent(m.weightExact, 0)})`).join(', ')}.`,
      '',
    ];
  },
  html: (c, svg) => {
    const a = c.review.alignment;
    return `<section class="alignment"><h2>Alignment <span class="score">${c.number(a.score, 1)}</span> <span class="muted">of 100, grade ${a.grade}</span></h2>
<div class="row">
<figure class="chart"><figcaption>Components</figcaption>${svg(a.charts.components)}</figure>
<figure class="chart"><figcaption>The partner's motives, served by the plan</figcaption>${svg(a.charts.motives)}</figure>
</div></section>`;
  },
};

/** The alignment score's findings, most severe first (beside the improvements on the page). */
export const findingsSection: ReviewSection = {
  id: 'findings',
  charts: () => [],
  markdown: (c) => {
    const list = findings(c);
    if (list.length === 0) return [];
    return ['### Findings', '', ...list.map((f) => `- **${f.severity}:** ${f.message}`), ''];
  },
  html: (c) => {
    const list = findings(c)
      .map(
        (f) =>
          `<li><span class="severity severity-${f.severity}">${f.severity}</span> ${f.message}</li>`,
      )
      .join('');
    return `<section class="findings half"><h2>Findings</h2><ul>${list || '<li>Nothing found</li>'}</ul></section>`;
  },
};

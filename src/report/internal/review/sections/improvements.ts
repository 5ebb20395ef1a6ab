/**
 * The best improvements: each change and the score it reaches, found by re-scoring.
 *
 * @module
 */
import type { ReviewSection } from './section.js';

export const improvementsSection: ReviewSection = {
  id: 'improvements',
  charts: () => [],
  markdown: (c) => {
    const list = c.review.improvements;
    if (list.length === 0) return [];
    return [
      '## Best improvements',
      '',
      ...list.map(
        (i) =>
          `${i.rank}. ${c.text(i.description)} (+${c.number(i.deltaExact, 1)} → ${c.number(i.scoreExact, 1)}, grade ${i.grade})`,
      ),
      '',
    ];
  },
  html: (c) => {
    const list = c.review.improvements;
    if (list.length === 0) return '';
    const items = list
      .map(
        (i) =>
          `<li><span class="gain">+${c.number(i.deltaExact, 1)}</span> ${c.text(i.description)} <span class="muted">→ ${c.number(i.scoreExact, 1)}, grade ${i.grade}</span></li>`,
      )
      .join('');
    return `<section class="improvements half"><h2>Best improvements</h2><ol>${items}</ol></section>`;
  },
};

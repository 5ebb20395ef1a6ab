/**
 * A document full of injection attempts goes through every output of the report; each must show
 * the attempts as text and do nothing: no element, attribute, link, image or heading of the
 * document's making in HTML, SVG or Markdown, no formula in CSV, and no text of the document in a
 * chart's expressions. (The headless Chromium test loads the same review's HTML and checks the DOM.)
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parsePartnership } from '../../src/index.js';
import {
  type ChartSpec,
  findingRows,
  improvementRows,
  partnershipReview,
  toCsv,
  toHtml,
  toHtmlTable,
  toMarkdown,
  toMarkdownTable,
  toSvg,
} from '../../src/report.js';
import { attacks, attackTexts, hostileDocument } from './hostile.js';

const document = hostileDocument();
const review = partnershipReview(document, { asOf: '2026-11-27' });
const charts: ChartSpec[] = [
  ...review.objectives.map((o) => o.chart),
  review.alignment.charts.components,
  review.alignment.charts.motives,
  ...(review.economics === null
    ? []
    : [review.economics.charts.sources, review.economics.charts.levers]),
];

/** The tags of an HTML text (lower case names), as a parser would start elements. */
const tagsOf = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase());
/** Attributes that run script or load something. */
const activeAttribute = /\s(on[a-z]+|href|src|xlink:href|srcset|formaction)\s*=/i;
/** The start tags of an HTML text with an attribute that runs script or loads something. */
const activeTags = (html: string) =>
  [...html.matchAll(/<[a-zA-Z][^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => activeAttribute.test(tag));

describe('a document full of injection attempts', () => {
  it('parses, so every output really gets the attempts', () => {
    const parsed = parsePartnership(document);
    expect(parsed.name).toContain(attacks.img);
    expect(review.objectives.map((o) => o.name)).toContain(attacks.img);
  });

  it('is inert in the HTML review: its own elements only, no script, link, image or handler', async () => {
    const html = await toHtml(review);
    const tags = new Set(tagsOf(html));
    for (const tag of [
      'script',
      'img',
      'iframe',
      'object',
      'embed',
      'a',
      'link',
      'base',
      'form',
      'image',
      'foreignobject',
    ]) {
      expect(tags.has(tag), `<${tag}> in the page`).toBe(false);
    }
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(activeTags(html)).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain("default-src 'none'");
  });

  it('is inert in every chart’s SVG, and only data or titles of the specs hold its text', async () => {
    for (const chart of charts) {
      const svg = await toSvg(chart);
      const tags = new Set(tagsOf(svg));
      for (const tag of ['script', 'img', 'foreignobject', 'a', 'image', 'iframe']) {
        expect(tags.has(tag), `<${tag}> in a chart`).toBe(false);
      }
      expect(activeTags(svg)).toEqual([]);
      const holders: string[] = [];
      const walk = (value: unknown, key: string): void => {
        if (typeof value === 'string') {
          if (attackTexts.some((attack) => value.includes(attack))) holders.push(key);
        } else if (Array.isArray(value)) {
          for (const item of value) walk(item, key);
        } else if (typeof value === 'object' && value !== null) {
          for (const [k, v] of Object.entries(value)) walk(v, key === 'values' ? 'values' : k);
        }
      };
      walk(chart, '');
      expect(holders.filter((key) => !['values', 'title', 'description'].includes(key))).toEqual(
        [],
      );
    }
  });

  it('is inert in the Markdown review, rendered with raw HTML and links allowed', () => {
    const markdown = toMarkdown(review);
    const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    const tags = tagsOf(html);
    for (const tag of ['script', 'img', 'a', 'svg', 'style', 'iframe']) {
      expect(tags.includes(tag), `<${tag}> from the Markdown`).toBe(false);
    }
    expect(tags.filter((tag) => tag === 'h1')).toHaveLength(1);
    // The review's own headings and tables only: 5 sections, the findings, 2 tables.
    expect(tags.filter((tag) => tag === 'h2')).toHaveLength(5);
    expect(tags.filter((tag) => tag === 'table')).toHaveLength(2);
    expect(activeTags(html)).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Every line of the Markdown starts with the review's own syntax, never the document's.
    for (const line of markdown.split('\n')) expect(line).not.toMatch(/^(#+ Owned|\| a \| b)/);
  });

  it('is inert in tables for notebooks and documents', () => {
    const rows = [
      ...review.objectives.map((o) => ({ name: o.name, status: o.status.status })),
      ...attackTexts.map((text) => ({ name: text, status: text })),
    ];
    const html = toHtmlTable(rows);
    expect(
      tagsOf(html).filter((tag) => !['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(tag)),
    ).toEqual([]);
    const markdown = new MarkdownIt({ html: true, linkify: true }).render(toMarkdownTable(rows));
    expect(
      tagsOf(markdown).filter(
        (tag) =>
          !['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'em', 's'].includes(tag),
      ),
    ).toEqual([]);
    expect(markdown.match(/<tr>/g)).toHaveLength(rows.length + 1);
  });

  it('never starts a CSV cell with a formula', () => {
    const rows = [
      ...review.objectives.map((o) => ({
        name: o.name,
        status: o.status.status,
        gap: o.status.gapExact,
      })),
      ...findingRows([]),
      ...improvementRows([]),
      { name: attacks.formula, value: -5, note: attacks.minus },
      { name: attacks.plus, value: 3, note: attacks.at },
      { name: `  ${attacks.formula}`, value: 0, note: '\t=1+1' },
    ];
    const csv = toCsv(rows);
    const cells = csv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
      .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    for (const cell of cells) {
      if (/^[-+]?\d+(\.\d+)?$/.test(cell)) continue;
      expect(cell, `a cell starts with a formula: ${cell}`).not.toMatch(/^\s*[=+\-@\t\r]/);
    }
    expect(csv).toContain(`'${attacks.formula.replaceAll('"', '""')}`);
    expect(toCsv(rows, { formulas: 'keep' })).toContain(
      `"${attacks.formula.replaceAll('"', '""')}"`,
    );
  });
});

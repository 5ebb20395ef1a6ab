/**
 * Escaping of every text that comes from a document (names, purposes, descriptions, messages that
 * quote them) before it enters HTML, SVG or Markdown, so that a partner named
 * `<img src=x onerror=alert(1)>` or `[x](javascript:alert(1))` shows as that text and does
 * nothing. The report's own markup is written around escaped text only.
 *
 * @module
 */

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Control characters and line breaks: a document's text stays on one line of output. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
const breaks = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** Text for HTML or SVG content and attribute values (quoted): `&<>"'` as entities. */
export function escapeHtml(text: string): string {
  return text.replace(breaks, ' ').replace(/[&<>"']/g, (c) => htmlEntities[c] as string);
}

/**
 * Text for Markdown (CommonMark and GitHub's), inline: every character that starts emphasis,
 * code, a link, an image, raw HTML, an entity, a table cell or a strikethrough is escaped with a
 * backslash, and so is what would start a block at the start of the text (`-`, `+`, `=`, `1.`),
 * so the text can follow a list marker too. `:` and `@` are escaped as well, which keeps
 * renderers that turn bare URLs and addresses into links (GitHub's, markdown-it's `linkify`) from
 * making a link of a document's text. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(breaks, ' ')
    .replace(/[\\`*_[\]<>#|!~&:@]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

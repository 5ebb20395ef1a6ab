/**
 * The HTML page around the review's sections: one self-contained file (CSS inline, charts as
 * inline SVG, no script, no font, image or style fetched), a Content-Security-Policy that forbids
 * every request and script should anything slip through, and print rules for one A4 page.
 *
 * @module
 */
import { escapeHtml } from '../escape.js';

const css = `
@page { size: A4; margin: 11mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #fff; color: #1d2433; font: 8.2pt/1.32 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { width: 186mm; margin: 0 auto; padding: 6mm 0; display: grid; grid-template-columns: 1fr 1fr; column-gap: 14px; align-items: start; }
main > * { grid-column: 1 / -1; }
main > .half { grid-column: auto; }
@media print { main { width: auto; padding: 0; } }
header { border-bottom: 2px solid #1f4e89; padding-bottom: 3px; margin-bottom: 5px; }
h1 { font-size: 15pt; margin: 0; color: #13243d; }
header p { margin: 1px 0 0; color: #555; }
h2 { font-size: 10pt; margin: 6px 0 3px; color: #1f4e89; }
h3 { font-size: 8.6pt; margin: 0 0 2px; }
p { margin: 0 0 3px; }
ul, ol { margin: 0; padding-left: 14px; }
li { margin-bottom: 2px; }
.muted { color: #666; font-weight: normal; }
section { break-inside: avoid; }
.charter { display: grid; grid-template-columns: 1.2fr 1fr 1.2fr; gap: 10px; }
.charter h2 { margin-top: 0; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px 10px; }
.objective { border: 1px solid #e1e5ec; border-radius: 4px; padding: 5px 6px 2px; break-inside: avoid; }
.objective .figures { color: #444; font-size: 7.2pt; line-height: 1.3; min-height: 2.6em; margin-bottom: 1px; }
.status { display: inline-block; font-size: 7pt; font-weight: 600; border-radius: 8px; padding: 0 6px; margin-right: 3px; color: #fff; background: #7a8496; vertical-align: 1px; }
.status-achieved, .status-ahead, .status-on-track { background: #2e7d4f; }
.status-at-risk { background: #c77c12; }
.status-off-track { background: #b3261e; }
.row { display: flex; gap: 12px; align-items: flex-start; }
.row > * { flex: 1 1 0; min-width: 0; }
figure { margin: 0; }
figcaption { font-weight: 600; font-size: 7.8pt; color: #333; margin-bottom: 2px; }
.chart svg { display: block; max-width: 100%; height: auto; }
.score { font-size: 14pt; color: #13243d; }
.findings ul { list-style: none; padding: 0; }
.findings li, .improvements li { font-size: 7.8pt; }
.severity { display: inline-block; min-width: 44px; font-size: 6.8pt; font-weight: 600; text-transform: uppercase; color: #7a8496; }
.severity-critical { color: #b3261e; }
.severity-warning { color: #c77c12; }
.gain { display: inline-block; min-width: 34px; font-weight: 700; color: #2e7d4f; }
.legend { font-size: 7.4pt; font-weight: normal; color: #555; margin-left: 8px; }
.legend i { display: inline-block; width: 16px; margin: 0 3px 2px 8px; border-top: 2px solid; vertical-align: middle; }
.legend .plan { border-top: 2px dashed #8c96a8; }
.legend .actual { border-color: #1f4e89; }
.legend .forecast { border-top: 2px dotted #d9822b; }
footer { margin-top: 8px; border-top: 1px solid #e1e5ec; padding-top: 3px; color: #777; font-size: 7pt; }
`;

/** The whole page: the head, the header, the sections' HTML and the footer. */
export function page(options: {
  readonly lang: string;
  readonly title: string;
  readonly subtitle: string;
  readonly body: string;
  readonly footer: string;
}): string {
  const title = escapeHtml(options.title);
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${css}</style>
</head>
<body>
<main>
<header><h1>${title}</h1><p>${options.subtitle}</p></header>
${options.body}
<footer>${options.footer}</footer>
</main>
</body>
</html>
`;
}

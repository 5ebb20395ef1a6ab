/**
 * A partnership document whose every free text is an injection attempt: HTML and SVG that would
 * run script, Markdown that would link, embed an image or break the page's structure, and
 * spreadsheet formulas. Every output of the report must show these as text and do nothing.
 */
import { type PartnershipJson, samples } from '../../src/index.js';

export const attacks = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  svg: '"><svg onload=alert(1)>',
  style: '</style><script>alert(2)</script>',
  link: '[click](javascript:alert(1))',
  image: '![x](https://evil.example/x.png)',
  autolink: '<https://evil.example>',
  heading: '# Owned\n\n## Owned again',
  table: '| a | b |\n| --- | --- |',
  emphasis: '**bold** _it_ `code` ~~gone~~',
  entity: '&lt;script&gt;alert(3)&lt;/script&gt;',
  formula: '=HYPERLINK("https://evil.example","x")',
  plus: "+cmd|' /C calc'!A0",
  minus: '-2+3+cmd|x',
  at: '@SUM(1+1)',
} as const;

const list = Object.values(attacks);
const pick = (i: number): string => list[i % list.length] as string;

/** The Northwind sample with every free text replaced by an attack (each a different one). */
export function hostileDocument(): PartnershipJson {
  const doc = JSON.parse(JSON.stringify(samples.northwindAdvisory));
  let i = 0;
  const next = () => pick(i++);
  doc.name = `${attacks.img} ${attacks.formula}`;
  doc.vendor.name = attacks.script;
  doc.partner.name = attacks.svg;
  doc.charter.purpose = [attacks.heading, attacks.link, attacks.image, attacks.style].join(' ');
  for (const opportunity of doc.charter.opportunities) opportunity.name = attacks.table;
  for (const objective of doc.charter.objectives) {
    objective.name = next();
    objective.metric.name = next();
  }
  for (const person of doc.charter.stakeholders) {
    person.name = next();
    person.title = next();
  }
  for (const cadence of doc.charter.reviewCadences) cadence.name = next();
  for (const commitment of doc.commitments) commitment.description = next();
  return doc as PartnershipJson;
}

export const attackTexts: ReadonlyArray<string> = list;

/**
 * The HTML review of each sample, and of a document full of injection attempts, opened in headless
 * Chromium (Debian's `chromium`, driven by playwright-core): the page loads with no request but its
 * own file, no failed request and no console error; its screenshot has the expected size and is not
 * blank; each chart's SVG has its marks; it prints on one A4 page; the attempts stay text.
 *
 * Screenshots go to reports/screenshots/; `UPDATE_SCREENSHOTS=1` also writes those of the samples
 * to docs/images/, which the README shows.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PartnershipJson, samples } from '../../src/index.js';
import { partnershipReview, toHtml } from '../../src/report.js';
import { attacks, hostileDocument } from './hostile.js';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'reports', 'screenshots');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
/** A4 at 96 dots per inch, the page the review is laid out for; drawn at 1.5 times the density. */
const viewport = { width: 794, height: 1123 };
const scale = 1.5;
const asOf = '2026-11-27';

const documents: ReadonlyArray<readonly [string, PartnershipJson]> = [
  ['northwind-advisory', samples.northwindAdvisory],
  ['lumen-field', samples.lumenField],
  ['hostile', hostileDocument()],
];

let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  mkdirSync(out, { recursive: true });
  browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!available && process.env['CI'] === undefined)(
  'the HTML review in headless Chromium',
  () => {
    it('finds Chromium (CI installs it; set CHROMIUM_PATH elsewhere)', () => {
      expect(existsSync(executablePath)).toBe(true);
    });

    for (const [name, partnership] of documents) {
      it(`shows the review of ${name} as it should`, async () => {
        const html = await toHtml(partnershipReview(partnership, { asOf }));
        const file = join(out, `review-${name}.html`);
        writeFileSync(file, html);
        const page = await browser.newPage({ viewport, deviceScaleFactor: scale });
        const requests: string[] = [];
        const failed: string[] = [];
        const problems: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('requestfailed', (request) => failed.push(request.url()));
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning')
            problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('dialog', (dialog) => {
          problems.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
        const response = await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        expect(response?.ok()).toBe(true);
        expect(requests).toEqual([pathToFileURL(file).href]);
        expect(failed).toEqual([]);
        expect(problems).toEqual([]);

        // Every chart is an inline SVG with its marks: paths, lines or text inside Vega's mark groups.
        const charts = await page.$$eval('figure.chart svg', (svgs) =>
          svgs.map((svg) =>
            [...svg.querySelectorAll('g.role-mark')].reduce(
              (count, group) =>
                count + group.querySelectorAll('path[d]:not([d=""]), line, text').length,
              0,
            ),
          ),
        );
        const review = partnershipReview(partnership, { asOf });
        expect(charts).toHaveLength(review.objectives.length + 4);
        expect(charts.every((marks) => marks > 0)).toBe(true);

        // The page's own elements only, and the document's text shown as text.
        const foreign = await page.$$eval(
          'script, img, iframe, object, embed, a, link[rel], image',
          (list) => list.length,
        );
        expect(foreign).toBe(0);
        if (name === 'hostile') {
          const text = (await page.textContent('body')) ?? '';
          expect(text).toContain(attacks.img);
          expect(text).toContain(attacks.script);
        }

        // The screenshot: A4 at 1.5 times the density, and not blank.
        const shot = join(out, `review-${name}.png`);
        await page.screenshot({ path: shot });
        const png = PNG.sync.read(readFileSync(shot));
        expect([png.width, png.height]).toEqual([
          Math.round(viewport.width * scale),
          Math.round(viewport.height * scale),
        ]);
        let ink = 0;
        const colours = new Set<number>();
        for (let i = 0; i < png.data.length; i += 4 * 7) {
          const [r, g, b] = [png.data[i] ?? 255, png.data[i + 1] ?? 255, png.data[i + 2] ?? 255];
          if (r + g + b < 720) ink += 1;
          colours.add((r << 16) | (g << 8) | b);
        }
        expect(ink / (png.data.length / (4 * 7))).toBeGreaterThan(0.04);
        expect(colours.size).toBeGreaterThan(50);

        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
        expect(pages.length).toBeGreaterThan(0);
        // A sample prints on one A4 page (a document of very long names may take more).
        if (name !== 'hostile') expect(pages).toHaveLength(1);
        await page.close();

        if (name !== 'hostile') {
          const committed = join(root, 'docs', 'images', `review-${name}.png`);
          if (process.env['UPDATE_SCREENSHOTS'] === '1') copyFileSync(shot, committed);
          const image = PNG.sync.read(readFileSync(committed));
          expect([image.width, image.height]).toEqual([png.width, png.height]);
        }
      });
    }
  },
);

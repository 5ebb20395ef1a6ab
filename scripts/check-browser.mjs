// PRM front ends run the core in the page. This check bundles the built main entry
// (dist/index.js, what a bundler reaches through the exports map) with esbuild for
// `platform: 'browser'` (a `node:` import anywhere in it fails the bundle), loads the bundle into
// headless Chromium (Debian's `chromium`, driven by playwright-core), analyses both bundled samples
// there and a small portfolio of them, and requires JSON byte-identical to Node's on the same
// build. No page is fetched: the bundle is injected into a blank page, and any request fails it.
//
// Without Chromium (at CHROMIUM_PATH, default /usr/bin/chromium) it is skipped with the reason,
// except in CI (the CI variable set, as `.ci/run` sets it), where it fails: `.ci/run` installs it.
//
//   npm run build && npm run check:browser
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist', 'index.js');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const asOf = '2026-11-27';

if (!existsSync(entry)) {
  console.error('browser check: dist/index.js is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  const reason = `no Chromium at ${executablePath} (install Debian's chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI !== undefined) {
    console.error(`browser check failed: ${reason}; in CI it must run (.ci/run installs it).`);
    process.exit(1);
  }
  console.log(`browser check skipped: ${reason}; CI runs it.`);
  process.exit(0);
}

// The same computation on both sides: each sample analysed (improvements included), and both as
// a portfolio, each result as its JSON text.
const job = `
export async function analyseSamples({ analyzePartnership, analyzePortfolio, samples }, asOf) {
  const out = {};
  for (const [name, document] of Object.entries(samples)) {
    out[name] = JSON.stringify(analyzePartnership(document, { asOf }));
  }
  const source = Object.entries(samples).map(([id, document]) => ({ id, document: JSON.stringify(document) }));
  out.portfolio = JSON.stringify(await analyzePortfolio(source, { asOf, segments: ['tier', 'region'] }));
  return out;
}
`;

const bundled = await build({
  stdin: {
    contents: `import * as core from ${JSON.stringify(entry)};
import { analyseSamples } from './job.js';
globalThis.analyseSamples = (asOf) => analyseSamples(core, asOf);`,
    resolveDir: root,
    sourcefile: 'browser-entry.js',
    loader: 'js',
  },
  plugins: [
    {
      name: 'job',
      setup(context) {
        context.onResolve({ filter: /^\.\/job\.js$/ }, () => ({ path: 'job', namespace: 'job' }));
        context.onLoad({ filter: /.*/, namespace: 'job' }, () => ({ contents: job, loader: 'js' }));
      },
    },
  ],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'error',
});
const bundle = bundled.outputFiles[0].text;

// Node's answer, from the same build.
const scratch = mkdtempSync(join(tmpdir(), 'partner-alignment-browser-'));
let expected;
try {
  writeFileSync(join(scratch, 'job.mjs'), job);
  const { analyseSamples } = await import(pathToFileURL(join(scratch, 'job.mjs')).href);
  expected = await analyseSamples(await import(pathToFileURL(entry).href), asOf);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
});
const problems = [];
let actual;
let version;
try {
  version = browser.version();
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => problems.push(`unexpected request: ${request.url()}`));
  await page.addScriptTag({ content: bundle });
  const runtime = await page.evaluate(() => ({
    node: typeof globalThis.process !== 'undefined',
    window: typeof window !== 'undefined',
  }));
  if (runtime.node || !runtime.window) problems.push('the page is not a plain browser window');
  actual = await page.evaluate((date) => globalThis.analyseSamples(date), asOf);
} finally {
  await browser.close();
}

for (const [name, json] of Object.entries(expected)) {
  if (actual?.[name] !== json) {
    const at = [...json].findIndex((char, i) => actual?.[name]?.[i] !== char);
    problems.push(
      `${name}: the browser's result differs from Node's at character ${at}: …${json.slice(Math.max(0, at - 60), at + 60)}… (Node) against …${String(actual?.[name]).slice(Math.max(0, at - 60), at + 60)}… (browser)`,
    );
  }
}
if (problems.length > 0) {
  console.error(`browser check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const bytes = Object.values(expected).reduce((sum, json) => sum + json.length, 0);
console.log(
  `browser check passed: the core bundled for the browser (${(bundle.length / 1000).toFixed(1)} kB minified, zod and decimal.js included) analysed ${Object.keys(expected).length - 1} samples and their portfolio in Chromium ${version}, byte-identical to Node (${(bytes / 1000).toFixed(1)} kB of JSON).`,
);

// The worker pool loads its thread's module as a built file, so this test builds the Node entry
// and the worker module with esbuild (as bench/run.mjs builds benchmarks) into a scratch folder,
// and compares what they give with the single-thread analysis of the source.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/support/partnerships.js';
import { analyzePortfolio, type PortfolioItem } from '../../src/analysis/analyze-portfolio.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import type { analyzePortfolioInWorkers as InWorkers } from '../../src/node.js';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'partner-alignment-workers-'));
writeFileSync(join(scratch, 'package.json'), '{"type":"module"}');
await build({
  entryPoints: {
    node: join(root, 'src', 'node.ts'),
    'portfolio-worker': join(root, 'src', 'node', 'portfolio-worker.ts'),
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: scratch,
  external: ['piscina'],
  logLevel: 'warning',
  nodePaths: [join(root, 'node_modules')],
});
const { analyzePortfolioInWorkers } = (await import(
  pathToFileURL(join(scratch, 'node.js')).href
)) as {
  analyzePortfolioInWorkers: typeof InWorkers;
};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const asOf = '2027-11-15';
const source: PortfolioItem[] = [
  ...Array.from({ length: 9 }, (_, i) => ({
    id: `p${i}`,
    document: JSON.stringify(generatePartnership(7 + i, { asOf })),
  })),
  { id: 'parsed', document: parsePartnership(generatePartnership(3, { asOf })) },
  { id: 'broken', document: '[' },
];

describe('analyzePortfolioInWorkers', () => {
  it('gives the single-thread result, rows and errors in the order of the source', async () => {
    const options = { asOf, segments: ['region'] } as const;
    const counts: number[] = [];
    const threaded = await analyzePortfolioInWorkers(source, {
      ...options,
      workers: 2,
      batchSize: 2,
      onProgress: ({ analysed, errors }) => counts.push(analysed + errors),
    });
    const single = await analyzePortfolio(source, options);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(single));
    expect(threaded.rows.map((row) => row.id)).toEqual(source.slice(0, 10).map((item) => item.id));
    expect(counts.at(-1)).toBe(11);
  });

  it('refuses options before any thread starts', async () => {
    await expect(analyzePortfolioInWorkers(source, { asOf, workers: 0 })).rejects.toThrow(
      /options\.workers/,
    );
    await expect(analyzePortfolioInWorkers(source, { asOf, batchSize: 1.5 })).rejects.toThrow(
      /options\.batchSize/,
    );
    await expect(analyzePortfolioInWorkers(source, { asOf: 'today' })).rejects.toThrow(
      /Invalid arguments to analyzePortfolioInWorkers[\s\S]*options\.asOf/,
    );
  });
});

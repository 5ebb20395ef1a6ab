// The Node entry, built with its worker module (built-node-entry.ts), against the single-thread
// analysis of the same source.
import { afterAll, describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/support/partnerships.js';
import { analyzePortfolio, type PortfolioItem } from '../../src/analysis/analyze-portfolio.js';
import { parsePartnership } from '../../src/model/parse-partnership.js';
import { builtNodeEntry } from './built-node-entry.js';

const { analyzePortfolioInWorkers, remove } = await builtNodeEntry('workers');
afterAll(remove);

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

// Hostile sources for analyzePortfolioInWorkers (issue 11): whatever a source yields or throws,
// the call gives what analyzePortfolio gives on one thread, or rejects with the source's own
// error, and leaves nothing behind (no unhandled rejection, no running thread).
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePortfolio, type PortfolioItem } from '../../src/analysis/analyze-portfolio.js';
import { samples } from '../../src/index.js';
import { builtNodeEntry } from '../node/built-node-entry.js';

const { analyzePortfolioInWorkers, remove } = await builtNodeEntry('hardening');
afterAll(remove);

const asOf = '2026-11-27';
const options = { asOf, improvements: 'none', workers: 1, batchSize: 1 } as const;
const document = samples.northwindAdvisory;

/** The unhandled rejections while `run` runs and a moment after. */
async function unhandledDuring(run: () => Promise<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  try {
    await run().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}

describe('analyzePortfolioInWorkers', () => {
  it('analyses a document that cannot cross to a thread as one thread does', async () => {
    const source = [
      { id: 'fn', document: { ...document, extra: () => 1 } },
      { id: 'symbol', document: { ...document, extra: Symbol('x') } },
      { id: 'ok', document },
    ] as unknown as PortfolioItem[];
    const { asOf: _a, workers: _w, batchSize: _b, ...rest } = options;
    const one = await analyzePortfolio(source, { asOf, ...rest });
    const many = await analyzePortfolioInWorkers(source, options);
    expect(JSON.stringify(many)).toBe(JSON.stringify(one));
    expect(many.errors.map((error) => error.id)).toEqual(['fn', 'symbol']);
  });

  it('names an item without an id by its place in the source, as one thread does', async () => {
    const source = [
      { id: 'a', document },
      { id: 'b', document },
      null,
      () => 1,
      { document },
    ] as unknown as PortfolioItem[];
    const { asOf: _a, workers: _w, batchSize: _b, ...rest } = options;
    const one = await analyzePortfolio(source, { asOf, ...rest });
    const many = await analyzePortfolioInWorkers(source, { ...options, batchSize: 2 });
    expect(many.errors.map((error) => error.id)).toEqual(['#2', '#3', '#4']);
    expect(JSON.stringify(many)).toBe(JSON.stringify(one));
  });

  it('rejects with the error of a source that throws, and leaves no rejection unhandled', async () => {
    const broken = new Error('the source broke');
    async function* source() {
      for (let i = 0; i < 6; i++) yield { id: `n${i}`, document };
      throw broken;
    }
    let rejected: unknown;
    const unhandled = await unhandledDuring(() =>
      analyzePortfolioInWorkers(source(), options).catch((error: unknown) => {
        rejected = error;
      }),
    );
    expect(rejected).toBe(broken);
    expect(unhandled).toEqual([]);
  });

  it('rejects with the error of a progress callback that throws, and leaves no rejection unhandled', async () => {
    const broken = new Error('the callback broke');
    const source = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, document }));
    let rejected: unknown;
    const unhandled = await unhandledDuring(() =>
      analyzePortfolioInWorkers(source, {
        ...options,
        onProgress: () => {
          throw broken;
        },
      }).catch((error: unknown) => {
        rejected = error;
      }),
    );
    expect(rejected).toBe(broken);
    expect(unhandled).toEqual([]);
  });
});

// The worker pool of partner-alignment/node loads its thread's module as a built file, so tests of
// the Node entry build it and the worker module with esbuild (as bench/run.mjs builds benchmarks)
// into a scratch folder, and import the built entry from there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { analyzePortfolioInWorkers as InWorkers } from '../../src/node.js';

/** The built Node entry's `analyzePortfolioInWorkers`, and a function that removes the build. */
export async function builtNodeEntry(
  name: string,
): Promise<{ analyzePortfolioInWorkers: typeof InWorkers; remove: () => void }> {
  const root = join(import.meta.dirname, '..', '..');
  const scratch = mkdtempSync(join(tmpdir(), `partner-alignment-${name}-`));
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
  const entry = (await import(pathToFileURL(join(scratch, 'node.js')).href)) as {
    analyzePortfolioInWorkers: typeof InWorkers;
  };
  return {
    analyzePortfolioInWorkers: entry.analyzePortfolioInWorkers,
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

// `npm run fuzz`: bundles test/model/fuzz/fuzz-run.ts with esbuild (installed with tsup) and runs
// it in a Node whose heap is capped at 256 MB, so that a parse needing more fails the run. Pass
// FUZZ_RUNS and FUZZ_SEED to change the defaults (200,000 runs, a fixed seed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'partner-alignment-fuzz-'));
let status = 1;
try {
  const outfile = join(out, 'fuzz-run.mjs');
  await build({
    entryPoints: [join(root, 'test/model/fuzz/fuzz-run.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--max-old-space-size=256', outfile], {
    stdio: 'inherit',
    cwd: root,
  });
  status = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(status);

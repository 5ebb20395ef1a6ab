// Runs every benchmark in bench/: bundles each `*.ts` entry with esbuild (installed with tsup)
// into a temporary module and runs it in a fresh Node with --expose-gc. Exits non-zero when a
// benchmark misses its target.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const only = process.argv[2];
const entries = readdirSync(here).filter(
  (name) => name.endsWith('.ts') && (only === undefined || name.startsWith(only)),
);
const out = mkdtempSync(join(tmpdir(), 'partner-alignment-bench-'));
let failed = false;
try {
  for (const entry of entries) {
    const outfile = join(out, entry.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [join(here, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    console.log(`\n# ${entry}`);
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
      stdio: 'inherit',
      cwd: join(here, '..'),
    });
    if (run.status !== 0) failed = true;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

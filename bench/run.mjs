// Runs the benchmarks in bench/: bundles each `*.ts` entry with esbuild (installed with tsup) into
// a temporary module and runs it in a fresh Node with --expose-gc, from the repository's root.
// Exits non-zero when a benchmark misses its target.
//
//   node bench/run.mjs                       every benchmark
//   node bench/run.mjs import                the benchmarks whose file name starts with `import`
//   node bench/run.mjs import --runs=60      ... with parameters, passed on to the benchmark
//
// A benchmark finds its parameters in process.argv and the command that ran it in
// process.env.BENCH_COMMAND (to record beside its results).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const only = args[0]?.startsWith('--') ? undefined : args[0];
const parameters = only === undefined ? args : args.slice(1);
const entries = readdirSync(here).filter(
  (name) => name.endsWith('.ts') && (only === undefined || name.startsWith(only)),
);
if (entries.length === 0) {
  console.error(`no benchmark in bench/ matches "${only}"`);
  process.exit(1);
}
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
    const name = entry.replace(/\.ts$/, '');
    console.log(`\n# ${entry}`);
    const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...parameters], {
      stdio: 'inherit',
      cwd: join(here, '..'),
      env: { ...process.env, BENCH_COMMAND: ['npm run bench --', name, ...parameters].join(' ') },
    });
    if (run.status !== 0) failed = true;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/**
 * Benchmark of issue 13: how long a cold import of the built package takes, against zod's in the
 * same run. Each sample is a fresh Node process that times one `import()` (or `require`) from just
 * before to just after it; the cases run in turn, round after round, so that a busy machine slows
 * them all alike, and the medians are compared. Targets: `import('partner-alignment')` and
 * `require('partner-alignment')` each at most 1.4× `import('zod')`; `partner-alignment/values`
 * loads neither the engines nor zod (reported, see `valuesLoadsZod`); neither import loads a
 * dependency of the command line (`cliDependenciesLoadedByImport`, empty). The runtime
 * dependencies of the library alone (zod and every package of `dependencies` but the CLI's) are
 * measured too, and so is the floor the package cannot go under: only the packages and modules its
 * built files import (`floorRatio`). `zodInstancesAtImport` counts the zod schemas built on import. Also counts the files each case loads (from a module hook, in separate untimed runs).
 * The targets read wall-clock medians; the CPU time of each sample (all threads of the child) is
 * recorded beside them, a steadier view when other work shares the machine.
 *
 * Needs a build (`npm run build`). Parameter: `--runs=N` rounds (default 40).
 * Writes bench/results/import.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { machine } from './support/machine.js';

const runs = Number(
  /^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 40,
);
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports: Record<string, unknown>;
};
if (!existsSync('dist/index.js')) {
  console.error('import benchmark: no build in dist/; run `npm run build` first');
  process.exit(1);
}
const name = manifest.name;
/**
 * The dependencies of the `partner-alignment` command alone: the CLI loads them when it runs, and
 * importing the library must not (checked below, and by test/cli/lazy-loading.test.ts).
 */
const cliDependencies = ['commander', 'yaml', 'csv-parse', 'jsonc-parser'];
const dependencies = [
  ...Object.keys(manifest.peerDependencies ?? {}),
  ...Object.keys(manifest.dependencies ?? {}),
].filter((dependency) => !cliDependencies.includes(dependency));

interface Case {
  readonly label: string;
  readonly format: 'esm' | 'cjs';
  /** The specifiers loaded, in order, in one timed step. */
  readonly specifiers: readonly string[];
}

const cases: Case[] = [
  { label: "import('zod')", format: 'esm', specifiers: ['zod'] },
  { label: "require('zod')", format: 'cjs', specifiers: ['zod'] },
  {
    label: `import() of the dependencies (${dependencies.join(', ')})`,
    format: 'esm',
    specifiers: dependencies,
  },
  { label: `import('${name}')`, format: 'esm', specifiers: [name] },
  { label: `require('${name}')`, format: 'cjs', specifiers: [name] },
  // Measured once the package has the subpath (so the bench also runs on older builds).
  ...('./values' in manifest.exports
    ? [
        {
          label: `import('${name}/values')`,
          format: 'esm' as const,
          specifiers: [`${name}/values`],
        },
      ]
    : []),
];
const hasValues = cases.length > 5;

/**
 * The packages (bare specifiers) that the files of `import(name)` import themselves: zod,
 * decimal.js, `@date-fns/tz` and the few date-fns modules the core uses. Importing only them is
 * the floor under the package's own import, the part of its time the package cannot remove.
 */
function ownImports(loaded: readonly string[]): string[] {
  const specifiers = new Set<string>();
  for (const url of loaded) {
    if (!url.includes('/dist/')) continue;
    const text = readFileSync(new URL(url), 'utf8');
    for (const [, specifier] of text.matchAll(/^import\s[^;]*?from\s*"([^".][^"]*)";?$/gm)) {
      specifiers.add(specifier as string);
    }
  }
  return [...specifiers].sort();
}

/**
 * How many zod schemas (and checks) are built while the package is imported, counted by wrapping
 * `Object.defineProperty`, which zod calls once per instance to attach its internals. Building
 * schemas is the largest part of the import that the package controls (CONTRIBUTING.md, "Cold
 * import"); `scripts/check-package.mjs` holds the count to a budget.
 */
function zodInstancesAtImport(specifier: string): number {
  const code = `await import('zod'); await import('decimal.js'); await import('@date-fns/tz');
let n = 0; const define = Object.defineProperty;
Object.defineProperty = function (o, k, d) { if (k === '_zod') n++; return define.call(this, o, k, d); };
await import(${JSON.stringify(specifier)});
console.log(n);`;
  return Number(run({ label: '', format: 'esm', specifiers: [] }, code));
}

/** The code of one timed child: load the specifiers, print the milliseconds it took. */
function timedCode(c: Case): string {
  const load = c.specifiers
    .map((s) =>
      c.format === 'esm' ? `await import(${JSON.stringify(s)});` : `require(${JSON.stringify(s)});`,
    )
    .join(' ');
  return `const t0 = performance.now(); const c0 = process.cpuUsage(); ${load} const c1 = process.cpuUsage(c0); console.log(performance.now() - t0, (c1.user + c1.system) / 1000);`;
}

function run(c: Case, code: string, extra: readonly string[] = []): string {
  const args =
    c.format === 'esm' ? ['--input-type=module', ...extra, '-e', code] : [...extra, '-e', code];
  return execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
}

// A module hook (ESM) or the require cache (CJS) lists every file a case loads.
const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`;
function countingCode(c: Case): string {
  if (c.format === 'cjs') {
    return `${c.specifiers.map((s) => `require(${JSON.stringify(s)});`).join(' ')} console.log(JSON.stringify(Object.keys(require.cache)));`;
  }
  return `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const files = [];
port1.on('message', (url) => files.push(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });
${c.specifiers.map((s) => `await import(${JSON.stringify(s)});`).join(' ')}
await new Promise((resolve) => setTimeout(resolve, 100));
port1.close();
console.log(JSON.stringify(files.filter((f) => f.startsWith('file:'))));
`;
}

const files = cases.map((c) => JSON.parse(run(c, countingCode(c))) as string[]);
const floorCase: Case = {
  label: `import() of what the package imports (${ownImports(files[3] ?? []).join(', ')})`,
  format: 'esm',
  specifiers: ownImports(files[3] ?? []),
};
cases.push(floorCase);
files.push(JSON.parse(run(floorCase, countingCode(floorCase))) as string[]);
const floorIndex = cases.length - 1;
const samples: number[][] = cases.map(() => []);
const cpuSamples: number[][] = cases.map(() => []);
for (let round = 0; round < runs; round++) {
  // Rotate the order each round so that no case always runs first or last.
  for (let k = 0; k < cases.length; k++) {
    const i = (round + k) % cases.length;
    const c = cases[i] as Case;
    const [wall, cpu] = run(c, timedCode(c)).split(' ').map(Number);
    samples[i]?.push(wall as number);
    cpuSamples[i]?.push(cpu as number);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const medians = samples.map(median);
const cpuMedians = cpuSamples.map(median);
const cpuRatio = (i: number) =>
  Number(((cpuMedians[i] as number) / (cpuMedians[0] as number)).toFixed(3));
const zod = medians[0] as number;
const ratio = (i: number) => Number(((medians[i] as number) / zod).toFixed(3));
const ownFiles = (i: number) => (files[i] ?? []).filter((f) => f.includes('/dist/'));
const loads = (i: number, pkg: string) =>
  (files[i] ?? []).some((f) => f.includes(`/node_modules/${pkg}/`));

const target = 1.4;
const results = {
  benchmark:
    'cold import: a fresh Node process per sample, one import() or require() timed inside it',
  command: process.env['BENCH_COMMAND'] ?? 'npm run bench -- import',
  date: new Date().toISOString(),
  machine: machine(),
  note: 'Cold means a new process (nothing compiled or cached in it); the files are in the OS page cache.',
  runs,
  cases: cases.map((c, i) => ({
    case: c.label,
    medianMs: Number((medians[i] as number).toFixed(2)),
    medianCpuMs: Number((cpuMedians[i] as number).toFixed(2)),
    cpuRatioToImportZod: cpuRatio(i),
    ratioToImportZod: ratio(i),
    filesLoaded: (files[i] ?? []).length,
    packageFilesLoaded: ownFiles(i).map((f) => f.slice(f.indexOf('/dist/') + 1)),
  })),
  ratioTarget: target,
  floorRatio: ratio(floorIndex),
  zodInstancesAtImport: zodInstancesAtImport(name),
  cliDependencies,
  cliDependenciesLoadedByImport: cliDependencies.filter((pkg) => loads(3, pkg) || loads(4, pkg)),
  esmRatio: ratio(3),
  cjsRatio: ratio(4),
  cjsRatioToRequireZod: Number(((medians[4] as number) / (medians[1] as number)).toFixed(3)),
  ...(hasValues
    ? {
        valuesRatio: ratio(5),
        valuesLoadsZod: loads(5, 'zod'),
        valuesLoadsEngines: ownFiles(5).some((f) => f.endsWith('/dist/index.js')),
      }
    : {}),
  passed:
    ratio(3) <= target &&
    ratio(4) <= target &&
    !cliDependencies.some((pkg) => loads(3, pkg) || loads(4, pkg)) &&
    !(hasValues && ownFiles(5).some((f) => f.endsWith('/dist/index.js'))),
};
writeFileSync('bench/results/import.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
if (!results.passed) {
  console.error('import benchmark: a target was missed');
  process.exit(1);
}

// Checks the tarball that `npm pack` would publish: its packed size stays under the budget, and
// every file under dist/ is reachable from package.json (exports, main, types, typesVersions, bin)
// through the imports and re-exports of the files it reaches: nothing ships that no one can load.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Issue 18 aimed at half of the 607 kB the package weighed then, by removing waste: source maps,
 * duplicate declarations, unreachable files. Those are gone. What came since is code (ISO 4217
 * data, input checks, readable issues, the engines' findings), shipped twice (ESM and CommonJS) and
 * unminified so that stack traces read like the source. The budget keeps waste out with room.
 * Issue 15 added the analysis layer (the engines joined, the diagnosis, portfolios), the Node
 * entry with its worker module, and the diagnosis guide: code and docs, about 16 kB packed.
 * The report subpath (issue 17: rows, charts, the review) added 78 kB packed: its code in both
 * formats and its declarations (vega and vega-lite are optional dependencies, not shipped).
 * The browser check, the README examples and the integration guide brought it to 486 kB, of which
 * (gzip -9, measured 2026-11-29) the CommonJS code is 157 kB, the ESM code 152 kB, the declarations
 * 118 kB, the guides and README 40 kB and the JSON Schema 13 kB. Half of 607 kB is within reach
 * only by dropping one copy of the code: CommonJS entries that `require()` the ESM build (Node
 * 20.19+ loads ES modules from `require`) would save about 150 kB but break test runners with
 * their own module loader (Jest), so that is left as a decision to take, not taken here.
 * Issue 16 added the command line (dist/cli.js, one ESM file of its own, with toActuals in the
 * library) and its guide: 486 kB became 524 kB packed.
 * The faster improvements and levers (issue 15), the hardening checks and the report's analysis
 * rows brought it to 545 kB: code again, so 560 kB.
 * The budget of what `toSvg` draws (the chart vocabulary, its parameters and row, mark and text
 * estimates: five modules, in both formats) and the cascade's period outlines and fast rounding
 * brought it to 560.1 kB: code again, so 575 kB.
 */
const packedBudget = 575_000;

const root = join(import.meta.dirname, '..');
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const shipped = new Set(pack.files.map((file) => file.path));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every file path a field of package.json names (strings anywhere inside it). */
const leaves = (value) =>
  typeof value === 'string'
    ? [value]
    : Object.values(value ?? {}).flatMap((inner) =>
        Array.isArray(inner) ? inner.flatMap(leaves) : leaves(inner),
      );
const starts = [
  manifest.main,
  manifest.module,
  manifest.types,
  ...leaves(manifest.exports),
  ...leaves(manifest.bin),
  ...leaves(manifest.typesVersions),
]
  .filter((path) => typeof path === 'string' && path.startsWith('./'))
  .map((path) => normalize(path));

// What a file reaches: its relative imports, re-exports and requires, and the files it loads by
// URL (`new URL('./portfolio-worker.js', import.meta.url)`: a worker thread's module); a declaration
// file's `./x.js` and `./x.cjs` name the declarations `./x.d.ts` and `./x.d.cts`.
const specifiers =
  /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+|new\s+URL\(\s*)["'](\.{1,2}\/[^"']+)["']/g;
const reached = new Set();
const queue = [...starts];
while (queue.length > 0) {
  const file = queue.pop();
  if (reached.has(file) || !shipped.has(file)) continue;
  reached.add(file);
  if (!/\.(c|m)?js$|\.d\.(c|m)?ts$/.test(file)) continue;
  const declaration = /\.d\.(c|m)?ts$/.test(file);
  for (const [, specifier] of readFileSync(join(root, file), 'utf8').matchAll(specifiers)) {
    let target = normalize(join(dirname(file), specifier));
    if (declaration)
      target = target
        .replace(/\.js$/, '.d.ts')
        .replace(/\.cjs$/, '.d.cts')
        .replace(/\.mjs$/, '.d.mts');
    queue.push(target);
  }
}

const problems = [];
const missing = starts.filter((file) => !shipped.has(file));
if (missing.length > 0)
  problems.push(`package.json names files the tarball lacks: ${missing.join(', ')}`);
const unreachable = [...shipped].filter((file) => file.startsWith('dist/') && !reached.has(file));
if (unreachable.length > 0) {
  problems.push(`files in dist/ that nothing reaches from package.json: ${unreachable.join(', ')}`);
}
if (pack.size > packedBudget) {
  problems.push(
    `the tarball packs to ${(pack.size / 1000).toFixed(1)} kB, over its budget of ${packedBudget / 1000} kB`,
  );
}

/**
 * Importing the package builds zod schemas, the largest part of its import time that the package
 * controls (CONTRIBUTING.md, "Cold import"). Issue 13 brought the count from 478 to 261 by building
 * internal schemas on first use; what remains are the exported schemas. The budget stops a new
 * module-level schema, or a module-level read of a schema's `shape`, from undoing that unnoticed.
 */
const zodInstancesBudget = 270;
const zodInstances = Number(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `await import('zod'); await import('decimal.js'); await import('@date-fns/tz');
let n = 0; const define = Object.defineProperty;
Object.defineProperty = function (o, k, d) { if (k === '_zod') n++; return define.call(this, o, k, d); };
await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)});
console.log(n);`,
    ],
    { cwd: root, encoding: 'utf8' },
  ).trim(),
);
if (!(zodInstances <= zodInstancesBudget)) {
  problems.push(
    `importing the package builds ${zodInstances} zod schemas and checks, over the budget of ${zodInstancesBudget}: build new schemas on first use (CONTRIBUTING.md, "Cold import")`,
  );
}
if (problems.length > 0) {
  console.error(`package check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const dist = [...shipped].filter((file) => file.startsWith('dist/')).length;
console.log(
  `package check passed: ${pack.entryCount} files, ${(pack.size / 1000).toFixed(1)} kB packed (budget ${packedBudget / 1000} kB), ${(pack.unpackedSize / 1000).toFixed(1)} kB unpacked; all ${dist} files in dist/ reachable from package.json; ${zodInstances} zod schemas built on import (budget ${zodInstancesBudget}).`,
);

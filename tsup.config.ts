import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { pureAnnotations } from './scripts/pure-annotations.js';

/**
 * The optional dependencies the report draws its charts with: never bundled, and loaded with a real
 * `import()` in both formats (vega cannot be `require`d on Node 20; esbuild keeps the `import()` of
 * an external package in CommonJS output for Node).
 */
const optional = ['vega', 'vega-lite'];

/**
 * The public entries: the package's `exports` map has one subpath per entry (`index` is `.`).
 * CONTRIBUTING.md ("Adding a subpath") lists everything else a new one needs.
 */
const entries = {
  index: 'src/index.ts',
  values: 'src/values.ts',
  report: 'src/report.ts',
  node: 'src/node.ts',
};

/**
 * Modules the package loads by file rather than by import: the worker thread's module of
 * `partner-alignment/node`, found beside the entry (`new URL('./portfolio-worker.js', ...)`). Built
 * as ES modules only, with the chunks they share with the entries; no entry of the package.
 */
const workers = {
  'portfolio-worker': 'src/node/portfolio-worker.ts',
};

/**
 * Modules that import, at run time, a package that does not declare itself free of side effects
 * (decimal.js). A bundler keeps such an import, and the whole package, whenever the file holding it
 * is kept, so each of these modules is built as its own small chunk: an application that uses only
 * calendars drops that chunk, and decimal.js with it.
 */
function isolatedModules(): Record<string, string> {
  const isolated: Record<string, string> = {};
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    // The command line and the Node-only entry are never bundled into an application.
    if (!file.endsWith('.ts') || file.startsWith('cli') || file.startsWith('node')) continue;
    const text = readFileSync(join('src', file), 'utf8');
    for (const [, specifier] of text.matchAll(
      /^import\s+(?!type\b)[^;]*?\sfrom\s+'([^'.][^']*)'/gm,
    )) {
      const name = specifier?.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier?.split('/')[0];
      const manifest = JSON.parse(
        readFileSync(join('node_modules', `${name}`, 'package.json'), 'utf8'),
      );
      if (manifest.sideEffects === undefined || manifest.sideEffects === true) {
        isolated[`isolated/${file.replace(/\.ts$/, '')}`] = join('src', file);
      }
    }
  }
  return isolated;
}

/**
 * Drops the bare `import "./chunk-….js";` lines that esbuild writes into entry files to keep the
 * evaluation order of chunks. Our modules have no effects at load ("sideEffects": false), so the
 * order does not matter, bundlers ignore these lines anyway (with a warning per line and per build),
 * and every chunk that an entry uses is still imported by name where it is used.
 */
function dropBareChunkImports(): void {
  for (const name of Object.keys(entries)) {
    const file = `dist/${name}.js`;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^import "\.\/chunk-[A-Z0-9]+\.js";\n/gm, ''));
  }
}

/**
 * Gives the CommonJS files their real `import()` of the optional dependencies back: tsup builds
 * CommonJS chunks by converting ESM, which turns `import("vega")` into a `require`, and vega cannot
 * be `require`d on Node 20. Fails the build if any `require` of them is left.
 */
function keepOptionalImports(): void {
  for (const file of readdirSync('dist').filter((name) => name.endsWith('.cjs'))) {
    const path = join('dist', file);
    let text = readFileSync(path, 'utf8');
    for (const name of optional) {
      const converted = `Promise.resolve().then(() => _interopRequireWildcard(require("${name}")))`;
      text = text.replaceAll(converted, `import("${name}")`);
      if (text.includes(`require("${name}")`)) {
        throw new Error(
          `${path} still requires ${name}: update keepOptionalImports in tsup.config.ts`,
        );
      }
    }
    writeFileSync(path, text);
  }
}

/** Where TypeScript finds the types of an ESM entry: the one declaration file, written for CJS. */
function writeEsmTypes(): void {
  for (const name of Object.keys(entries)) {
    writeFileSync(`dist/${name}.d.ts`, `export * from './${name}.cjs';\n`);
  }
}

/**
 * The command line uses the library only through its public entries (`src/index.ts`,
 * `src/values.ts`, `src/node.ts`, `src/report.ts`): this keeps those imports pointing at the built entries beside `dist/cli.js`
 * (`./index.js`), so that the CLI shares the package's code instead of bundling a second copy.
 */
const publicEntries: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'public-entries',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+(index|values|node|report)\.js$/ }, (args) => {
      const target = relative(
        join(import.meta.dirname, 'src'),
        join(args.resolveDir, args.path.replace(/\.js$/, '.ts')),
      );
      if (dirname(target) !== '.' || !Object.values(entries).includes(`src/${target}`)) return;
      return { path: `./${target.replace(/\.ts$/, '.js')}`, external: true };
    });
  },
};

export default defineConfig([
  {
    // ESM: one bundled file per entry, with the code that several entries share in chunks (so
    // that `partner-alignment` and `partner-alignment/values` hand out the same functions). Node
    // loads a handful of files instead of one per source module, which made a cold import slow.
    // Bundlers still drop what an application does not use: every top-level value is marked pure
    // (scripts/pure-annotations.ts), and the modules that import decimal.js are chunks of their own.
    entry: { ...entries, ...workers, ...isolatedModules() },
    format: ['esm'],
    splitting: true,
    dts: false,
    sourcemap: false,
    clean: true,
    target: 'node20',
    external: optional,
    esbuildPlugins: [pureAnnotations(join(import.meta.dirname, 'src'))],
    silent: true,
    onSuccess: async () => {
      // The isolated modules are chunks, not entries: their entry stubs are reachable from nowhere.
      rmSync('dist/isolated', { recursive: true, force: true });
      dropBareChunkImports();
      writeEsmTypes();
    },
  },
  {
    // CommonJS: the same entries and shared chunks, and the only full declaration files (.d.cts).
    // The ESM entries' .d.ts re-export them (writeEsmTypes): TypeScript lets ESM import CommonJS
    // types under every resolution mode, so one copy of the declarations serves both formats.
    entry: entries,
    format: ['cjs'],
    splitting: true,
    // `import.meta.url` (the Node entry finds its worker module by it) made to work in CommonJS.
    shims: true,
    dts: { entry: entries },
    sourcemap: false,
    clean: false,
    target: 'node20',
    external: optional,
    silent: true,
    onSuccess: async () => keepOptionalImports(),
  },
  {
    // The command-line entry: Node-only, ESM, with a shebang kept from the source. One file: its
    // own modules are bundled in (those loaded on demand stay lazy inside it); the library entries
    // and the CLI's dependencies (commander, yaml, csv-parse, jsonc-parser) stay imports.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    splitting: false,
    esbuildPlugins: [publicEntries],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    silent: true,
  },
]);

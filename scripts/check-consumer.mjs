// Installs the packed package into a scratch project, as a user would, and uses it there:
// `import` (ESM) and `require` (CJS) of the root and of every subpath, the `bin`, a deep import that
// must be refused, and type-checks a .mts and a .cts consumer (nodenext and node16), a
// bundler-resolution consumer and a node10 consumer (how tslab and old tooling resolve, through
// `typesVersions`). Fails loudly, with the failing step named, if any of them breaks.
//
// Every ```ts and ```js example of the README runs there too, unchanged, against the installed
// package: each as an ES module and as a CommonJS one (esbuild turns its imports into requires),
// each `//=>` result checked as the docs test checks it, and each type-checked (nodenext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync, transformSync } from 'esbuild';

const repo = resolve(import.meta.dirname, '..');
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const zodVersion = JSON.parse(
  readFileSync(join(repo, 'node_modules', 'zod', 'package.json'), 'utf8'),
).version;
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
// Every subpath of the exports map that is code: `.`, `./values`, `./node`, ...
const subpaths = Object.keys(manifest.exports)
  .filter((key) => !key.endsWith('.json'))
  .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
const scratch = mkdtempSync(join(tmpdir(), 'partner-alignment-consumer-'));

function step(name, command, args, options = {}) {
  process.stdout.write(`consumer check: ${name} ... `);
  try {
    const output = execFileSync(command, args, {
      cwd: scratch,
      encoding: 'utf8',
      stdio: 'pipe',
      ...options,
    });
    process.stdout.write('ok\n');
    return output;
  } catch (error) {
    process.stdout.write('FAILED\n');
    console.error(error.stdout ?? '', error.stderr ?? '', error.message);
    process.exit(1);
  }
}

try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], {
    cwd: repo,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  step('install the tarball', 'npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    join(scratch, tarball),
    `zod@${zodVersion}`,
  ]);

  writeFileSync(
    join(scratch, 'esm.mjs'),
    `
import * as library from 'partner-alignment';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('partner-alignment');
const names = Object.keys(library).sort();
if (names.length === 0) throw new Error('the ESM entry exports nothing');
if (JSON.stringify(names) !== JSON.stringify(Object.keys(cjs).sort())) throw new Error('ESM and CJS export different names');
const error = new library.ValidationError('Invalid input', []);
if (!cjs.isValidationError(error)) throw new Error('the CJS guard does not recognise an ESM error');
for (const api of [library, cjs]) {
  const partnership = api.parsePartnership(api.samples.northwindAdvisory);
  const objective = partnership.charter.objectives.find((o) => o.id === 'resale-arr');
  const last = api.cascadeSteps(api.cascade(objective, partnership.calendar)).at(-1);
  if (last.target.toFixed(2) !== '5000000.00') throw new Error(\`cascade ends on \${last.target}, not 5000000.00\`);
  const report = api.scoreAlignment(partnership, { asOf: '2026-11-27' });
  if (!(report.score.gte(0) && report.score.lte(100))) throw new Error('alignment score out of range');
}
const { default: schema } = await import('partner-alignment/schema.json', { with: { type: 'json' } });
if (JSON.stringify(schema) !== JSON.stringify(library.toJSONSchema())) throw new Error('partner-alignment/schema.json differs from toJSONSchema()');
console.log(names.length);
`,
  );
  const count = step('import (ESM)', 'node', ['esm.mjs']).trim();

  // The README's examples, turned into modules by the docs test's own code (so that `//=>` means
  // the same here), with their imports left as written: they resolve to the installed package.
  buildSync({
    entryPoints: [join(repo, 'test', 'docs', 'extract-examples.ts')],
    outfile: join(scratch, 'extract-examples.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  const { examplesInMarkdown, toModule } = await import(
    pathToFileURL(join(scratch, 'extract-examples.mjs')).href
  );
  const readme = examplesInMarkdown('README.md', readFileSync(join(repo, 'README.md'), 'utf8'), {
    javascript: true,
  });
  const examples = readme.map((example, index) => {
    const module = toModule(example.code);
    const base = `readme-${index + 1}`;
    writeFileSync(join(scratch, `${base}.mts`), module);
    for (const [format, extension] of [
      ['esm', 'mjs'],
      ['cjs', 'cjs'],
    ]) {
      const { code } = transformSync(module, { loader: 'ts', format, target: 'node20' });
      writeFileSync(join(scratch, `${base}.${extension}`), code);
    }
    return { name: example.name, base };
  });
  writeFileSync(
    join(scratch, 'readme.mjs'),
    `
import { deepStrictEqual } from 'node:assert';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
// As the docs test compares: as JSON sees it (a Decimal is its string, an absent field absent).
const comparable = (value) => (value === undefined || typeof value === 'bigint' ? value : JSON.parse(JSON.stringify(value)));
function check(actual, expected) {
  deepStrictEqual(comparable(actual), expected);
}
check.throws = (fn, name) => {
  let caught;
  try { fn(); } catch (error) { caught = error; }
  if (!(caught instanceof Error) || caught.name !== name) throw new Error(\`expected the example to throw \${name}, got \${caught}\`);
};
const examples = ${JSON.stringify(examples)};
for (const { name, base } of examples) {
  for (const [format, load] of [['ESM', () => import(\`./\${base}.mjs\`)], ['CJS', async () => require(\`./\${base}.cjs\`)]]) {
    try {
      await (await load()).run(check);
    } catch (error) {
      console.error(\`\${name} (\${format}, \${base}): \${error.stack ?? error}\`);
      process.exit(1);
    }
  }
}
console.log(examples.length);
`,
  );
  if (examples.length === 0) throw new Error('README.md has no ```ts or ```js example to run');
  const readmeCount = step('run every README example (ESM and CJS)', 'node', ['readme.mjs']).trim();
  writeFileSync(
    join(scratch, 'tsconfig.readme.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        lib: ['es2023'],
        types: [],
        skipLibCheck: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
      },
      files: examples.map(({ base }) => `${base}.mts`),
    }),
  );
  step('type-check every README example (nodenext)', 'node', [tsc, '-p', 'tsconfig.readme.json']);

  // Each subpath loads in both formats, and where it exports a name of the root it hands out the
  // root's own function (shared chunks), so that values and errors from one entry are the same as
  // from another. A subpath may add names of its own (`node`'s worker pool, `report`'s rows and charts); `values` adds none.
  writeFileSync(
    join(scratch, 'subpaths.mjs'),
    `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const subpaths = ${JSON.stringify(subpaths)};
const root = { esm: await import(subpaths[0]), cjs: require(subpaths[0]) };
for (const subpath of subpaths.slice(1)) {
  const entry = { esm: await import(subpath), cjs: require(subpath) };
  for (const format of ['esm', 'cjs']) {
    const names = Object.keys(entry[format]);
    if (names.length === 0) throw new Error(\`\${subpath} (\${format}) exports nothing\`);
    const foreign = names.filter(
      (name) => (name in root[format] || subpath.endsWith('/values')) && entry[format][name] !== root[format][name],
    );
    if (foreign.length > 0) throw new Error(\`\${subpath} (\${format}) exports its own \${foreign.join(', ')}\`);
  }
  if (JSON.stringify(Object.keys(entry.esm).sort()) !== JSON.stringify(Object.keys(entry.cjs).sort())) {
    throw new Error(\`\${subpath}: ESM and CJS export different names\`);
  }
}
const values = await import('${manifest.name}/values');
const parts = values.allocate(values.money('100.00', 'EUR'), [1, 1, 1]).map((part) => part.amount.toString());
if (parts.join() !== '33.34,33.33,33.33') throw new Error(\`values: allocate gave \${parts.join()}\`);
console.log(subpaths.length - 1);
`,
  );
  const subpathCount = step('import and require every subpath', 'node', ['subpaths.mjs']).trim();

  // The report subpath in both formats: rows, and SVG through the optional dependencies, which
  // the CommonJS build loads with a real import() (vega cannot be required on Node 20).
  const reportUse = (api, report) => `
const partnership = ${api}.parsePartnership(${api}.samples.northwindAdvisory);
const objective = partnership.charter.objectives.find((o) => o.id === 'resale-arr');
const last = ${report}.cascadeRows(${api}.cascade(objective, partnership.calendar)).at(-1);
if (last.targetExact !== '5000000.00' || last.target !== 5000000) throw new Error('cascadeRows ends on ' + last.targetExact);
const review = ${report}.partnershipReview(partnership, { asOf: '2026-11-27' });
${report}.toHtml(review).then((html) => {
  if (!html.startsWith('<!doctype html>') || (html.match(/<svg/g) ?? []).length !== 9) throw new Error('toHtml drew no charts');
  console.log('ok');
});
`;
  writeFileSync(
    join(scratch, 'report.mjs'),
    `import * as api from '${manifest.name}';\nimport * as report from '${manifest.name}/report';\n${reportUse('api', 'report')}`,
  );
  writeFileSync(
    join(scratch, 'report.cjs'),
    `const api = require('${manifest.name}');\nconst report = require('${manifest.name}/report');\n${reportUse('api', 'report')}`,
  );
  step('use partner-alignment/report and draw its charts (ESM)', 'node', ['report.mjs']);
  step('use partner-alignment/report and draw its charts (CJS)', 'node', ['report.cjs']);

  writeFileSync(
    join(scratch, 'cjs.cjs'),
    `
const library = require('partner-alignment');
if (typeof library.formatIssuePath !== 'function') throw new Error('the CJS entry lacks formatIssuePath');
if (library.formatIssuePath(['a', 0]) !== 'a[0]') throw new Error('formatIssuePath misbehaves under CJS');
let refused = false;
try { require('partner-alignment/dist/index.cjs'); } catch (error) { refused = error.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED'; }
if (!refused) throw new Error('a deep import into dist/ was not refused by the exports map');
if (require('partner-alignment/schema.json').$id !== 'urn:partner-alignment:partnership:1') throw new Error('require() does not load partner-alignment/schema.json');
`,
  );
  step('require (CJS) and refuse deep imports', 'node', ['cjs.cjs']);

  const version = step('run the bin', 'npx', [
    '--no-install',
    'partner-alignment',
    '--version',
  ]).trim();
  const expected = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
  if (version !== expected) throw new Error(`the bin printed ${version}, expected ${expected}`);

  const usage = `
const issue: ValidationIssue = { code: 'required', path: ['a', 0], label: 'A › Item 1', message: 'm', received: 'r', expected: 'e', params: {} };
const rendered: string = formatIssuePath(issue.path);
// @ts-expect-error a number is not a path
formatIssuePath(42);
export { rendered };
`;
  writeFileSync(
    join(scratch, 'consumer.mts'),
    `import { formatIssuePath, type ValidationIssue } from 'partner-alignment';\n${usage}`,
  );
  writeFileSync(
    join(scratch, 'consumer.cts'),
    `import library = require('partner-alignment');\nconst { formatIssuePath } = library;\ntype ValidationIssue = library.ValidationIssue;\n${usage}`,
  );
  const strict = {
    strict: true,
    noEmit: true,
    target: 'es2022',
    skipLibCheck: false,
    exactOptionalPropertyTypes: true,
    types: [],
  };
  writeFileSync(
    join(scratch, 'tsconfig.nodenext.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext' },
      files: ['consumer.mts', 'consumer.cts'],
    }),
  );
  step('type-check .mts and .cts (nodenext)', 'node', [tsc, '-p', 'tsconfig.nodenext.json']);

  // The subpath's types, in every resolution mode a consumer may use.
  const valuesUsage = `
const total: Money = money('100.00', 'EUR');
const period: Period = periodOf(calendarYear, '2027-02-14', 'quarter');
// @ts-expect-error a number is not Money
const wrong: Money = 42;
export { total, period, wrong };
`;
  const valuesNames = 'calendarYear, type Money, money, type Period, periodOf';
  const reportUsage = `
const rows: ReadonlyArray<CascadeRow> = [];
const csv: string = toCsv(rows);
// @ts-expect-error rows are objects, not a string
toCsv('rows');
export { csv };
`;
  const reportNames = 'type CascadeRow, toCsv';
  writeFileSync(
    join(scratch, 'values.mts'),
    `import { ${valuesNames} } from '${manifest.name}/values';\n${valuesUsage}`,
  );
  writeFileSync(
    join(scratch, 'values.cts'),
    `import values = require('${manifest.name}/values');\nconst { calendarYear, money, periodOf } = values;\ntype Money = values.Money;\ntype Period = values.Period;\n${valuesUsage}`,
  );
  writeFileSync(
    join(scratch, 'report-types.mts'),
    `import { ${reportNames} } from '${manifest.name}/report';\n${reportUsage}`,
  );
  writeFileSync(
    join(scratch, 'report-types.cts'),
    `import report = require('${manifest.name}/report');\nconst { toCsv } = report;\ntype CascadeRow = report.CascadeRow;\n${reportUsage}`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.node16.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' },
      files: [
        'consumer.mts',
        'consumer.cts',
        'values.mts',
        'values.cts',
        'report-types.mts',
        'report-types.cts',
      ],
    }),
  );
  step('type-check .mts and .cts with every subpath (node16)', 'node', [
    tsc,
    '-p',
    'tsconfig.node16.json',
  ]);
  writeFileSync(
    join(scratch, 'values-node10.ts'),
    `import { ${valuesNames} } from '${manifest.name}/values';\n${valuesUsage}`,
  );
  writeFileSync(
    join(scratch, 'report-node10.ts'),
    `import { ${reportNames} } from '${manifest.name}/report';\n${reportUsage}`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.node10.json'),
    JSON.stringify({
      // zod's own declarations need esModuleInterop and skipLibCheck under node10.
      compilerOptions: {
        ...strict,
        skipLibCheck: true,
        esModuleInterop: true,
        module: 'commonjs',
        moduleResolution: 'node10',
      },
      files: ['values-node10.ts', 'report-node10.ts'],
    }),
  );
  step('type-check a subpath under node10 resolution (typesVersions)', 'node', [
    tsc,
    '-p',
    'tsconfig.node10.json',
  ]);

  writeFileSync(
    join(scratch, 'bundler.ts'),
    `import { formatIssuePath, type ValidationIssue } from 'partner-alignment';\n${usage}`,
  );
  writeFileSync(
    join(scratch, 'values-bundler.ts'),
    `import { ${valuesNames} } from '${manifest.name}/values';\n${valuesUsage}`,
  );
  writeFileSync(
    join(scratch, 'report-bundler.ts'),
    `import { ${reportNames} } from '${manifest.name}/report';\n${reportUsage}`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' },
      files: ['bundler.ts', 'values-bundler.ts', 'report-bundler.ts'],
    }),
  );
  step('type-check a bundler-resolution consumer', 'node', [tsc, '-p', 'tsconfig.bundler.json']);

  console.log(
    `consumer check passed: ${count} exports, identical under ESM and CJS; ${readmeCount} README examples run under ESM and CJS and type-checked; ${subpathCount} subpath(s) loading in both formats and typed under node10, node16, nodenext and bundler resolution.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

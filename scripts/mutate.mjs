// `npm run mutate`: mutation testing with Stryker, module by module, resumable.
//
//   npm run mutate                          every module, in order
//   npm run mutate -- money calendar        these modules (src/money/** against test/money/**)
//   npm run mutate -- money/allocate        one file of a module (src/money/allocate.ts)
//   npm run mutate -- money --force         test every mutant again instead of reusing results
//   npm run mutate -- --concurrency=2       two test runners (default 1: the machine is shared)
//   npm run mutate -- --summary             only rewrite the summaries from the state files
//
// Each module keeps Stryker's incremental state in quality/mutation/state/<module>.json (committed).
// A module runs in batches of a few files, and the state is saved after each batch, so a run that
// stops (Ctrl-C, end of a session) loses one batch at most; the next run skips the batches whose
// files and tests did not change, and Stryker reuses every result whose code and covering tests
// did not change. After each batch, quality/mutation/<module>.json (figures, files, survivors) and
// quality/mutation/summary.md are rewritten. The process runs at the lowest priority (nice 19).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, setPriority } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'quality', 'mutation');
const stateDir = join(out, 'state');
const modules = ['money', 'calendar', 'cascade', 'progress', 'alignment', 'economics'];
/** Files that decide how the tests run: a change in one of them makes every batch run again. */
const setupFiles = [
  'stryker.config.mjs',
  'vitest.config.ts',
  'vitest.mutation.config.ts',
  'test/mutation-setup.ts',
  'test/property-runs.ts',
];
/** Lines of code (not comments) a batch holds at most, unless one file alone is longer. */
const batchLines = 250;

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const targets = args.filter((a) => !a.startsWith('--'));

const rel = (path) => relative(root, path).replaceAll('\\', '/');
const read = (path) => readFileSync(join(root, path), 'utf8');
const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function filesUnder(folder, pattern) {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true })
    .map((name) => `${folder}/${String(name).replaceAll('\\', '/')}`)
    .filter((path) => pattern.test(path))
    .sort();
}

/** The fingerprint of everything a module's tests read besides src/: its test folder and the setup. */
function testsFingerprint(module) {
  const files = [...filesUnder(`test/${module}`, /\.ts$/), ...setupFiles];
  return sha(files.map((file) => `${file}\n${read(file)}`).join('\n'));
}

/** Lines that hold code, not comments or blank lines (a rough measure of a file's mutants). */
function codeLines(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('//')).length;
}

/** Consecutive files grouped into batches of at most `batchLines` lines of code. */
function batchesOf(files) {
  const batches = [];
  let current = [];
  let lines = 0;
  for (const file of files) {
    const size = codeLines(read(file));
    if (current.length > 0 && lines + size > batchLines) {
      batches.push(current);
      current = [];
      lines = 0;
    }
    current.push(file);
    lines += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

/**
 * Stryker's report, written back one mutant and one test a line, files and keys in a stable
 * order: a third of the size of Stryker's own indentation, and diffs that show what changed.
 */
function compact(report) {
  const sortKeys = (object) =>
    Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const lines = [];
  const entries = (object, write) => {
    const names = Object.keys(object).sort();
    names.forEach((name, i) => {
      write(name, object[name], i === names.length - 1 ? '' : ',');
    });
  };
  lines.push('{');
  // Stryker reads only `files` and `testFiles` back; `config` holds the last batch's options and
  // `projectRoot` an absolute path, neither of which belongs in a committed file.
  for (const [key, value] of Object.entries(sortKeys(report))) {
    if (['files', 'testFiles', 'config', 'projectRoot'].includes(key)) continue;
    const kept = key === 'framework' ? { name: value.name, version: value.version } : value;
    lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(kept)},`);
  }
  lines.push('  "files": {');
  entries(report.files, (name, file, comma) => {
    const { mutants, ...rest } = file;
    lines.push(`    ${JSON.stringify(name)}: {`);
    for (const [key, value] of Object.entries(sortKeys(rest))) {
      lines.push(`      ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
    }
    lines.push('      "mutants": [');
    const sorted = [...mutants].sort(
      (a, b) =>
        a.location.start.line - b.location.start.line ||
        a.location.start.column - b.location.start.column ||
        (a.id < b.id ? -1 : 1),
    );
    sorted.forEach((mutant, i) => {
      // A killed mutant's reason is the failing test's whole message; its first line is enough.
      const reason = mutant.statusReason?.split('\n')[0]?.slice(0, 200);
      const kept = reason === undefined ? mutant : { ...mutant, statusReason: reason };
      lines.push(`        ${JSON.stringify(kept)}${i === sorted.length - 1 ? '' : ','}`);
    });
    lines.push('      ]');
    lines.push(`    }${comma}`);
  });
  lines.push('  },');
  lines.push('  "testFiles": {');
  entries(report.testFiles ?? {}, (name, file, comma) => {
    const { tests, ...rest } = file;
    lines.push(`    ${JSON.stringify(name)}: {`);
    for (const [key, value] of Object.entries(sortKeys(rest))) {
      lines.push(`      ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
    }
    lines.push('      "tests": [');
    tests.forEach((test, i) => {
      lines.push(`        ${JSON.stringify(test)}${i === tests.length - 1 ? '' : ','}`);
    });
    lines.push('      ]');
    lines.push(`    }${comma}`);
  });
  lines.push('  }');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const statuses = [
  'Killed',
  'Timeout',
  'Survived',
  'NoCoverage',
  'RuntimeError',
  'CompileError',
  'Ignored',
];

function count(mutants) {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0]));
  for (const mutant of mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  // Stryker's mutation score: detected mutants among the valid ones (errors and ignored left out).
  const score = valid === 0 ? null : Math.round((detected / valid) * 10_000) / 100;
  return { score, ...counts, total: mutants.length };
}

/** The source text a mutant replaced. */
function original(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line)
    return lines[start.line - 1]?.slice(start.column - 1, end.column - 1);
  const first = lines[start.line - 1]?.slice(start.column - 1) ?? '';
  return `${first.trim()} …`;
}

/** Inline code as summary.md and README.md write it: no backticks, whitespace collapsed. */
const inline = (text) =>
  String(text ?? '')
    .replaceAll('`', 'ʼ')
    .replace(/\s+/g, ' ');

/**
 * The survivors README.md explains, as `file\noriginal\nreplacement` keys: under a heading
 * `### \`src/...\``, each bullet `- \`original\` → \`replacement\`: why`.
 */
function reviewedSurvivors() {
  const keys = new Set();
  let file;
  for (const line of read('quality/mutation/README.md').split('\n')) {
    const heading = /^#{2,4} `(src\/[^`]+)`/.exec(line);
    if (heading) file = heading[1];
    const bullet = /^- `(.*?)` → `(.*?)`/.exec(line);
    if (bullet && file !== undefined) keys.add(`${file}\n${bullet[1]}\n${bullet[2]}`);
  }
  return keys;
}

/** quality/mutation/<module>.json: the module's figures, its files and its surviving mutants. */
function writeModuleSummary(module, previous, ranFiles) {
  const state = readJson(join(stateDir, `${module}.json`));
  if (state === undefined) return undefined;
  const fingerprint = testsFingerprint(module);
  const files = {};
  const survivors = [];
  const reviewed = reviewedSurvivors();
  const srcFiles = filesUnder(`src/${module}`, /\.ts$/);
  for (const file of srcFiles) {
    const entry = state.files[file];
    const mutants = entry?.mutants ?? [];
    const ran = ranFiles.has(file);
    const before = previous?.files?.[file];
    files[file] = {
      ...count(mutants),
      // What the file and the tests were when it was last mutated (lets a rerun skip its batch).
      sha: ran ? sha(read(file)) : (before?.sha ?? null),
      testsSha: ran ? fingerprint : (before?.testsSha ?? null),
    };
    for (const mutant of mutants) {
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      const text = original(entry.source, mutant.location);
      survivors.push({
        at: `${file}:${mutant.location.start.line}:${mutant.location.start.column}`,
        status: mutant.status,
        mutator: mutant.mutatorName,
        original: text,
        replacement: mutant.replacement,
        // Explained in README.md (equivalent, or not worth a test), or still to review.
        reviewed: reviewed.has(`${file}\n${inline(text)}\n${inline(mutant.replacement)}`),
      });
    }
  }
  const all = srcFiles.flatMap((file) => state.files[file]?.mutants ?? []);
  const summary = {
    module,
    mutated: `src/${module}/**/*.ts`,
    tests: `test/${module}/**/*.test.ts`,
    ...count(all),
    unreviewed: survivors.filter((s) => !s.reviewed).length,
    untestedFiles: srcFiles.filter((f) => files[f].sha === null),
    files,
    survivors,
  };
  writeFileSync(join(out, `${module}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** quality/mutation/summary.md: every module's figures, then its surviving mutants. */
function writeSummaryMarkdown() {
  const rows = [];
  const details = [];
  for (const module of modules) {
    const summary = readJson(join(out, `${module}.json`));
    if (summary === undefined) {
      rows.push(`| ${module} | not run yet | | | | | | | |`);
      continue;
    }
    const pending = summary.untestedFiles.length;
    rows.push(
      `| ${module} | ${summary.score ?? '–'}% | ${summary.Killed} | ${summary.Timeout} | ${summary.Survived} | ${summary.NoCoverage} | ${summary.unreviewed} | ${summary.Ignored} | ${summary.RuntimeError + summary.CompileError} |${pending > 0 ? ` ${pending} file(s) not run yet` : ''}`,
    );
    if (summary.survivors.length === 0) continue;
    const open = summary.survivors.filter((s) => !s.reviewed);
    details.push(
      `\n## ${module}: ${summary.survivors.length} surviving, ${open.length} not reviewed\n`,
    );
    const line = (s) =>
      `- ${s.at} ${s.mutator}${s.status === 'NoCoverage' ? ' (no coverage)' : ''}: \`${inline(s.original)}\` → \`${inline(s.replacement)}\``;
    details.push(...open.map(line));
    const done = summary.survivors.filter((s) => s.reviewed);
    if (done.length > 0) {
      details.push('', `Reviewed (README.md says why each survives): ${done.length}`, '');
      details.push(...done.map(line));
    }
  }
  const text = [
    '# Mutation testing: summary',
    '',
    'Written by `npm run mutate` from the state files in `state/`; do not edit. Score: killed and',
    'timed-out mutants among the valid ones (Stryker’s mutation score). Static mutants are ignored',
    '(`ignoreStatic`). Equivalent mutants, and why, are listed in `README.md`.',
    '',
    '| module | score | killed | timeout | survived | no coverage | not reviewed | ignored | errors | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    ...details,
    '',
  ].join('\n');
  writeFileSync(join(out, 'summary.md'), text);
}

/** Runs Stryker on one batch; true when it finished. */
function runBatch(module, batch, concurrency) {
  const strykerArgs = [
    join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'),
    'run',
    '--mutate',
    batch.join(','),
    '--testFiles',
    `test/${module}/**/*.test.ts`,
    '--incrementalFile',
    rel(join(stateDir, `${module}.json`)),
    '--concurrency',
    String(concurrency),
    ...(flag('force') ? ['--force'] : []),
  ];
  const result = spawnSync(process.execPath, strykerArgs, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function main() {
  mkdirSync(stateDir, { recursive: true });
  if (flag('summary')) {
    for (const module of modules) {
      const statePath = join(stateDir, `${module}.json`);
      const state = readJson(statePath);
      if (state === undefined) continue;
      writeFileSync(statePath, compact(state));
      writeModuleSummary(module, readJson(join(out, `${module}.json`)), new Set());
    }
    writeSummaryMarkdown();
    return 0;
  }
  try {
    setPriority(19);
  } catch {
    // Not allowed here (some containers): run at the current priority.
  }
  const concurrency = Number(option('concurrency', '1'));
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > cpus().length) {
    console.error(`--concurrency must be a whole number from 1 to ${cpus().length}`);
    return 2;
  }
  const wanted = targets.length === 0 ? modules : targets;
  for (const target of wanted) {
    const [module, ...fileParts] = target
      .replace(/^src\//, '')
      .replace(/\.ts$/, '')
      .split('/');
    if (!modules.includes(module)) {
      console.error(`Unknown module ${module}: one of ${modules.join(', ')}`);
      return 2;
    }
    let files = filesUnder(`src/${module}`, /\.ts$/);
    if (fileParts.length > 0) {
      files = files.filter((f) => f === `src/${module}/${fileParts.join('/')}.ts`);
      if (files.length === 0) {
        console.error(`No file src/${module}/${fileParts.join('/')}.ts`);
        return 2;
      }
    }
    const statePath = join(stateDir, `${module}.json`);
    const batches = batchesOf(files);
    for (const [i, batch] of batches.entries()) {
      const previous = readJson(join(out, `${module}.json`));
      const fingerprint = testsFingerprint(module);
      const unchanged = batch.every((file) => {
        const before = previous?.files?.[file];
        return before?.sha === sha(read(file)) && before?.testsSha === fingerprint;
      });
      const label = `${module} batch ${i + 1}/${batches.length} (${batch.map((f) => f.replace(`src/${module}/`, '')).join(', ')})`;
      if (unchanged && !flag('force')) {
        console.log(`${label}: unchanged since its last run, skipped`);
        continue;
      }
      console.log(`${label}: mutating`);
      if (!runBatch(module, batch, concurrency)) {
        console.error(`${label}: Stryker failed; the state keeps every batch before this one.`);
        return 1;
      }
      const state = readJson(statePath);
      writeFileSync(statePath, compact(state));
      const summary = writeModuleSummary(module, previous, new Set(batch));
      writeSummaryMarkdown();
      console.log(
        `${module}: score ${summary.score}% so far (${summary.untestedFiles.length} file(s) not run yet)`,
      );
    }
  }
  return 0;
}

process.exitCode = main();

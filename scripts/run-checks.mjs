// `npm test`: runs every check CI runs, in order, failing fast (the end-to-end checks in Chromium
// and Jupyter skip themselves where those are not installed, except in CI). Each check's own output goes to
// reports/logs/<script>.log; the terminal gets one line per check with what it found (tests passed,
// coverage, sizes, ...). When a check fails, its output (the part that tells what failed) is
// printed last, so the failure is the end of the log.
//
//   npm test                  every check
//   npm test -- --from build  start at a check (by its npm script name), e.g. after fixing it
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const logs = join(root, 'reports', 'logs');
const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const lastLine = (output, pattern) =>
  output
    .split('\n')
    .filter((line) => pattern.test(line))
    .at(-1)
    ?.trim() ?? '';

/** The unit tests' counts and the coverage, from vitest's JSON report and coverage summary. */
function unitSummary() {
  const report = read('reports/vitest.json');
  const total = read('coverage/coverage-summary.json').total;
  const pct = (key) => `${total[key].pct}% ${key}`;
  return [
    `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped in ${report.testResults.length} files`,
    `coverage ${['lines', 'branches', 'functions', 'statements'].map(pct).join(', ')}`,
  ];
}

/** The time-zone runs' counts, one report per zone. */
function zonesSummary() {
  const files = readdirSync(join(root, 'reports')).filter((f) => /^vitest-tz-.*\.json$/.test(f));
  return files.map((file) => {
    const report = read(join('reports', file));
    const zone = file.replace(/^vitest-tz-|\.json$/g, '');
    return `${zone}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`;
  });
}

/** The command-line tests' counts, from their vitest JSON report. */
function cliSummary() {
  const report = read('reports/vitest-cli.json');
  return [
    `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped in ${report.testResults.length} files, on the built bin`,
  ];
}

/** An end-to-end check's counts, from its vitest JSON report (skipped tests say what was missing). */
function e2eSummary(file, what) {
  return () => {
    const report = read(join('reports', file));
    const skipped =
      report.numPendingTests > 0
        ? `, ${report.numPendingTests} skipped (${what} missing; CI installs it)`
        : '';
    const seconds =
      report.testResults.reduce((sum, r) => sum + (r.endTime - r.startTime), 0) / 1000;
    return [
      `${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped} in ${seconds.toFixed(1)} s`,
    ];
  };
}

/** The files of the build and their total size. */
function buildSummary() {
  const files = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) =>
    statSync(join(root, 'dist', f)).isFile(),
  );
  const bytes = files.reduce((sum, f) => sum + statSync(join(root, 'dist', f)).size, 0);
  return [`${files.length} files in dist/, ${(bytes / 1000).toFixed(1)} kB`];
}

/** Each size-limit entry: its name, size and limit. */
function sizeSummary(output) {
  const lines = output.split('\n').map((line) => line.trim());
  const rows = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('Size limit:')) return;
    const size = lines.slice(i + 1).find((l) => l.startsWith('Size:')) ?? '';
    const name = lines.slice(0, i).findLast((l) => l !== '' && !l.startsWith('Package size')) ?? '';
    rows.push(
      `${size.replace(/^Size:\s+/, '').replace(/ with all.*$/, '')} of ${line.replace(/^Size limit:\s+/, '')}: ${name}`,
    );
  });
  return rows;
}

/** attw's verdict and the entry points it resolved. */
function attwSummary(output) {
  const entries = [...output.matchAll(/^"([^"]+)"$/gm)].map((m) => m[1]);
  const verdict = /No problems found/.test(output) ? 'no problems' : lastLine(output, /\S/);
  return [`${verdict} under node10, node16 (CJS and ESM) and bundler for ${entries.join(', ')}`];
}

const steps = [
  { script: 'typecheck', title: 'types', summary: () => ['no type errors'] },
  { script: 'lint', title: 'lint', summary: (out) => [lastLine(out, /^Checked \d+ files/)] },
  { script: 'test:unit', title: 'unit tests', summary: unitSummary },
  { script: 'test:timezones', title: 'time-zone tests', summary: zonesSummary },
  { script: 'build', title: 'build', summary: buildSummary },
  { script: 'test:cli', title: 'command-line tests', summary: cliSummary },
  {
    script: 'test:browser',
    title: 'HTML review in headless Chromium',
    summary: e2eSummary('vitest-browser.json', 'chromium'),
  },
  {
    script: 'test:notebook',
    title: 'example notebook in Jupyter (tslab)',
    summary: e2eSummary('vitest-notebook.json', 'Jupyter'),
  },
  { script: 'publint', title: 'publint', summary: (out) => [lastLine(out, /\S/)] },
  { script: 'attw', title: 'types for consumers (attw)', summary: attwSummary },
  { script: 'size', title: 'bundle sizes (size-limit)', summary: sizeSummary },
  { script: 'check:package', title: 'package', summary: (out) => [lastLine(out, /\S/)] },
  { script: 'docs', title: 'API docs', summary: (out) => [lastLine(out, /check passed/)] },
  { script: 'check:consumer', title: 'consumer', summary: (out) => [lastLine(out, /passed/)] },
  {
    script: 'check:browser',
    title: 'core in headless Chromium',
    summary: (out) => [lastLine(out, /browser check (passed|skipped)/)],
  },
  { script: 'check:changesets', title: 'changesets', summary: (out) => [lastLine(out, /\S/)] },
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the escape that starts a colour.
const ansi = /\x1b\[[0-9;]*m/g;
const { FORCE_COLOR: _forced, ...environment } = process.env;

/** Runs one npm script, its output (stdout and stderr, interleaved) captured. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: root,
      env: { ...environment, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    // Some tools colour their output whatever the environment says: the log keeps plain text.
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(ansi, '') }));
  });
}

/** The part of a failed check's output that tells what failed: its report, or its last lines. */
function failureExcerpt(output) {
  const lines = output.trimEnd().split('\n');
  // vitest puts every failure under a "Failed Tests" (or "Failed Suites", "Errors") banner.
  const banner = lines.findIndex((line) => /⎯{2,}.*(Failed|Errors|Error)/.test(line));
  const start = banner >= 0 ? banner : Math.max(0, lines.length - 120);
  const excerpt = lines.slice(start);
  return excerpt.length > 400 ? ['...', ...excerpt.slice(-400)] : excerpt;
}

const from = process.argv.includes('--from')
  ? process.argv[process.argv.indexOf('--from') + 1]
  : undefined;
const first = from === undefined ? 0 : steps.findIndex((step) => step.script === from);
if (first < 0) {
  console.error(
    `npm test: no check named ${from}; the checks are ${steps.map((s) => s.script).join(', ')}`,
  );
  process.exit(2);
}
mkdirSync(logs, { recursive: true });
const started = Date.now();
for (const step of steps.slice(first)) {
  const began = Date.now();
  const { code, output } = await run(step.script);
  const log = join(logs, `${step.script.replace(/:/g, '-')}.log`);
  writeFileSync(log, output);
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  if (code !== 0) {
    console.log(
      `✗ ${step.title} (npm run ${step.script}, ${seconds} s): failed with exit code ${code}`,
    );
    console.log(
      `\n--- npm run ${step.script}: what failed (whole output in ${log.slice(root.length + 1)}) ---`,
    );
    console.log(failureExcerpt(output).join('\n'));
    console.log(`\n✗ npm test failed at ${step.title} (npm run ${step.script}).`);
    process.exit(1);
  }
  let figures;
  try {
    figures = step.summary(output).filter((line) => line !== '');
  } catch (error) {
    figures = [`passed (no figures: ${error.message})`];
  }
  console.log(`✓ ${step.title} (npm run ${step.script}, ${seconds} s)`);
  for (const line of figures) console.log(`    ${line}`);
}
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(
  `\nAll ${steps.length - first} checks passed in ${minutes} min; logs in reports/logs/.`,
);
